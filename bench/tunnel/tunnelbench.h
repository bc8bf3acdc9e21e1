// bench_tunnel's settings: sizes, counts, time-outs, the tuntox figures it
// compares with and the targets from the issue. Shared by its pieces in
// bench/tunnel/ (the harness's sockets, the bare-toxcore and TCP
// references, the Warren rig, transfers and echoes).
#pragma once

#include <tox/tox.h>

#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace warren::bench {

inline constexpr qint64 tunnelDataPerPacket = 1365; ///< data bytes of a full tuntox TCP frame
inline constexpr size_t packetSize = TOX_MAX_CUSTOM_PACKET_SIZE; ///< 1373
inline constexpr uint8_t barePacketId = 0xA2;
inline constexpr int parallelStreams = 8;
inline constexpr int echoWarmup = 20;
inline constexpr int echoTrips = 1000;
inline constexpr int echoSize = 64;
inline constexpr int pacedWarmup = 10;
inline constexpr int pacedTrips = 200; ///< round trips at a human pace: toxcore's packet budget never runs out
inline constexpr int pacedPeriodMs = 20;
inline constexpr int settleMs = 3000; ///< idle before each transfer: toxcore's send rate falls back
inline constexpr int idleMs = 10000;
inline constexpr int connectTimeoutMs = 120000;
inline constexpr int transferTimeoutMs = 60000;
inline constexpr int tripTimeoutMs = 5000;
inline constexpr int sampleMs = 100;

// tuntox HEAD 4c9fc50 on this machine (shared/toxcore-limits.md).
inline constexpr double tuntoxDownMBps = 6.5;
inline constexpr double tuntoxUpMBps = 0.23;
inline constexpr double tuntoxEchoMedianMs = 11.7;

// Targets from the issue.
inline constexpr double targetRatioVsBare = 0.9;
inline constexpr double targetEchoMedianMs = 1.0;
inline constexpr double targetEchoP99Ms = 5.0;
inline constexpr double targetIdlePercent = 1.0;

} // namespace warren::bench
