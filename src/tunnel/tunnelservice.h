// The tunnel feature on the core thread: receives the tuntox frames (packet
// id 0xA2) for every friend, keeps one PeerLink per friend that uses
// tunnels, the client forwards, and the server policy. Created by
// TunnelControl through Engine::addExtension; a child of the engine's worker.
#pragma once

#include "core/corehost.h"
#include "core/packethandler.h"
#include "tunnel/forwardspec.h"
#include "tunnel/peerlink.h"
#include "tunnel/pinger.h"
#include "tunnel/tunnelpolicy.h"
#include "tunnel/tunnelstats.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace warren::tunnel {

class LocalForward;

class TunnelService : public QObject, public IPacketHandler {
    Q_OBJECT
public:
    TunnelService(IPacketHub& hub, TunnelPolicy policy, LinkSettings settings);
    ~TunnelService() override;

    TunnelPolicy& policy() { return m_policy; }
    void setPolicy(TunnelPolicy p) { m_policy = std::move(p); }

    /// Starts listening for a client forward. False (and @p error) when the
    /// id is taken or the address cannot be bound.
    bool addForward(const ForwardSpec& spec, QString* error);
    void removeForward(const QString& id);
    /// Tunnels an already connected local socket (SOCKS5, stdio, tests);
    /// @p done, if set, learns whether the tunnel was established.
    void openTunnel(const PublicKey& friendKey, StreamSocket* local, const QString& host, quint16 port,
        const QString& forwardId = {}, TunnelResult done = {});
    /// Sends a PING to @p friendKey; @p onPong gets the round trip in ms.
    void ping(const PublicKey& friendKey, Pinger::Done onPong);
    /// Friend requests to tunnel servers (client side).
    bool ensureFriend(const ToxAddress& server, const QByteArray& secret, QString* error);

    QList<ForwardInfo> forwards() const;
    QList<PeerInfo> peers() const;

    // IPacketHandler
    void losslessPacket(const PublicKey& friendKey, QByteArrayView packet) override;
    void friendConnectionChanged(const PublicKey& friendKey, Connection c) override;
    void sendQueueMayHaveSpace() override;
    bool friendRequest(const PublicKey& from, QByteArrayView message) override;

Q_SIGNALS:
    void note(const QString& message);
    /// Once a second while anything is open or changed.
    void statistics(const QList<warren::tunnel::ForwardInfo>& forwards, const QList<warren::tunnel::PeerInfo>& peers);

private:
    PeerLink* link(const PublicKey& friendKey, bool create);
    void publishStatistics();

    IPacketHub& m_hub;
    TunnelPolicy m_policy;
    LinkSettings m_settings;
    QHash<PublicKey, PeerLink*> m_links;
    QHash<QString, LocalForward*> m_forwards;
    QHash<QString, ByteCounters> m_lastForwardBytes;
    QHash<QString, QString> m_forwardErrors;
    Pinger m_pinger;
    QTimer m_statsTimer;
};

/// Owns the service for CoreHost (an extension is destroyed with the engine).
class TunnelExtension : public CoreExtension {
public:
    explicit TunnelExtension(TunnelService* s)
        : m_service(s)
    {
    }
    ~TunnelExtension() override { delete m_service; }

private:
    TunnelService* m_service;
};

} // namespace warren::tunnel
