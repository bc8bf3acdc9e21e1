// Tunnels under stress: a reader that pauses for 10 s in the middle of a
// download (tuntox never finishes this), and a forward whose friend goes
// offline and comes back (the forward stays bound; connections made while
// the friend is away wait for it).
#include "memorysavesink.h"
#include "tcptestutil.h"
#include "toxtestnet.h"
#include "tunnel/tunnelcontrol.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <future>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace warren;
using namespace warren::test;
using namespace warren::tunnel;

namespace {
template <typename T>
bool ready(std::future<T>& f)
{
    return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

TunnelPolicy serverPolicy()
{
    TunnelPolicy p;
    p.setDefaultRules(*TunnelRules::parse(QStringLiteral("127.0.0.1:*")));
    return p;
}
} // namespace

class TestTunnelResilience : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pausedReaderFinishes();
    void forwardSurvivesFriendOffline();

private:
    quint16 forward(quint16 port);

    std::shared_ptr<MemorySaveSink> m_serverSave = std::make_shared<MemorySaveSink>();
    std::unique_ptr<TestNode> m_client, m_server;
    /// A third node: a restarted friend announces its new DHT key through
    /// onion paths, which a two-node network cannot build.
    std::unique_ptr<TestNode> m_dht;
    std::unique_ptr<TunnelControl> m_clientTunnels, m_serverTunnels;
    int m_forwards = 0;
};

void TestTunnelResilience::initTestCase()
{
    m_client = std::make_unique<TestNode>(QStringLiteral("client"));
    m_server = std::make_unique<TestNode>(QStringLiteral("server"));
    QVERIFY(m_client->start(loopbackConfig()));
    QVERIFY(m_server->start(loopbackConfig({}, m_serverSave)));
    m_dht = std::make_unique<TestNode>(QStringLiteral("dht"));
    QVERIFY(m_dht->start(loopbackConfig()));
    bootstrapAll({m_client.get(), m_server.get(), m_dht.get()});
    m_serverTunnels = std::make_unique<TunnelControl>(m_server->engine(), serverPolicy());
    m_clientTunnels = std::make_unique<TunnelControl>(m_client->engine(), TunnelPolicy{});
    QVERIFY(befriend(*m_client, *m_server));
}

void TestTunnelResilience::cleanupTestCase()
{
    // Engines first: TunnelControl must outlive the engine's run.
    m_client.reset();
    m_server.reset();
    m_dht.reset();
    m_clientTunnels.reset();
    m_serverTunnels.reset();
}

quint16 TestTunnelResilience::forward(quint16 port)
{
    ForwardSpec spec;
    spec.id = QStringLiteral("r%1").arg(++m_forwards);
    spec.friendKey = m_server->key();
    spec.listenPort = unusedPort();
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = port;
    QSignalSpy added(m_clientTunnels.get(), &TunnelControl::forwardAdded);
    m_clientTunnels->addForward(spec);
    return added.wait(5000) && added[0][1].toBool() ? spec.listenPort : 0;
}

void TestTunnelResilience::pausedReaderFinishes()
{
    const qint64 size = 20 * 1000 * 1000;
    TestServer source = TestServer::source(21, size);
    const quint16 local = forward(source.port());
    QVERIFY(local);
    auto result = std::async(std::launch::async, [local, size] {
        const int fd = connectLoopback(local);
        QCryptographicHash h(QCryptographicHash::Sha256);
        qint64 total = 0;
        bool paused = false;
        char buf[65536];
        for (;;) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 60000) <= 0)
                break;
            const ssize_t n = ::recv(fd, buf, sizeof(buf), 0);
            if (n <= 0)
                break;
            h.addData(QByteArrayView(buf, n));
            total += n;
            if (!paused && total > size / 4) {
                paused = true;
                ::sleep(10); // the application stops reading for 10 s
            }
        }
        ::close(fd);
        return std::make_pair(total, h.result());
    });
    QVERIFY(waitUntil([&] { return ready(result); }, 300000));
    const auto [n, sha] = result.get();
    QCOMPARE(n, size);
    QCOMPARE(sha, patternSha256(21, size));
}

void TestTunnelResilience::forwardSurvivesFriendOffline()
{
    TestServer echo = TestServer::echo();
    const quint16 local = forward(echo.port());
    QVERIFY(local);

    // The server goes away: the forward keeps listening.
    const QByteArray saved = m_serverSave->data();
    QVERIFY(!saved.isEmpty());
    const PublicKey serverKey = m_server->key();
    m_server->stop();
    m_serverTunnels.reset();
    // toxcore notices a vanished friend after its connection timeout.
    QVERIFY(waitUntil([&] { return m_client->connectionTo(serverKey) == Connection::None; }, 90000));

    // A connection made now waits for the friend.
    auto waiting = std::async(std::launch::async, [local] {
        const int fd = connectLoopback(local);
        if (fd < 0)
            return QByteArray("connect failed");
        writeAll(fd, "made while offline", 18);
        const QByteArray back = readAll(fd, 18, 120000);
        ::close(fd);
        return back;
    });
    QTest::qWait(2000);
    QVERIFY(!ready(waiting));

    // The server returns with the same identity.
    QVERIFY(m_server->start(loopbackConfig(saved, m_serverSave)));
    m_serverTunnels = std::make_unique<TunnelControl>(m_server->engine(), serverPolicy());
    bootstrapAll({m_client.get(), m_server.get(), m_dht.get()});
    QVERIFY(waitConnected(*m_client, *m_server, 180000)); // generous: CI machines may be loaded
    QVERIFY(waitUntil([&] { return ready(waiting); }, 60000));
    QCOMPARE(waiting.get(), QByteArray("made while offline"));

    // And new connections work as before.
    auto fresh = std::async(std::launch::async, [local] {
        const int fd = connectLoopback(local);
        writeAll(fd, "after", 5);
        const QByteArray back = readAll(fd, 5, 30000);
        ::close(fd);
        return back;
    });
    QVERIFY(waitUntil([&] { return ready(fresh); }, 60000));
    QCOMPARE(fresh.get(), QByteArray("after"));
}

QTEST_GUILESS_MAIN(TestTunnelResilience)
#include "test_tunnel_resilience.moc"
