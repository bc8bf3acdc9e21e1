// bench_tunnel's physical reference: the same download and 64-byte echoes
// over a direct loopback TCP connection, in the same run.
#pragma once

#include "benchstats.h"

#include <QByteArray>

#include <optional>

namespace warren::bench {

struct TcpFigures {
    std::optional<double> mbps;
    bool complete = false;
    std::optional<Stats> echo;
};

/// Downloads @p size bytes of @p payload from a local source server, then
/// times echoTrips round trips to a local echo server; prints the figures.
TcpFigures measureTcp(const QByteArray& payload, qint64 size);

} // namespace warren::bench
