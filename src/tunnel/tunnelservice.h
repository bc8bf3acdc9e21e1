// The tunnel feature on the core thread: receives the tuntox frames (packet
// id 0xA2) for every friend, keeps one PeerLink per friend that uses
// tunnels, the client forwards, and the server policy. Created by
// TunnelControl through Engine::addExtension; a child of the engine's worker.
// Everything it reports (results of commands, statistics, notes) leaves as
// signals, which Qt queues to receivers on other threads and disconnects
// when a receiver is destroyed: the service never holds a pointer to its
// controller.
#pragma once

#include "core/corehost.h"
#include "core/packethandler.h"
#include "tunnel/forwardspec.h"
#include "tunnel/peerlink.h"
#include "tunnel/pinger.h"
#include "tunnel/remoteoffer.h"
#include "tunnel/tunnelpolicy.h"
#include "tunnel/tunnelstats.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace warren::tunnel {

class LocalForward;
class RemoteOffers;

class TunnelService : public QObject, public IPacketHandler {
    Q_OBJECT
public:
    TunnelService(IPacketHub& hub, TunnelPolicy policy, LinkSettings settings);
    ~TunnelService() override;

    TunnelPolicy& policy() { return m_policy; }
    void setPolicy(TunnelPolicy p) { m_policy = std::move(p); }

    /// Starts listening for a client forward. False (and @p error) when the
    /// id is taken or the address cannot be bound. Emits forwardAdded().
    bool addForward(const ForwardSpec& spec, QString* error);
    void removeForward(const QString& id);
    /// Tunnels an already connected local socket (SOCKS5, stdio, tests);
    /// @p done, if set, learns whether the tunnel was established.
    void openTunnel(const PublicKey& friendKey, StreamSocket* local, const QString& host, quint16 port,
        const QString& forwardId = {}, TunnelResult done = {});
    /// Sends a PING to @p friendKey; @p onPong gets the round trip in ms.
    void ping(const PublicKey& friendKey, Pinger::Done onPong);
    /// Friend requests to tunnel servers (client side). Emits serverRequestResult().
    bool ensureFriend(const ToxAddress& server, const QByteArray& secret, QString* error);

    // Remote forwards (remoteoffers.h). Each change emits offersChanged().
    /// The offers of an earlier run.
    void restoreOffers(const QList<PortOffer>& offers);
    /// Offers one of our ports to a friend; emits offerAdded().
    bool offerPort(const PortOffer& offer, QString* error);
    void withdrawOffer(const PublicKey& friendKey, quint32 id);
    /// Declines an offer made to us. (Accepting is addForward() with spec.offerId.)
    void declineOffer(const PublicKey& friendKey, quint32 id, const QString& reason);
    /// We no longer want the forward of an offer made to us: tells the friend.
    /// (The forward itself goes with removeForward().)
    void removeRemoteForward(const PublicKey& friendKey, quint32 id);
    /// Accept every offer from these friends at once (warren-tunnel's config).
    void setAutoAcceptOffers(const QSet<PublicKey>& friends) { m_autoAccept = friends; }
    const RemoteOffers& offers() const { return *m_offers; }

    QList<ForwardInfo> forwards() const;
    QList<PeerInfo> peers() const;
    /// Every open stream of every friend, both directions, without rates.
    QList<StreamInfo> streams() const;

    // IPacketHandler
    void losslessPacket(const PublicKey& friendKey, QByteArrayView packet) override;
    void lossyPacket(const PublicKey& friendKey, QByteArrayView packet) override;
    void friendConnectionChanged(const PublicKey& friendKey, Connection c) override;
    void sendQueueMayHaveSpace() override;
    bool friendRequest(const PublicKey& from, QByteArrayView message) override;

Q_SIGNALS:
    void note(const QString& message);
    /// Once a second, and when a forward was added or removed.
    void statistics(const QList<warren::tunnel::ForwardInfo>& forwards, const QList<warren::tunnel::PeerInfo>& peers);
    /// With every statistics(): the open streams, with their rates.
    void streamStatistics(const QList<warren::tunnel::StreamInfo>& streams);
    /// The answer to addForward(); @p error is empty when @p ok.
    void forwardAdded(const QString& id, bool ok, const QString& error);
    /// The answer to ensureFriend().
    void serverRequestResult(const warren::ToxAddress& server, bool ok, const QString& error);
    /// Every offer, both ways, whenever one changed.
    void offersChanged(
        const QList<warren::tunnel::PortOffer>& mine, const QList<warren::tunnel::ReceivedOffer>& received);
    /// The answer to offerPort().
    void offerAdded(const warren::PublicKey& friendKey, quint32 id, bool ok, const QString& error);
    /// The friend withdrew its offer: our forward @p forwardId was removed.
    void remoteForwardWithdrawn(const QString& forwardId, const warren::PublicKey& friendKey, const QString& label);

private:
    PeerLink* link(const PublicKey& friendKey, bool create);
    void publishStatistics();
    void connectOffers();
    bool startForward(LocalForward* f, QString* why);

    IPacketHub& m_hub;
    TunnelPolicy m_policy;
    LinkSettings m_settings;
    QHash<PublicKey, PeerLink*> m_links;
    QHash<QString, LocalForward*> m_forwards;
    RemoteOffers* m_offers;
    QSet<PublicKey> m_autoAccept;
    QHash<QString, ByteCounters> m_lastForwardBytes;
    QHash<QString, QString> m_forwardErrors; ///< the last failed tunnel request of a forward
    QHash<QString, ByteCounters> m_lastStreamBytes; ///< by streamKey(), for the rates
    Pinger m_pinger;
    QTimer m_statsTimer;
    QElapsedTimer m_sinceStats; ///< time since the last statistics, for the rates
};

/// Owns the service for CoreHost (an extension is destroyed with the engine),
/// and keeps @p keepAlive (whatever the service's signals are connected to
/// on the controller's side) alive at least as long as the service.
class TunnelExtension : public CoreExtension {
public:
    explicit TunnelExtension(TunnelService* s, std::shared_ptr<QObject> keepAlive = {})
        : m_service(s)
        , m_keepAlive(std::move(keepAlive))
    {
    }
    ~TunnelExtension() override { delete m_service; }
    TunnelExtension(const TunnelExtension&) = delete;
    TunnelExtension& operator=(const TunnelExtension&) = delete;

private:
    TunnelService* m_service;
    std::shared_ptr<QObject> m_keepAlive;
};

} // namespace warren::tunnel
