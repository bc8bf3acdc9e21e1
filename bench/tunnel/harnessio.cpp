#include "harnessio.h"

#include "benchcpu.h"
#include "tunnelbench.h"

#include <QCryptographicHash>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <thread>

namespace warren::bench {

using test::TestServer;

namespace {
std::atomic<qint64> g_harnessCpuNs{0};

bool waitFd(int fd, short events, const Stop& stop)
{
    for (;;) {
        if (stop.expired())
            return false;
        pollfd p{fd, events, 0};
        const int r = ::poll(&p, 1, 100);
        if (r > 0)
            return true;
        if (r < 0 && errno != EINTR)
            return false;
    }
}
} // namespace

HarnessCpuScope::HarnessCpuScope()
    : m_start(cpuClockSeconds(CLOCK_THREAD_CPUTIME_ID))
{
}

HarnessCpuScope::~HarnessCpuScope()
{
    const double used = cpuClockSeconds(CLOCK_THREAD_CPUTIME_ID) - m_start;
    g_harnessCpuNs.fetch_add(std::llround(used * 1e9));
}

double harnessCpuSeconds()
{
    return static_cast<double>(g_harnessCpuNs.load()) / 1e9;
}

QByteArray makePayload(qint64 size)
{
    QByteArray b(size, Qt::Uninitialized);
    char* p = b.data();
    quint64 x = 0x9E3779B97F4A7C15ULL;
    for (qint64 i = 0; i < size; i += 8) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        std::memcpy(p + i, &x, static_cast<size_t>(std::min<qint64>(8, size - i)));
    }
    return b;
}

QByteArray sha256Of(const char* data, qint64 size)
{
    return QCryptographicHash::hash(QByteArrayView(data, size), QCryptographicHash::Sha256);
}

Stop stopAfter(int ms, const std::atomic<bool>* abort)
{
    return {Clock::now() + std::chrono::milliseconds(ms), abort};
}

int connectTcp(quint16 port)
{
    const int fd = test::connectLoopback(port);
    if (fd >= 0) {
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    }
    return fd;
}

bool sendAll(int fd, const char* data, qint64 size, const Stop& stop, std::atomic<qint64>* progress)
{
    constexpr qint64 chunk = 1 << 20;
    while (size > 0) {
        const ssize_t n = ::send(fd, data, static_cast<size_t>(std::min(size, chunk)), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            data += n;
            size -= n;
            if (progress)
                progress->fetch_add(n, std::memory_order_relaxed);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!waitFd(fd, POLLOUT, stop))
                return false;
            continue;
        }
        return false;
    }
    return true;
}

Received receiveAll(int fd, bool hash, const Stop& stop, std::atomic<qint64>* progress)
{
    Received r;
    QCryptographicHash h(QCryptographicHash::Sha256);
    std::vector<char> buf(256 * 1024);
    for (;;) {
        const ssize_t n = ::recv(fd, buf.data(), buf.size(), MSG_DONTWAIT);
        if (n > 0) {
            const Clock::time_point now = Clock::now();
            if (r.bytes == 0)
                r.first = now;
            r.last = now;
            r.bytes += n;
            if (hash)
                h.addData(QByteArrayView(buf.data(), n));
            if (progress)
                progress->fetch_add(n, std::memory_order_relaxed);
            continue;
        }
        if (n == 0) {
            r.eof = true;
            break;
        }
        if (errno == EINTR)
            continue;
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && waitFd(fd, POLLIN, stop))
            continue;
        break;
    }
    if (hash)
        r.sha = h.result();
    return r;
}

bool receiveExactly(int fd, char* data, qint64 size, const Stop& stop)
{
    while (size > 0) {
        const ssize_t n = ::recv(fd, data, static_cast<size_t>(size), MSG_DONTWAIT);
        if (n > 0) {
            data += n;
            size -= n;
            continue;
        }
        if (n == 0)
            return false;
        if (errno == EINTR)
            continue;
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && waitFd(fd, POLLIN, stop))
            continue;
        return false;
    }
    return true;
}

TestServer sourceServer(const QByteArray& payload, qint64 size, std::shared_ptr<std::atomic<bool>> abort)
{
    return TestServer([&payload, size, abort](int fd) {
        HarnessCpuScope cpu;
        sendAll(fd, payload.constData(), size, stopAfter(transferTimeoutMs * 2, abort.get()), nullptr);
    });
}

TestServer sinkServer(std::shared_ptr<Sink> sink, std::shared_ptr<std::atomic<bool>> abort)
{
    return TestServer([sink, abort](int fd) {
        HarnessCpuScope cpu;
        sink->result = receiveAll(fd, true, stopAfter(transferTimeoutMs * 2, abort.get()), &sink->received);
        sink->done.store(true, std::memory_order_release);
    });
}

std::vector<double> echoRoundTrips(int fd, int count, int periodMs)
{
    std::vector<double> samples;
    samples.reserve(static_cast<size_t>(count));
    std::array<char, echoSize> out{};
    std::array<char, echoSize> in{};
    Clock::time_point slot = Clock::now();
    for (int i = 0; i < count; ++i) {
        if (periodMs > 0) {
            slot += std::chrono::milliseconds(periodMs);
            std::this_thread::sleep_until(slot);
        }
        std::memset(out.data(), 'a' + i % 26, out.size());
        std::memcpy(out.data(), &i, sizeof i);
        const Stop stop = stopAfter(tripTimeoutMs, nullptr);
        const Clock::time_point t0 = Clock::now();
        if (!sendAll(fd, out.data(), echoSize, stop, nullptr) || !receiveExactly(fd, in.data(), echoSize, stop))
            break;
        const Clock::time_point t1 = Clock::now();
        if (in != out)
            break;
        samples.push_back(msBetween(t0, t1));
    }
    return samples;
}

} // namespace warren::bench
