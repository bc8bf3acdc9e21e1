// Round trips to friends with tuntox's PING/PONG (warren-tunnel -p). Each
// PING carries a marker and a sequence number, so its PONG is told apart
// from the keepalive PONGs PeerLink handles. Works with tuntox and Warren
// peers alike (both echo the PING's data). Owned by TunnelService.
#pragma once

#include "core/toxtypes.h"
#include "tunnel/protocol/frame.h"

#include <QElapsedTimer>
#include <QHash>

#include <functional>

namespace warren::tunnel {

class Pinger {
public:
    /// Gets the round trip in milliseconds.
    using Done = std::function<void(double ms)>;

    /// The PING frame to send to @p friendKey; @p done runs when its PONG
    /// arrives (never, if it does not: the caller times out).
    Frame ping(const PublicKey& friendKey, Done done);
    /// A PONG from @p friendKey: true when it answers one of our pings.
    bool pong(const PublicKey& friendKey, QByteArrayView data);

private:
    struct Pending {
        PublicKey friendKey;
        QElapsedTimer sent;
        Done done;
    };
    QHash<quint64, Pending> m_pending;
    quint64 m_next = 1;
};

} // namespace warren::tunnel
