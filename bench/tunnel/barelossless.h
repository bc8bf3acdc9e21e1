// The bare c-toxcore reference of bench_tunnel: two raw instances on one
// thread move as many 1373-byte lossless custom packets as a tunnel
// transfer needs frames, and echo 72-byte packets (64 bytes of data in a
// tunnel frame's size), so Warren's figures can be read as ratios.
#pragma once

#include "benchcpu.h"
#include "benchstats.h"
#include "timeline.h"

#include <tox/tox.h>

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace warren::bench {

/// Two raw Tox instances iterated by one thread. Shared with the main thread
/// through the atomics; the rest is read after `done`.
struct BareRun {
    qint64 packets = 0; ///< to send
    std::atomic<bool> connected{false};
    std::atomic<bool> failed{false};
    std::atomic<bool> goEcho{false};
    std::atomic<bool> echoDone{false};
    std::atomic<bool> goTransfer{false};
    std::atomic<bool> quit{false};
    std::atomic<bool> done{false};
    std::atomic<qint64> receivedPackets{0};
    std::atomic<qint64> progress{0}; ///< received packets x 1365: tunnel-data equivalent
    // The bare thread's own.
    Tox* a = nullptr;
    Tox* b = nullptr;
    uint32_t friendOfA = UINT32_MAX;
    uint32_t friendOfB = UINT32_MAX;
    // Echo: B sends back what it gets from inside its callback; A notes the reply.
    bool echoMode = false;
    std::vector<uint8_t> echoPending; ///< a reply B's queue refused, retried after iterating
    qint64 echoExpected = -1;
    bool echoReplied = false;
    Clock::time_point echoRepliedAt{};
    qint64 echoRefusals = 0;
    std::vector<double> echoSamples;
    std::vector<double> pacedSamples;
    double runQueueWait = 0; ///< during the transfer, read by the bare thread itself
    // Transfer.
    quint32 nextSeq = 0;
    bool inOrder = true;
    bool shapeOk = true;
    double connectSeconds = 0;
    Clock::time_point startedAt{};
    Clock::time_point lastAt{};
    quint64 iterations = 0;
    qint64 sendqRefusals = 0;
    double threadCpu = 0;
    std::string error;
};

/// The bare thread's body: connects, idles, echoes when goEcho, transfers
/// when goTransfer; sets done at the end (or on failure).
void runBare(BareRun& r);

struct BareFigures {
    std::optional<Stats> echo;
    std::optional<Stats> paced;
    qint64 echoRefusals = 0;
    bool connected = false;
    double connectSeconds = 0;
    bool complete = false;
    bool inOrder = false;
    qint64 packets = 0;
    double seconds = 0;
    Timeline timeline;
    std::optional<double> mbps; ///< tunnel-data equivalent: packets x 1365 bytes
    std::optional<double> packetMBps; ///< packets x 1373 bytes
    std::optional<double> secondHalfMBps;
    std::optional<double> iterationsPerSecond;
    std::optional<double> sendqPerSecond;
    std::optional<double> cpuMsPerMB;
    UdpCounters udp;
    double runQueueWait = 0; ///< seconds the bare thread waited for a CPU during the transfer
};

/// Runs the transfer on the bare instances once they are connected. The

/// Drives a runBare() thread the caller started: waits for it to connect,
/// runs the echoes and the transfer, prints and returns the figures.
BareFigures measureBare(BareRun& run);

} // namespace warren::bench
