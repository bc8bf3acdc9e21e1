#include "tcptestutil.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace warren::test {

namespace {
quint8 patternByte(quint64 seed, qint64 i)
{
    quint64 x = (seed + 1) * 0x9E3779B97F4A7C15ULL + static_cast<quint64>(i / 8) * 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 31;
    x *= 0x94D049BB133111EBULL;
    x ^= x >> 29;
    return static_cast<quint8>(x >> ((i % 8) * 8));
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

bool waitReadable(int fd, int timeoutMs)
{
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, timeoutMs) > 0;
}
} // namespace

QByteArray patternBytes(quint64 seed, qint64 offset, qint64 size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        b[i] = static_cast<char>(patternByte(seed, offset + i));
    return b;
}

QByteArray patternSha256(quint64 seed, qint64 size)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    constexpr qint64 chunk = 1 << 20;
    for (qint64 off = 0; off < size; off += chunk)
        h.addData(patternBytes(seed, off, std::min(chunk, size - off)));
    return h.result();
}

TestServer::TestServer(Handler handler)
    : m_handler(std::move(handler))
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    sockaddr_in a = loopback(0);
    ::bind(m_listen, reinterpret_cast<sockaddr*>(&a), sizeof(a));
    ::listen(m_listen, 128);
    socklen_t len = sizeof(a);
    ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len);
    m_port = ntohs(a.sin_port);
    m_acceptor = std::thread([this] {
        while (!m_stop) {
            if (!waitReadable(m_listen, 100))
                continue;
            const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            m_workers.emplace_back([this, fd] {
                m_handler(fd);
                ::close(fd);
                ++m_served;
            });
        }
    });
}

TestServer::~TestServer()
{
    m_stop = true;
    m_acceptor.join();
    for (std::thread& t : m_workers)
        t.join();
    ::close(m_listen);
}

TestServer TestServer::echo()
{
    return TestServer([](int fd) {
        char buf[65536];
        for (;;) {
            if (!waitReadable(fd, 120000))
                return;
            const ssize_t n = ::recv(fd, buf, sizeof(buf), 0);
            if (n <= 0)
                break;
            if (!writeAll(fd, buf, n))
                return;
        }
        ::shutdown(fd, SHUT_WR); // half-close: everything echoed, then our FIN
        waitClosed(fd, 10000);
    });
}

TestServer TestServer::source(quint64 seed, qint64 size)
{
    return TestServer([seed, size](int fd) {
        constexpr qint64 chunk = 256 * 1024;
        for (qint64 off = 0; off < size; off += chunk) {
            const QByteArray b = patternBytes(seed, off, std::min(chunk, size - off));
            if (!writeAll(fd, b.constData(), b.size()))
                return;
        }
    });
}

quint16 unusedPort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a = loopback(0);
    ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof(a));
    socklen_t len = sizeof(a);
    ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(s); // bound, never listened: connections are refused
    return ntohs(a.sin_port);
}

int connectLoopback(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in a = loopback(port);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&a), sizeof(a)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool writeAll(int fd, const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, static_cast<size_t>(size), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

QByteArray readAll(int fd, qint64 limit, int timeoutMs)
{
    QByteArray out;
    char buf[65536];
    QElapsedTimer t;
    t.start();
    while (limit < 0 || out.size() < limit) {
        const int left = timeoutMs - static_cast<int>(t.elapsed());
        if (left <= 0 || !waitReadable(fd, left))
            break;
        // Never past @p limit: what follows belongs to the caller's next read.
        const size_t room = limit < 0 ? sizeof(buf) : std::min(sizeof(buf), static_cast<size_t>(limit - out.size()));
        const ssize_t n = ::recv(fd, buf, room, 0);
        if (n <= 0)
            break;
        out.append(buf, n);
    }
    return out;
}

qint64 readAllHashed(int fd, QByteArray* sha256, int timeoutMs, int bytesPerSecond)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    qint64 total = 0;
    char buf[65536];
    QElapsedTimer t;
    t.start();
    for (;;) {
        if (!waitReadable(fd, timeoutMs))
            break;
        const size_t want = bytesPerSecond > 0 ? std::min<size_t>(sizeof(buf), bytesPerSecond / 16 + 1) : sizeof(buf);
        const ssize_t n = ::recv(fd, buf, want, 0);
        if (n <= 0)
            break;
        h.addData(QByteArrayView(buf, n));
        total += n;
        if (bytesPerSecond > 0) {
            const qint64 due = total * 1000 / bytesPerSecond;
            if (due > t.elapsed())
                ::usleep(static_cast<useconds_t>((due - t.elapsed()) * 1000));
        }
    }
    *sha256 = h.result();
    return total;
}

bool waitClosed(int fd, int timeoutMs)
{
    char c;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (!waitReadable(fd, timeoutMs - static_cast<int>(t.elapsed())))
            return false;
        const ssize_t n = ::recv(fd, &c, 1, 0);
        if (n <= 0)
            return true;
    }
    return false;
}

} // namespace warren::test
