// bench_tunnel's latency and idle cost: 64-byte round trips through a
// tunnel to an echo server (back to back, then one every pacedPeriodMs), then
// the CPU of the two engines while that tunnel stays open and idle.
#pragma once

#include "benchcpu.h"
#include "benchstats.h"
#include "tunnelrig.h"

#include <optional>

namespace warren::bench {

struct EchoFigures {
    std::optional<Stats> trips;
    std::optional<Stats> paced;
    UdpCounters udp; ///< during the back-to-back trips
    std::optional<double> idleProcessPercent;
    std::optional<double> idleCoreThreadPercentClient;
    std::optional<double> idleCoreThreadPercentServer;
    std::optional<double> idleIterationsPerSecond; ///< per engine, mean of the two
    bool stillOnline = false;
    /// Echo bytes that reached each side first in an EXPRESS copy (lossy),
    /// ahead of their lossless frame, over the whole echo run.
    qint64 expressClient = 0;
    qint64 expressServer = 0;
};

/// Runs the round trips and the idle measurement; prints the figures.
EchoFigures warrenEchoAndIdle(Rig& rig);

} // namespace warren::bench
