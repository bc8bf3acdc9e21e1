// The handle the GUI and warren-tunnel use for tunnels, from their own
// thread. It installs the TunnelService on the engine's core thread and
// talks to it only through queued invocations (Engine::post) and queued
// signals, like Engine itself.
//
// Lifetime: it must outlive every command it posted and the engine's run
// (stop the Engine before destroying it): the replies are sent back to it
// from the core thread. TODO: answer through TunnelService signals instead,
// which Qt disconnects safely when the receiver dies.
#pragma once

#include "tunnel/forwardspec.h"
#include "tunnel/peerlink.h"
#include "tunnel/tunnelpolicy.h"
#include "tunnel/tunnelstats.h"

#include <QObject>

#include <functional>

namespace warren {
class Engine;
}

namespace warren::tunnel {

class TunnelService;

class TunnelControl : public QObject {
    Q_OBJECT
public:
    /// Installs the service; call after Engine::start().
    TunnelControl(Engine& engine, const TunnelPolicy& policy, LinkSettings settings = {}, QObject* parent = nullptr);

    void addForward(const ForwardSpec& spec);
    void removeForward(const QString& id);
    void setPolicy(const TunnelPolicy& policy);
    /// Client side: befriend a tunnel server (secret + NUL, as tuntox).
    void connectToServer(const ToxAddress& server, const QByteArray& secret);
    /// Runs @p f with the service on the core thread (queued): SOCKS5
    /// listeners, stdio tunnels, pings. @p f must capture values only and
    /// report back with queued invocations; it is dropped when the service is gone.
    void post(std::function<void(TunnelService&)> f);

Q_SIGNALS:
    void forwardAdded(const QString& id, bool ok, const QString& error);
    void statistics(const QList<warren::tunnel::ForwardInfo>& forwards, const QList<warren::tunnel::PeerInfo>& peers);
    void note(const QString& message);
    void serverRequestResult(const warren::ToxAddress& server, bool ok, const QString& error);

private:
    Engine& m_engine;
};

void registerTunnelTypes();

} // namespace warren::tunnel
