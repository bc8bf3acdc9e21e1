#include "core/files/speedmeter.h"

namespace warren {

void SpeedMeter::sample(quint64 total)
{
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    if (!m_samples.empty() && total < m_samples.back().second)
        m_samples.clear(); // restarted lower (a resume): start over
    m_samples.emplace_back(now, total);
    while (m_samples.size() > 2 && now - m_samples[1].first >= windowMs)
        m_samples.pop_front();
}

double SpeedMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const auto& a = m_samples.front();
    const auto& b = m_samples.back();
    const qint64 ms = b.first - a.first;
    return ms > 0 ? static_cast<double>(b.second - a.second) * 1000.0 / static_cast<double>(ms) : 0;
}

} // namespace warren
