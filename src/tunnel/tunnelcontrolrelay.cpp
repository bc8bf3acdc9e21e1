#include "tunnel/tunnelcontrolrelay.h"

#include "tunnel/tunnelservice.h"

namespace warren::tunnel {

void TunnelControlRelay::attach(TunnelService& s)
{
    connect(&s, &TunnelService::forwardAdded, this, &TunnelControlRelay::forwardAdded);
    connect(&s, &TunnelService::statistics, this, &TunnelControlRelay::statistics);
    connect(&s, &TunnelService::streamStatistics, this, &TunnelControlRelay::streamStatistics);
    connect(&s, &TunnelService::note, this, &TunnelControlRelay::note);
    connect(&s, &TunnelService::serverRequestResult, this, &TunnelControlRelay::serverRequestResult);
    connect(&s, &TunnelService::offersChanged, this, &TunnelControlRelay::offersChanged);
    connect(&s, &TunnelService::offerAdded, this, &TunnelControlRelay::offerAdded);
    connect(&s, &TunnelService::remoteForwardWithdrawn, this, &TunnelControlRelay::remoteForwardWithdrawn);
}

} // namespace warren::tunnel
