// The Tox engine proper. Lives on the core thread, created there by
// CoreHost; owns the Tox instance. Everything here is single-threaded:
// other threads reach it only through queued invocations (see Engine).
//
// The loop: tox_iterate runs when the UDP socket becomes readable and when
// the timer set to tox_iteration_interval() fires, so a packet is handled
// within a millisecond while an idle engine sleeps. Commands need no extra
// iteration: toxcore transmits inside the send call itself.
#pragma once

#include "core/coreevents.h"
#include "core/engineconfig.h"
#include "core/files/filehub.h"
#include "core/files/filekindrouter.h"
#include "core/packethandler.h"
#include "core/toxfactory.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <array>

namespace warren {

class SocketWaker;

class ToxWorker : public QObject, public IPacketHub, public IFileHub {
    Q_OBJECT
public:
    explicit ToxWorker(QObject* parent = nullptr);
    ~ToxWorker() override;

    /// Creates Tox and starts the loop; emits started() or failed().
    void start(EngineConfig config);
    bool running() const { return m_tox != nullptr; }
    Tox* tox() const { return m_tox.get(); }

    // Commands (core thread only).
    /// Bootstraps from @p nodes now and keeps them for the retries that
    /// run every 10 s while we are offline.
    void addBootstrapNodes(const QList<BootstrapNode>& nodes);
    void sendFriendRequest(const ToxAddress& to, const QString& message);
    void acceptFriendRequest(const PublicKey& from);
    void removeFriend(const PublicKey& key);
    void sendMessage(const PublicKey& to, const QString& text, bool action, quint64 cookie);
    void setTyping(const PublicKey& to, bool typing);
    void setName(const QString& name);
    void setStatusMessage(const QString& message);
    void setStatus(UserStatus status);
    void setNospam(quint32 nospam);
    /// Writes the save data now (also called on shutdown).
    void saveNow();

    /// Registers @p handler for the lossless (160..191) or lossy (200..254)
    /// packets whose first byte is @p id. The handler must outlive the
    /// worker or unregister.
    void registerPacketHandler(quint8 id, IPacketHandler* handler) override;
    void unregisterPacketHandler(IPacketHandler* handler) override;
    QObject* extensionParent() override { return this; }

    // IPacketSender
    SendResult sendLossless(const PublicKey& friendKey, QByteArrayView packet) override;
    SendResult sendLossy(const PublicKey& friendKey, QByteArrayView packet) override;
    Connection friendConnection(const PublicKey& friendKey) const override;
    bool addFriendNoRequest(const PublicKey& friendKey) override;
    bool addFriendWithRequest(const ToxAddress& address, QByteArrayView message, QString* error) override;
    void deleteFriend(const PublicKey& friendKey) override { removeFriend(friendKey); }
    bool isFriend(const PublicKey& friendKey) const override { return m_friendNumbers.contains(friendKey); }

    // IFileHub: the toxcore file calls, for the file transfer service.
    std::optional<uint32_t> fileSend(const PublicKey& to, uint32_t kind, quint64 size, const QByteArray& fileId,
        const QByteArray& nameUtf8, QString* error) override;
    bool fileControl(const PublicKey& peer, uint32_t fileNumber, FileControl control) override;
    bool fileSeek(const PublicKey& from, uint32_t fileNumber, quint64 position) override;
    ChunkResult fileSendChunk(const PublicKey& to, uint32_t fileNumber, quint64 position, QByteArrayView data) override;
    QByteArray fileId(const PublicKey& peer, uint32_t fileNumber) const override;
    void setFileHandler(IFileHandler* handler) override { m_files.setHandler(TOX_FILE_KIND_DATA, handler); }
    void setFileKindHandler(uint32_t kind, IFileHandler* handler) override { m_files.setHandler(kind, handler); }
    IFileHandler* fileHandler(uint32_t kind = TOX_FILE_KIND_DATA) const { return m_files.handler(kind); }

    SelfInfo selfInfo() const;
    QList<FriendInfo> friends() const;
    std::optional<uint32_t> friendNumber(const PublicKey& key) const;
    PublicKey friendKey(uint32_t friendNumber) const;

    /// Number of tox_iterate calls so far (for benchmarks and tests).
    quint64 iterations() const { return m_iterations; }
    bool socketWakeupActive() const;

Q_SIGNALS:
    void started(const warren::SelfInfo& self);
    void failed(const warren::EngineError& error);
    void selfChanged(const warren::SelfInfo& self);
    void selfConnectionChanged(warren::Connection c);
    void friendsLoaded(const QList<warren::FriendInfo>& friends);
    void friendAdded(const warren::FriendInfo& info);
    void friendRemoved(const warren::PublicKey& key);
    void friendRequestSent(const warren::ToxAddress& to, const warren::EngineError& error);
    void friendRequestReceived(const warren::PublicKey& from, const QString& message);
    void friendConnectionChanged(const warren::PublicKey& key, warren::Connection c);
    void friendStatusChanged(const warren::PublicKey& key, warren::UserStatus s);
    void friendNameChanged(const warren::PublicKey& key, const QString& name);
    void friendStatusMessageChanged(const warren::PublicKey& key, const QString& message);
    void friendTyping(const warren::PublicKey& key, bool typing);
    void messageReceived(const warren::PublicKey& from, const QString& text, bool action);
    /// The message left for toxcore; @p receipt matches messageDelivered.
    void messageSent(const warren::PublicKey& to, quint64 cookie, quint32 receipt);
    void messageFailed(const warren::PublicKey& to, quint64 cookie, const QString& reason);
    void messageDelivered(const warren::PublicKey& to, quint32 receipt);
    void saveFailed(const QString& reason);

private:
    friend struct ToxCallbacks;
    void iterate();
    void scheduleNext();
    void markDirty();
    void rebuildFriendIndex();
    void retryBootstrapIfOffline();
    void bootstrap(const QList<BootstrapNode>& nodes);
    FriendInfo infoFor(uint32_t friendNumber) const;
    QList<IPacketHandler*> distinctHandlers() const;

    // Called from the toxcore callbacks during tox_iterate.
    void onSelfConnection(Connection c);
    void onFriendConnection(uint32_t fn, Connection c);
    void onFriendRequest(const PublicKey& from, QByteArrayView message);
    void onLosslessPacket(uint32_t fn, QByteArrayView packet);
    void onLossyPacket(uint32_t fn, QByteArrayView packet);
    /// The friend's key from the index (cheap: called for every file chunk).
    PublicKey cachedFriendKey(uint32_t fn) const { return m_friendKeys.value(fn); }

    ToxPtr m_tox;
    EngineConfig m_config;
    SocketWaker* m_waker = nullptr;
    QTimer m_iterateTimer;
    QTimer m_saveTimer;
    QTimer m_bootstrapTimer;
    QHash<PublicKey, uint32_t> m_friendNumbers;
    QHash<uint32_t, PublicKey> m_friendKeys; ///< the reverse of m_friendNumbers
    FileKindRouter m_files; ///< to the file transfer and avatar services (not owned)
    bool m_fileBlocked = false; ///< a file chunk got SENDQ since the last iteration
    QHash<PublicKey, QString> m_pendingRequests; ///< shown to the user, not yet accepted
    std::array<IPacketHandler*, 32> m_handlers{}; ///< lossless; index = packet id - 160
    std::array<IPacketHandler*, 55> m_lossyHandlers{}; ///< index = packet id - 200
    bool m_sendBlocked = false; ///< a send got QueueFull since the last iteration
    Connection m_selfConnection = Connection::None;
    quint64 m_iterations = 0;
    bool m_inIterate = false;
};

} // namespace warren
