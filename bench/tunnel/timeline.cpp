#include "timeline.h"

#include "benchcpu.h"
#include "benchstats.h"
#include "tunnelbench.h"

#include <cmath>

namespace warren::bench {

qint64 Timeline::bytesAt(double t) const
{
    qint64 b = 0;
    for (const auto& [when, bytes] : points) {
        if (when > t)
            break;
        b = bytes;
    }
    return b;
}

std::vector<double> Timeline::perSecond() const
{
    std::vector<double> out;
    if (points.empty())
        return out;
    const auto seconds = static_cast<int>(std::ceil(points.back().first));
    for (int k = 1; k <= seconds; ++k)
        out.push_back(static_cast<double>(bytesAt(k) - bytesAt(k - 1)) / 1e6);
    return out;
}

std::optional<double> Timeline::secondHalfMBps(qint64 total, double endSeconds) const
{
    for (const auto& [when, bytes] : points) {
        if (bytes * 2 >= total) {
            if (endSeconds - when <= 0)
                return std::nullopt;
            return static_cast<double>(total - bytes) / 1e6 / (endSeconds - when);
        }
    }
    return std::nullopt;
}

bool watch(const std::atomic<qint64>& progress, const std::function<bool()>& done, int timeoutMs, Timeline* timeline,
    const std::function<void()>& tick)
{
    const Clock::time_point start = Clock::now();
    int n = 0;
    while (!done()) {
        if (msBetween(start, Clock::now()) > timeoutMs)
            return false;
        idleFor(sampleMs);
        timeline->points.emplace_back(secondsSince(start), progress.load(std::memory_order_relaxed));
        if (tick && ++n % (500 / sampleMs) == 0)
            tick();
    }
    timeline->points.emplace_back(secondsSince(start), progress.load(std::memory_order_relaxed));
    return true;
}

} // namespace warren::bench
