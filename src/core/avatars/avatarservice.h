// Tox avatars on the core thread, over the file-transfer machinery
// (TOX_FILE_KIND_AVATAR transfers, routed here by FileKindRouter).
//
// Sending: my avatar (a PNG of at most 64 KiB) is offered to each friend
// when they come online and to every online friend when it changes; its
// file id is the image's SHA-256. Having no avatar is announced with an
// offer of size 0. Chunks are answered from memory. At most one offer per
// friend is out at a time: a newer picture waits until the friend has
// answered the older offer (or 30 s passed), because toxcore reuses the file
// number of a transfer we cancel at once, and the friend's late cancel of
// the old offer would then kill the new one.
//
// Receiving: an offer of size 0 removes the friend's avatar; one above
// 64 KiB is refused; one whose file id is the hash of the avatar already
// cached is cancelled (nothing is fetched twice); any other is accepted,
// kept in memory and, once complete, stored in the AvatarCache. A newer
// offer from the same friend replaces one still arriving.
#pragma once

#include "core/avatars/avatarcache.h"
#include "core/files/filehub.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>

namespace warren {

class AvatarService : public QObject, public IFileHandler {
    Q_OBJECT
public:
    /// Registers itself with @p hub for avatar files and loads the cache in
    /// @p folder. Call publishAll() once the signals are connected.
    AvatarService(IFileHub& hub, const QString& folder, QObject* parent = nullptr);
    ~AvatarService() override;

    /// Emits selfAvatarChanged() and friendAvatarChanged() for what is cached.
    void publishAll();
    /// Makes @p png my avatar (empty: none) and offers it to online friends.
    void setSelfAvatar(const QByteArray& png);

    // IFileHandler
    void fileOffered(
        const PublicKey& from, uint32_t fileNumber, uint32_t kind, quint64 size, QByteArrayView name) override;
    void fileChunkRequested(const PublicKey& to, uint32_t fileNumber, quint64 position, size_t length) override;
    void fileChunkReceived(const PublicKey& from, uint32_t fileNumber, quint64 position, QByteArrayView data) override;
    void fileControlReceived(const PublicKey& peer, uint32_t fileNumber, FileControl control) override;
    void friendConnectionChanged(const PublicKey& peer, Connection c) override;
    void friendRemoved(const PublicKey& peer) override;
    void fileQueueMayHaveSpace() override;

Q_SIGNALS:
    void selfAvatarChanged(const QByteArray& png);
    /// Empty @p png: the friend has no avatar (any more).
    void friendAvatarChanged(const warren::PublicKey& key, const QByteArray& png);
    /// The friend offered the avatar we already have: nothing was fetched.
    void friendAvatarKept(const warren::PublicKey& key);
    void problem(const QString& message);

private:
    struct Outgoing {
        QByteArray image; ///< what this offer announced (mine may change meanwhile)
        QElapsedTimer age;
        std::deque<std::pair<quint64, size_t>> pending; ///< chunk requests not answered yet
    };
    struct Incoming {
        quint64 size = 0;
        QByteArray data;
    };

    void offerTo(const PublicKey& peer);
    /// An offer to @p peer ended: send the newer one that waited, if any.
    void outgoingEnded(const PublicKey& peer);
    void cancelOutgoing(const PublicKey& peer);
    void cancelIncoming(const PublicKey& peer);
    /// Answers @p o's pending requests until toxcore's queue is full;
    /// false when the transfer is gone.
    bool serve(const PublicKey& peer, uint32_t fileNumber, Outgoing& o);
    void complete(const PublicKey& peer, const Incoming& in);
    void forgetFriendAvatar(const PublicKey& peer);

    IFileHub& m_hub;
    AvatarCache m_cache;
    QSet<PublicKey> m_online;
    QSet<PublicKey> m_reoffer; ///< friends a newer picture waits for
    QHash<PublicKey, QHash<uint32_t, Outgoing>> m_out;
    QHash<PublicKey, QHash<uint32_t, Incoming>> m_in;
};

} // namespace warren
