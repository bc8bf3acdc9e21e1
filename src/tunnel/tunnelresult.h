// How a client's tunnel request ended, for callers that must answer their
// own client first (SOCKS5 replies, warren-tunnel -W): established (ACK), or
// failed (DENY, time-out, the friend went away).
#pragma once

#include "tunnel/protocol/extensions.h"

#include <QString>

#include <functional>

namespace warren::tunnel {

/// Called once on the core thread, while the local socket is still open: on
/// success just before the tunnel starts carrying data (what the callback
/// writes to the socket goes first), on failure just before the socket is
/// closed. It must not delete the socket. @p reason is the friend's reason
/// after a DENY, TimedOut when a sent request got no answer (tuntox refuses
/// silently), Unreachable when the friend never came online, else Unspecified.
using TunnelResult = std::function<void(bool ok, DenyReason reason, const QString& why)>;

} // namespace warren::tunnel
