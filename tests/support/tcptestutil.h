// Plain blocking POSIX sockets for tunnel tests, run on their own threads so
// they are independent of the code under test: an echo server (which honours
// half-close: echoes everything, then shuts down its side after EOF), a
// source server that sends a deterministic byte stream, and client helpers.
#pragma once

#include <QByteArray>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace warren::test {

/// Deterministic pseudo-random bytes: byte i of stream @p seed.
QByteArray patternBytes(quint64 seed, qint64 offset, qint64 size);
/// SHA-256 of the first @p size bytes of stream @p seed.
QByteArray patternSha256(quint64 seed, qint64 size);

/// A listening socket on 127.0.0.1 that serves each connection on a thread.
class TestServer {
public:
    using Handler = std::function<void(int fd)>;
    explicit TestServer(Handler handler);
    ~TestServer();
    quint16 port() const { return m_port; }
    int connectionsServed() const { return m_served.load(); }

    static TestServer echo();
    /// Sends @p size bytes of pattern @p seed, then closes.
    static TestServer source(quint64 seed, qint64 size);

private:
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_served{0};
    std::thread m_acceptor;
    std::vector<std::thread> m_workers;
    Handler m_handler;
};

/// A port on 127.0.0.1 where nothing listens.
quint16 unusedPort();

/// Blocking connect to 127.0.0.1:@p port; -1 on failure.
int connectLoopback(quint16 port);
bool writeAll(int fd, const char* data, qint64 size);
/// Reads until EOF (or @p limit bytes); returns what arrived.
QByteArray readAll(int fd, qint64 limit = -1, int timeoutMs = 120000);
/// Reads until EOF, hashing; returns the byte count and the SHA-256.
qint64 readAllHashed(int fd, QByteArray* sha256, int timeoutMs = 120000, int bytesPerSecond = 0);
/// True when the peer closed within @p timeoutMs (read returns 0 or an error).
bool waitClosed(int fd, int timeoutMs);

} // namespace warren::test
