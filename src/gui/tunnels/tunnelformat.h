// How the Tunnels panel writes sizes, rates, paths and round trips, so the
// models and the dialogs say the same thing the same way.
#pragma once

#include "core/toxtypes.h"
#include "tunnel/tunnelstats.h"

#include <QString>

namespace warren::tunnelformat {

/// "1.5 MiB"
QString bytes(qint64 n);
/// "1.5 MiB/s"
QString rate(double bytesPerSecond);
/// "↑ 1.5 MiB  ↓ 20 KiB" (up = sent to the friend)
QString upDown(const tunnel::ByteCounters& b);
QString upDownRate(double up, double down);
/// "Direct (UDP)", "TCP relay", "Offline"
QString path(Connection c);
/// "Direct (UDP), 12 ms" (the round trip only when known)
QString pathWithRoundTrip(Connection c, double rttMs);
/// "host:port", with brackets around an IPv6 host.
QString hostPort(const QString& host, quint16 port);

} // namespace warren::tunnelformat
