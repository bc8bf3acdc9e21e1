// bench_tunnel's transfers through Warren: a download (server-side source to
// a client-side reader), an upload (client writer to a server-side sink) and
// parallelStreams downloads at once, each after the link idled settleMs,
// checked with SHA-256, with CPU, engine activity and UDP counters around it.
#pragma once

#include "benchcpu.h"
#include "timeline.h"
#include "tunnelrig.h"

#include <QByteArray>

#include <optional>

namespace warren::bench {

struct TransferFigures {
    const char* name = "";
    bool ran = false;
    bool complete = false; ///< every byte arrived and the SHA-256 matched
    qint64 expected = 0;
    qint64 bytes = 0;
    double seconds = 0; ///< connect() to the last byte received
    std::optional<double> firstByteMs;
    Timeline timeline;
    double cpuProcess = 0;
    double cpuEngines = 0;
    double cpuHarness = 0;
    EngineActivity sender;
    EngineActivity receiver;
    double senderRunQueueWait = 0; ///< seconds the sending core thread waited for a CPU
    double receiverRunQueueWait = 0;
    UdpCounters udp;

    std::optional<double> mbps() const
    {
        if (bytes <= 0 || seconds <= 0)
            return std::nullopt;
        return static_cast<double>(bytes) / 1e6 / seconds;
    }
    std::optional<double> secondHalfMBps() const
    {
        if (!complete || timeline.points.empty())
            return std::nullopt;
        return timeline.secondHalfMBps(bytes, seconds);
    }
    std::optional<double> msPerMB(double cpuSeconds) const
    {
        if (bytes <= 0)
            return std::nullopt;
        return cpuSeconds * 1000 / (static_cast<double>(bytes) / 1e6);
    }
};

/// @p size bytes of @p payload (SHA-256 @p sha) from the server side.
TransferFigures warrenDownload(Rig& rig, const QByteArray& payload, const QByteArray& sha, qint64 size);
/// @p size bytes of @p payload (SHA-256 @p sha) to the server side.
TransferFigures warrenUpload(Rig& rig, const QByteArray& payload, const QByteArray& sha, qint64 size);
/// parallelStreams readers at once through one forward, each downloading size / parallelStreams.
TransferFigures warrenParallel(Rig& rig, const QByteArray& payload, qint64 size);

/// Prints @p f with its ratios to @p bare (MB/s) and @p tuntox (MB/s, 0 = none).
void printTransfer(const TransferFigures& f, std::optional<double> bare, double tuntox);

} // namespace warren::bench
