// Transfer speed over a sliding window of a few seconds, for progress.
#pragma once

#include <QElapsedTimer>

#include <deque>
#include <utility>

namespace warren {

class SpeedMeter {
public:
    /// Records that @p total bytes were done by now.
    void sample(quint64 total);
    /// Bytes per second over the window; 0 until two samples exist.
    double bytesPerSecond() const;
    void reset() { m_samples.clear(); }

private:
    static constexpr qint64 windowMs = 3000;
    QElapsedTimer m_clock;
    std::deque<std::pair<qint64, quint64>> m_samples; ///< (ms, total bytes)
};

} // namespace warren
