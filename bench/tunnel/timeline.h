// Progress of a transfer as the main thread sees it: bytes moved, sampled
// every sampleMs while the main thread's event loop runs (so the engines'
// queued signals keep flowing), and rates derived from those samples.
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace warren::bench {

/// Bytes moved so far, sampled by the main thread every sampleMs.
struct Timeline {
    std::vector<std::pair<double, qint64>> points; ///< seconds since the start, bytes

    /// Bytes moved by @p t seconds.
    qint64 bytesAt(double t) const;
    /// MB/s in each whole second.
    std::vector<double> perSecond() const;
    /// MB/s over the second half of @p total bytes, ending at @p endSeconds.
    std::optional<double> secondHalfMBps(qint64 total, double endSeconds) const;
};

/// Runs the main thread's event loop until @p done or @p timeoutMs,
/// recording @p progress; calls @p tick every 500 ms.
bool watch(const std::atomic<qint64>& progress, const std::function<bool()>& done, int timeoutMs, Timeline* timeline,
    const std::function<void()>& tick = {});

} // namespace warren::bench
