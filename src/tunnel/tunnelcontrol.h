// The handle the GUI and warren-tunnel use for tunnels, from their own
// thread. It installs the TunnelService on the engine's core thread and
// talks to it only through queued invocations (Engine::post) and queued
// signals, like Engine itself.
//
// Lifetime: it may be destroyed at any time, before or after the engine
// stops. Nothing on the core thread points to it: the service's signals go
// to a small relay object that the service keeps alive (shared ownership)
// and that lives on this thread; the relay re-emits them here. Qt queues
// them across the threads and drops the connections when this object dies.
// It must not outlive the Engine itself (it posts through it).
#pragma once

#include "tunnel/forwardspec.h"
#include "tunnel/peerlink.h"
#include "tunnel/remoteoffer.h"
#include "tunnel/tunnelpolicy.h"
#include "tunnel/tunnelstats.h"

#include <QObject>

#include <functional>
#include <memory>

namespace warren {
class Engine;
}

namespace warren::tunnel {

class TunnelControlRelay;
class TunnelService;

class TunnelControl : public QObject {
    Q_OBJECT
public:
    /// Installs the service; call after Engine::start().
    TunnelControl(Engine& engine, const TunnelPolicy& policy, LinkSettings settings = {}, QObject* parent = nullptr);
    ~TunnelControl() override;

    /// Starts a forward; forwardAdded() tells whether it listens.
    void addForward(const ForwardSpec& spec);
    /// Stops listening; streams already open keep running until they close.
    void removeForward(const QString& id);
    /// Removes the forward with @p spec's id (if any), then adds @p spec:
    /// an edited forward, or one started again. forwardAdded() follows.
    void replaceForward(const ForwardSpec& spec);
    void setPolicy(const TunnelPolicy& policy);
    // Remote forwards. offersChanged() reports every change, both ways.
    /// The offers of an earlier run (call before the forwards are added).
    void restoreOffers(const QList<PortOffer>& offers);
    /// Offers one of our ports; offerAdded() tells whether it was taken.
    void offerPort(const PortOffer& offer);
    /// Takes our offer back; the friend's listener closes.
    void withdrawOffer(const PublicKey& friendKey, quint32 id);
    /// Accepting an offer is addForward(offer.forwardSpec(id)); this declines it.
    void declineOffer(const PublicKey& friendKey, quint32 id, const QString& reason = {});
    /// Tells the friend we removed the forward of its offer (removeForward() stops it).
    void removeRemoteForward(const PublicKey& friendKey, quint32 id);
    /// Client side: befriend a tunnel server (secret + NUL, as tuntox).
    void connectToServer(const ToxAddress& server, const QByteArray& secret);
    /// Runs @p f with the service on the core thread (queued): SOCKS5
    /// listeners, stdio tunnels, pings. @p f must capture values only and
    /// report back with queued invocations; it is dropped when the service is gone.
    void post(std::function<void(TunnelService&)> f);

Q_SIGNALS:
    void forwardAdded(const QString& id, bool ok, const QString& error);
    void statistics(const QList<warren::tunnel::ForwardInfo>& forwards, const QList<warren::tunnel::PeerInfo>& peers);
    /// Follows each statistics(): every open stream, with its rates.
    void streamStatistics(const QList<warren::tunnel::StreamInfo>& streams);
    void note(const QString& message);
    void serverRequestResult(const warren::ToxAddress& server, bool ok, const QString& error);
    void offersChanged(
        const QList<warren::tunnel::PortOffer>& mine, const QList<warren::tunnel::ReceivedOffer>& received);
    void offerAdded(const warren::PublicKey& friendKey, quint32 id, bool ok, const QString& error);
    /// The friend withdrew its offer; our forward @p forwardId is gone.
    void remoteForwardWithdrawn(const QString& forwardId, const warren::PublicKey& friendKey, const QString& label);

private:
    Engine& m_engine;
    /// Receives the service's signals on this thread (see the lifetime note);
    /// shared with the service's extension.
    std::shared_ptr<TunnelControlRelay> m_relay;
};

void registerTunnelTypes();

} // namespace warren::tunnel
