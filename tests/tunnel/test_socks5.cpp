// warren-tunnel -D: a real SOCKS5 client exchange, written here byte by
// byte, against the binary; the tunnel server is an engine in this test.
// CONNECT by IPv4, IPv6 and domain name (resolved by the server, so only a
// rule for the name lets it through), data with SHA-256, a denied target
// getting a failure reply, and the protocol parser on its own.
#include "tcptestutil.h"
#include "test_cli_process.h"
#include "tunnel/socks5protocol.h"
#include "tunnel/tunnelcontrol.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <future>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace warren;
using namespace warren::test;
using namespace warren::tunnel;

namespace {
/// An echo server on [::1], for the IPv6 CONNECT (TestServer is IPv4 only).
class Ipv6Echo {
public:
    Ipv6Echo()
    {
        m_fd = ::socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in6 a{};
        a.sin6_family = AF_INET6;
        a.sin6_addr = in6addr_loopback;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof(a)) != 0 || ::listen(m_fd, 4) != 0)
            return;
        socklen_t len = sizeof(a);
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin6_port);
        m_thread = std::thread([fd = m_fd] {
            const int c = ::accept(fd, nullptr, nullptr);
            if (c < 0)
                return;
            char buf[4096];
            for (ssize_t n; (n = ::read(c, buf, sizeof(buf))) > 0;)
                writeAll(c, buf, n);
            ::close(c);
        });
    }
    ~Ipv6Echo()
    {
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        if (m_thread.joinable())
            m_thread.join();
    }
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    std::thread m_thread;
};

/// The CONNECT request for @p host (IPv4, IPv6 or a name) and @p port.
QByteArray connectRequest(const QString& host, quint16 port, quint8 command = 0x01)
{
    QByteArray r("\x05", 1);
    r.append(static_cast<char>(command));
    r.append('\0');
    Q_IPV6ADDR v6;
    if (in_addr v4{}; ::inet_pton(AF_INET, qPrintable(host), &v4) == 1) {
        r.append('\x01');
        r.append(reinterpret_cast<const char*>(&v4), 4);
    } else if (::inet_pton(AF_INET6, qPrintable(host), &v6) == 1) {
        r.append('\x04');
        r.append(reinterpret_cast<const char*>(&v6), 16);
    } else {
        r.append('\x03');
        r.append(static_cast<char>(host.size()));
        r.append(host.toLatin1());
    }
    r.append(static_cast<char>(port >> 8));
    r.append(static_cast<char>(port & 0xFF));
    return r;
}

struct SocksAnswer {
    QByteArray method; ///< the server's method selection (2 bytes)
    QByteArray reply; ///< the CONNECT reply (10 bytes), empty if none came
    int fd = -1; ///< still open after a success reply
    qint64 replyMs = -1;
};

/// Greets with @p methods, sends @p request (plus @p early data right behind
/// it, before any reply), and reads the answers. Blocking; for a thread.
SocksAnswer socksExchange(quint16 proxy, const QByteArray& request, const QByteArray& methods = QByteArray(1, '\0'),
    const QByteArray& early = {})
{
    SocksAnswer a;
    a.fd = connectLoopback(proxy);
    if (a.fd < 0)
        return a;
    QByteArray greeting("\x05", 1);
    greeting.append(static_cast<char>(methods.size()));
    greeting.append(methods);
    writeAll(a.fd, greeting.constData(), greeting.size());
    a.method = readAll(a.fd, 2, 30000);
    if (a.method != QByteArray("\x05\x00", 2))
        return a;
    QElapsedTimer t;
    t.start();
    const QByteArray all = request + early;
    writeAll(a.fd, all.constData(), all.size());
    a.reply = readAll(a.fd, 10, 60000);
    a.replyMs = t.elapsed();
    return a;
}

template <typename T>
T await(std::future<T>& f, int timeoutMs)
{
    waitUntil([&] { return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, timeoutMs);
    return f.get();
}

/// Echo of @p size pattern bytes through the open @p fd, half-closed; true when the SHA-256 matches.
bool echoThrough(int fd, quint64 seed, qint64 size)
{
    const QByteArray data = patternBytes(seed, 0, size);
    std::thread writer([fd, &data] {
        writeAll(fd, data.constData(), data.size());
        ::shutdown(fd, SHUT_WR);
    });
    QByteArray sha;
    const qint64 n = readAllHashed(fd, &sha, 60000);
    writer.join();
    ::close(fd);
    return n == size && sha == patternSha256(seed, size);
}
} // namespace

class TestSocks5 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parser();
    void initTestCase();
    void cleanupTestCase();
    void connectIPv4();
    void connectDomainIsResolvedByTheServer();
    void connectIPv6();
    void pipelinedDataIsNotLost();
    void deniedTargetGetsFailureReply();
    void refusedTargetGetsFailureReply();
    void unsupportedRequests();

private:
    std::unique_ptr<TestNode> m_server;
    std::unique_ptr<TunnelControl> m_tunnels;
    std::unique_ptr<TestServer> m_echo, m_namedEcho;
    std::unique_ptr<Ipv6Echo> m_v6Echo;
    std::unique_ptr<TunnelProcess> m_client;
    quint16 m_proxy = 0;
};

void TestSocks5::parser()
{
    using namespace socks5;
    QCOMPARE(greetingSize(QByteArray("\x05", 1)), 2);
    QCOMPARE(greetingSize(QByteArray("\x05\x03", 2)), 5);
    QVERIFY(offersNoAuthentication(QByteArray("\x05\x02\x02\x00", 4)));
    QVERIFY(!offersNoAuthentication(QByteArray("\x05\x01\x02", 3)));
    QVERIFY(!offersNoAuthentication(QByteArray("\x04\x01\x00", 3)));
    QCOMPARE(requestSize(QByteArray("\x05\x01\x00", 3)), 5);
    QCOMPARE(requestSize(QByteArray("\x05\x01\x00\x01\x7f", 5)), 10);
    QCOMPARE(requestSize(QByteArray("\x05\x01\x00\x04\x00", 5)), 22);
    QCOMPARE(requestSize(QByteArray("\x05\x01\x00\x03\x09", 5)), 16);
    QCOMPARE(requestSize(QByteArray("\x05\x01\x00\x07\x00", 5)), -1);

    auto r = parseRequest(connectRequest(QStringLiteral("127.0.0.9"), 22));
    QVERIFY(r.ok());
    QCOMPARE(r->host, QStringLiteral("127.0.0.9"));
    QCOMPARE(r->port, quint16(22));
    r = parseRequest(connectRequest(QStringLiteral("::1"), 443));
    QVERIFY(r.ok());
    QCOMPARE(r->host, QStringLiteral("::1"));
    r = parseRequest(connectRequest(QStringLiteral("example.org"), 80));
    QVERIFY(r.ok());
    QCOMPARE(r->host, QStringLiteral("example.org"));
    QCOMPARE(r->port, quint16(80));
    r = parseRequest(connectRequest(QStringLiteral("example.org"), 80, 0x02));
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), Reply::CommandNotSupported);
    r = parseRequest(connectRequest(QStringLiteral("example.org"), 0));
    QVERIFY(!r.ok());
    QCOMPARE(reply(Reply::NotAllowed), QByteArray("\x05\x02\x00\x01\0\0\0\0\0\0", 10));
    QCOMPARE(replyFor(DenyReason::RuleDenied), Reply::NotAllowed);
    QCOMPARE(replyFor(DenyReason::TimedOut), Reply::TtlExpired);
}

void TestSocks5::initTestCase()
{
    m_echo.reset(new TestServer(TestServer::echo())); // a prvalue: no copy
    m_namedEcho.reset(new TestServer(TestServer::echo()));
    m_v6Echo = std::make_unique<Ipv6Echo>();
    QVERIFY2(m_v6Echo->port(), "no IPv6 loopback");

    // The server allows the IPv4 echo by address, the other echo only by the
    // name "localhost" (so a client that resolved it itself would be refused),
    // and anything on ::1.
    m_server = std::make_unique<TestNode>(QStringLiteral("server"));
    QVERIFY(m_server->start(loopbackConfig()));
    TunnelPolicy policy;
    policy.setAcceptAnyRequest(true);
    policy.setDefaultRules(*TunnelRules::parse(
        QStringLiteral("127.0.0.1:%1 localhost:%2 [::1]:*").arg(m_echo->port()).arg(m_namedEcho->port())));
    m_tunnels = std::make_unique<TunnelControl>(m_server->engine(), policy);

    m_proxy = unusedPort();
    m_client = std::make_unique<TunnelProcess>();
    const QString nodes = writeNodesFile(m_client->dir(), {m_server->asBootstrapNode()});
    QVERIFY(m_client->start(
        {QStringLiteral("-i"), m_server->self().address.toHex(), QStringLiteral("-D"), QString::number(m_proxy),
            QStringLiteral("-b"), nodes, QStringLiteral("--request-timeout"), QStringLiteral("10")}));
    QVERIFY2(m_client->waitForError(QStringLiteral("SOCKS5 server on 127.0.0.1:%1").arg(m_proxy), 30000),
        qPrintable(m_client->errors()));
    QVERIFY2(m_client->waitForError(QStringLiteral("the server is online"), 120000), qPrintable(m_client->errors()));
}

void TestSocks5::cleanupTestCase()
{
    m_client.reset();
    m_tunnels.reset();
    m_server.reset();
}

void TestSocks5::connectIPv4()
{
    auto f = std::async(std::launch::async, [this] {
        SocksAnswer a = socksExchange(m_proxy, connectRequest(QStringLiteral("127.0.0.1"), m_echo->port()));
        const bool ok = a.reply.size() == 10 && a.reply[1] == '\0' && echoThrough(a.fd, 21, 1000 * 1000);
        return std::make_pair(a.reply, ok);
    });
    const auto [reply, ok] = await(f, 120000);
    QCOMPARE(reply.left(2), QByteArray("\x05\x00", 2));
    QVERIFY(ok);
}

void TestSocks5::connectDomainIsResolvedByTheServer()
{
    auto f = std::async(std::launch::async, [this] {
        SocksAnswer a = socksExchange(m_proxy, connectRequest(QStringLiteral("localhost"), m_namedEcho->port()));
        const bool ok = a.reply.size() == 10 && a.reply[1] == '\0' && echoThrough(a.fd, 22, 300 * 1000);
        return std::make_pair(a.reply, ok);
    });
    const auto [reply, ok] = await(f, 120000);
    QCOMPARE(reply.left(2), QByteArray("\x05\x00", 2));
    QVERIFY(ok);
    QCOMPARE(m_namedEcho->connectionsServed(), 1);
}

void TestSocks5::connectIPv6()
{
    auto f = std::async(std::launch::async, [this] {
        SocksAnswer a = socksExchange(m_proxy, connectRequest(QStringLiteral("::1"), m_v6Echo->port()));
        const bool ok = a.reply.size() == 10 && a.reply[1] == '\0' && echoThrough(a.fd, 23, 100 * 1000);
        return std::make_pair(a.reply, ok);
    });
    const auto [reply, ok] = await(f, 120000);
    QCOMPARE(reply.left(2), QByteArray("\x05\x00", 2));
    QVERIFY(ok);
}

void TestSocks5::pipelinedDataIsNotLost()
{
    // Some clients send data right behind the request, before the reply:
    // the listener must not read past the request.
    auto f = std::async(std::launch::async, [this] {
        SocksAnswer a = socksExchange(
            m_proxy, connectRequest(QStringLiteral("127.0.0.1"), m_echo->port()), QByteArray(1, '\0'), "early bytes");
        const QByteArray back = a.fd >= 0 ? readAll(a.fd, 11, 30000) : QByteArray();
        ::close(a.fd);
        return std::make_pair(a.reply, back);
    });
    const auto [reply, back] = await(f, 120000);
    QCOMPARE(reply.size(), 10); // the reply alone: the echo comes after it
    QCOMPARE(reply.left(2), QByteArray("\x05\x00", 2));
    QCOMPARE(back, QByteArray("early bytes"));
}

void TestSocks5::deniedTargetGetsFailureReply()
{
    // 127.0.0.1 on another port is not allowed: "connection not allowed by
    // ruleset", at once (the server says why), and the connection ends.
    TestServer other = TestServer::echo();
    auto f = std::async(std::launch::async, [this, &other] {
        SocksAnswer a = socksExchange(m_proxy, connectRequest(QStringLiteral("127.0.0.1"), other.port()));
        const bool closed = a.fd >= 0 && waitClosed(a.fd, 10000);
        ::close(a.fd);
        return std::make_tuple(a.reply, a.replyMs, closed);
    });
    const auto [reply, ms, closed] = await(f, 60000);
    QCOMPARE(reply.size(), 10);
    QCOMPARE(int(reply[1]), int(socks5::Reply::NotAllowed));
    QVERIFY2(ms < 8000, qPrintable(QString::number(ms)));
    QVERIFY(closed);
    QCOMPARE(other.connectionsServed(), 0);
    // The same by name: "localhost" is allowed only on the named echo's port.
    auto g = std::async(std::launch::async,
        [this] { return socksExchange(m_proxy, connectRequest(QStringLiteral("localhost"), m_echo->port())).reply; });
    QCOMPARE(int(await(g, 60000).at(1)), int(socks5::Reply::NotAllowed));
}

void TestSocks5::refusedTargetGetsFailureReply()
{
    // Allowed, but nothing listens there: "connection refused", as the server saw it.
    const quint16 port = unusedPort();
    auto f = std::async(std::launch::async, [this, port] {
        SocksAnswer a = socksExchange(m_proxy, connectRequest(QStringLiteral("::1"), port));
        ::close(a.fd);
        return a.reply;
    });
    const QByteArray reply = await(f, 60000);
    QCOMPARE(reply.size(), 10);
    QCOMPARE(int(reply[1]), int(socks5::Reply::ConnectionRefused));
}

void TestSocks5::unsupportedRequests()
{
    auto f = std::async(std::launch::async, [this] {
        // BIND is not supported; neither is a client without "no authentication".
        SocksAnswer bind = socksExchange(m_proxy, connectRequest(QStringLiteral("127.0.0.1"), 22, 0x02));
        ::close(bind.fd);
        SocksAnswer auth = socksExchange(m_proxy, {}, QByteArray(1, '\x02'));
        ::close(auth.fd);
        return std::make_pair(bind.reply, auth.method);
    });
    const auto [bindReply, authMethod] = await(f, 60000);
    QCOMPARE(bindReply.left(2), QByteArray("\x05\x07", 2));
    QCOMPARE(authMethod, QByteArray("\x05\xFF", 2));
}

QTEST_GUILESS_MAIN(TestSocks5)
#include "test_socks5.moc"
