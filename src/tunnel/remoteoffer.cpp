#include "tunnel/remoteoffer.h"

namespace warren::tunnel {

ForwardSpec ReceivedOffer::forwardSpec(const QString& forward) const
{
    ForwardSpec s;
    s.id = forward;
    s.friendKey = friendKey;
    s.listenAddress = QHostAddress(QHostAddress::LocalHost);
    s.listenPort = suggestedPort;
    s.host = host;
    s.port = port;
    s.offerId = id;
    return s;
}

} // namespace warren::tunnel
