#include "tunnel/pinger.h"

#include <QtEndian>

namespace warren::tunnel {

namespace {
constexpr QByteArrayView marker("warren-ping:");
constexpr qint64 forgetAfterMs = 120000;
} // namespace

Frame Pinger::ping(const PublicKey& friendKey, Done done)
{
    // Unanswered pings are forgotten after a while.
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = it->sent.hasExpired(forgetAfterMs) ? m_pending.erase(it) : std::next(it);
    const quint64 seq = m_next++;
    Pending& p = m_pending[seq];
    p.friendKey = friendKey;
    p.done = std::move(done);
    p.sent.start();
    QByteArray data = marker.toByteArray();
    data.resize(marker.size() + 8);
    qToBigEndian(seq, data.data() + marker.size());
    return {FrameType::Ping, 0, data};
}

bool Pinger::pong(const PublicKey& friendKey, QByteArrayView data)
{
    if (data.size() != marker.size() + 8 || !data.startsWith(marker))
        return false;
    const auto seq = qFromBigEndian<quint64>(data.data() + marker.size());
    const auto it = m_pending.find(seq);
    if (it == m_pending.end() || it->friendKey != friendKey)
        return false;
    const double ms = static_cast<double>(it->sent.nsecsElapsed()) / 1e6;
    const Done done = std::move(it->done);
    m_pending.erase(it);
    if (done)
        done(ms);
    return true;
}

} // namespace warren::tunnel
