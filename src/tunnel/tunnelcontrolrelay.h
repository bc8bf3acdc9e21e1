// Internal to TunnelControl: receives the TunnelService's signals on the
// controller's thread, where the controller re-emits them. It lives on the
// controller's thread, and is owned jointly (std::shared_ptr, released with
// deleteLater()) by the controller and the service's extension, so neither
// side ever points at an object the other may have destroyed.
#pragma once

#include "core/toxtypes.h"
#include "tunnel/remoteoffer.h"
#include "tunnel/tunnelstats.h"

#include <QObject>

namespace warren::tunnel {

class TunnelService;

class TunnelControlRelay : public QObject {
    Q_OBJECT
public:
    /// Connects @p s's signals to this relay's (queued: the relay lives
    /// elsewhere). Called on the core thread when the service is created.
    void attach(TunnelService& s);

Q_SIGNALS:
    void forwardAdded(const QString& id, bool ok, const QString& error);
    void statistics(const QList<warren::tunnel::ForwardInfo>& forwards, const QList<warren::tunnel::PeerInfo>& peers);
    void streamStatistics(const QList<warren::tunnel::StreamInfo>& streams);
    void note(const QString& message);
    void serverRequestResult(const warren::ToxAddress& server, bool ok, const QString& error);
    void offersChanged(
        const QList<warren::tunnel::PortOffer>& mine, const QList<warren::tunnel::ReceivedOffer>& received);
    void offerAdded(const warren::PublicKey& friendKey, quint32 id, bool ok, const QString& error);
    void remoteForwardWithdrawn(const QString& forwardId, const warren::PublicKey& friendKey, const QString& label);
};

} // namespace warren::tunnel
