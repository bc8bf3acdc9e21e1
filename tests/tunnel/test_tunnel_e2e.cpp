// Tunnels end to end: two real engines on loopback, Warren on both sides,
// real TCP sockets, SHA-256 on every transfer (100 MB each way, 64 streams at
// once, a reader at 64 KiB/s next to a fast one, refused and denied targets).
#include "tcptestutil.h"
#include "toxtestnet.h"
#include "tunnel/tunnelcontrol.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <future>
#include <sys/socket.h>
#include <unistd.h>

using namespace warren;
using namespace warren::test;
using namespace warren::tunnel;

class TestTunnelE2E : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void echoSmall();
    void halfCloseEcho();
    void backToBackEchoesTakeTheExpressPath();
    void download();
    void uploadAndEchoBack();
    void hundredMegabytesEachWay();
    void concurrentStreams();
    void slowReaderSlowsOnlyItself();
    void targetRefusedClosesPromptly();
    void ruleDeniedClosesPromptly();

private:
    /// Adds a forward on the client to @p host:@p port at the server; returns the local port.
    quint16 forward(const QString& host, quint16 port);

    std::unique_ptr<TestNode> m_client, m_server;
    std::unique_ptr<TunnelControl> m_clientTunnels, m_serverTunnels;
    int m_forwards = 0;
};

void TestTunnelE2E::initTestCase()
{
    m_client = std::make_unique<TestNode>(QStringLiteral("client"));
    m_server = std::make_unique<TestNode>(QStringLiteral("server"));
    QVERIFY(m_client->start(loopbackConfig()));
    QVERIFY(m_server->start(loopbackConfig()));
    TunnelPolicy serverPolicy;
    serverPolicy.setDefaultRules(*TunnelRules::parse(QStringLiteral("127.0.0.1:*")));
    m_serverTunnels = std::make_unique<TunnelControl>(m_server->engine(), serverPolicy);
    m_clientTunnels = std::make_unique<TunnelControl>(m_client->engine(), TunnelPolicy{});
    QVERIFY(befriend(*m_client, *m_server));
}

void TestTunnelE2E::cleanupTestCase()
{
    // Engines first: TunnelControl must outlive the engine's run.
    m_client.reset();
    m_server.reset();
    m_clientTunnels.reset();
    m_serverTunnels.reset();
}

quint16 TestTunnelE2E::forward(const QString& host, quint16 port)
{
    ForwardSpec spec;
    spec.id = QStringLiteral("f%1").arg(++m_forwards);
    spec.friendKey = m_server->key();
    spec.listenPort = unusedPort();
    spec.host = host;
    spec.port = port;
    QSignalSpy added(m_clientTunnels.get(), &TunnelControl::forwardAdded);
    m_clientTunnels->addForward(spec);
    if (!added.wait(5000) || !added[0][1].toBool()) {
        qWarning() << "forward failed:" << (added.isEmpty() ? QString() : added[0][2].toString());
        return 0;
    }
    return spec.listenPort;
}

void TestTunnelE2E::echoSmall()
{
    TestServer echo = TestServer::echo();
    const quint16 local = forward(QStringLiteral("127.0.0.1"), echo.port());
    QVERIFY(local);
    auto result = std::async(std::launch::async, [local] {
        const int fd = connectLoopback(local);
        if (fd < 0)
            return QByteArray("connect failed");
        writeAll(fd, "hello tunnel", 12);
        const QByteArray back = readAll(fd, 12, 30000);
        ::close(fd);
        return back;
    });
    QVERIFY(waitUntil([&] { return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 60000));
    QCOMPARE(result.get(), QByteArray("hello tunnel"));
}

void TestTunnelE2E::halfCloseEcho()
{
    // The client sends everything, shuts down its write side, and still
    // receives the whole echo: the half-close reaches the far end and the
    // replies in flight are not lost (tuntox loses them).
    TestServer echo = TestServer::echo();
    const quint16 local = forward(QStringLiteral("127.0.0.1"), echo.port());
    QVERIFY(local);
    const qint64 size = 300 * 1024;
    auto result = std::async(std::launch::async, [local, size] {
        const int fd = connectLoopback(local);
        const QByteArray data = patternBytes(1, 0, size);
        writeAll(fd, data.constData(), data.size());
        ::shutdown(fd, SHUT_WR);
        QByteArray sha;
        const qint64 n = readAllHashed(fd, &sha, 60000);
        ::close(fd);
        return std::make_pair(n, sha);
    });
    QVERIFY(waitUntil([&] { return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 90000));
    const auto [n, sha] = result.get();
    QCOMPARE(n, size);
    QCOMPARE(sha, patternSha256(1, size));
}

void TestTunnelE2E::backToBackEchoesTakeTheExpressPath()
{
    // Small writes back to back: toxcore paces lossless packets, so some
    // must wait, and their EXPRESS copies (lossy) arrive first. Every echo
    // must come back exact and in order whichever way its bytes travelled.
    TestServer echo = TestServer::echo();
    const quint16 local = forward(QStringLiteral("127.0.0.1"), echo.port());
    QVERIFY(local);
    constexpr int trips = 2000;
    auto result = std::async(std::launch::async, [local] {
        const int fd = connectLoopback(local);
        if (fd < 0)
            return QStringLiteral("connect failed");
        for (int i = 0; i < trips; ++i) {
            const QByteArray out = patternBytes(5, qint64(i) * 64, 64);
            writeAll(fd, out.constData(), out.size());
            const QByteArray back = readAll(fd, 64, 30000);
            if (back != out) {
                ::close(fd);
                return QStringLiteral("trip %1: %2 bytes back, %3")
                    .arg(i)
                    .arg(back.size())
                    .arg(back == out.left(back.size()) ? QStringLiteral("short") : QStringLiteral("different"));
            }
        }
        ::close(fd);
        return QString();
    });
    QVERIFY(waitUntil([&] { return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 300000));
    QCOMPARE(result.get(), QString());
    // Statistics come once a second; the counters only grow.
    qint64 express = 0;
    const auto sum = [&express](const QList<ForwardInfo>&, const QList<PeerInfo>& peers) {
        for (const PeerInfo& p : peers)
            express += p.expressBytes;
    };
    const auto c1 = connect(m_clientTunnels.get(), &TunnelControl::statistics, this, sum);
    const auto c2 = connect(m_serverTunnels.get(), &TunnelControl::statistics, this, sum);
    QVERIFY(waitUntil([&] { return express > 0; }, 5000));
    disconnect(c1);
    disconnect(c2);
}

void TestTunnelE2E::download()
{
    const qint64 size = 20 * 1000 * 1000;
    TestServer source = TestServer::source(7, size);
    const quint16 local = forward(QStringLiteral("127.0.0.1"), source.port());
    QVERIFY(local);
    auto result = std::async(std::launch::async, [local] {
        const int fd = connectLoopback(local);
        QByteArray sha;
        const qint64 n = readAllHashed(fd, &sha, 60000);
        ::close(fd);
        return std::make_pair(n, sha);
    });
    QVERIFY(waitUntil([&] { return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 300000));
    const auto [n, sha] = result.get();
    QCOMPARE(n, size);
    QCOMPARE(sha, patternSha256(7, size));
}

void TestTunnelE2E::uploadAndEchoBack()
{
    const qint64 size = 10 * 1000 * 1000;
    TestServer echo = TestServer::echo();
    const quint16 local = forward(QStringLiteral("127.0.0.1"), echo.port());
    QVERIFY(local);
    auto result = std::async(std::launch::async, [local, size] {
        const int fd = connectLoopback(local);
        std::thread writer([fd, size] {
            constexpr qint64 chunk = 256 * 1024;
            for (qint64 off = 0; off < size; off += chunk) {
                const QByteArray b = patternBytes(3, off, std::min(chunk, size - off));
                writeAll(fd, b.constData(), b.size());
            }
            ::shutdown(fd, SHUT_WR);
        });
        QByteArray sha;
        const qint64 n = readAllHashed(fd, &sha, 60000);
        writer.join();
        ::close(fd);
        return std::make_pair(n, sha);
    });
    QVERIFY(waitUntil([&] { return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 300000));
    const auto [n, sha] = result.get();
    QCOMPARE(n, size);
    QCOMPARE(sha, patternSha256(3, size));
}

void TestTunnelE2E::hundredMegabytesEachWay()
{
    // Long enough for toxcore to leave its slow start; each direction on its
    // own connection, one after the other, each checked where it arrives.
    const qint64 size = 100 * 1000 * 1000;
    const auto ready = [](auto& f) { return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready; };

    TestServer source = TestServer::source(31, size);
    const quint16 down = forward(QStringLiteral("127.0.0.1"), source.port());
    QVERIFY(down);
    auto downloaded = std::async(std::launch::async, [down] {
        const int fd = connectLoopback(down);
        QByteArray sha;
        const qint64 n = readAllHashed(fd, &sha, 60000);
        ::close(fd);
        return std::make_pair(n, sha);
    });
    QVERIFY(waitUntil([&] { return ready(downloaded); }, 600000));
    const auto [downBytes, downSha] = downloaded.get();
    QCOMPARE(downBytes, size);
    QCOMPARE(downSha, patternSha256(31, size));

    auto sunk = std::make_shared<std::promise<std::pair<qint64, QByteArray>>>();
    auto sinkResult = sunk->get_future();
    TestServer sink([sunk](int fd) {
        QByteArray sha;
        const qint64 n = readAllHashed(fd, &sha, 60000);
        sunk->set_value(std::make_pair(n, sha));
    });
    const quint16 up = forward(QStringLiteral("127.0.0.1"), sink.port());
    QVERIFY(up);
    auto uploaded = std::async(std::launch::async, [up, size] {
        const int fd = connectLoopback(up);
        constexpr qint64 chunk = 1024 * 1024;
        bool ok = fd >= 0;
        for (qint64 off = 0; ok && off < size; off += chunk) {
            const QByteArray b = patternBytes(32, off, std::min(chunk, size - off));
            ok = writeAll(fd, b.constData(), b.size());
        }
        ::shutdown(fd, SHUT_WR);
        ok = waitClosed(fd, 120000) && ok; // the sink closes after reading everything
        ::close(fd);
        return ok;
    });
    QVERIFY(waitUntil([&] { return ready(uploaded) && ready(sinkResult); }, 600000));
    QVERIFY(uploaded.get());
    const auto [upBytes, upSha] = sinkResult.get();
    QCOMPARE(upBytes, size);
    QCOMPARE(upSha, patternSha256(32, size));
}

void TestTunnelE2E::concurrentStreams()
{
    TestServer echo = TestServer::echo();
    const quint16 local = forward(QStringLiteral("127.0.0.1"), echo.port());
    QVERIFY(local);
    constexpr int streams = 64;
    constexpr qint64 size = 64 * 1024;
    std::vector<std::future<bool>> results;
    for (int i = 0; i < streams; ++i) {
        results.push_back(std::async(std::launch::async, [local, i] {
            const int fd = connectLoopback(local);
            if (fd < 0)
                return false;
            const QByteArray data = patternBytes(100 + i, 0, size);
            std::thread writer([fd, &data] {
                writeAll(fd, data.constData(), data.size());
                ::shutdown(fd, SHUT_WR);
            });
            QByteArray sha;
            const qint64 n = readAllHashed(fd, &sha, 120000);
            writer.join();
            ::close(fd);
            return n == size && sha == patternSha256(100 + i, size);
        }));
    }
    QVERIFY(waitUntil(
        [&] {
            return std::all_of(results.begin(), results.end(),
                [](auto& f) { return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready; });
        },
        300000));
    int ok = 0;
    for (auto& f : results)
        ok += f.get() ? 1 : 0;
    QCOMPARE(ok, streams);
}

void TestTunnelE2E::slowReaderSlowsOnlyItself()
{
    // One stream read at 64 KiB/s, another at full speed through the same
    // friend: the fast one must not wait for the slow one.
    const qint64 slowSize = 4 * 1000 * 1000, fastSize = 4 * 1000 * 1000;
    TestServer slowSource = TestServer::source(11, slowSize);
    TestServer fastSource = TestServer::source(12, fastSize);
    const quint16 slowPort = forward(QStringLiteral("127.0.0.1"), slowSource.port());
    const quint16 fastPort = forward(QStringLiteral("127.0.0.1"), fastSource.port());
    QVERIFY(slowPort && fastPort);
    std::atomic<bool> stopSlow{false};
    auto slow = std::async(std::launch::async, [slowPort] {
        const int fd = connectLoopback(slowPort);
        QByteArray sha;
        const qint64 n = readAllHashed(fd, &sha, 60000, 64 * 1024);
        ::close(fd);
        return std::make_pair(n, sha);
    });
    QTest::qWait(1000); // the slow stream is established and its window full
    QElapsedTimer t;
    t.start();
    auto fast = std::async(std::launch::async, [fastPort] {
        const int fd = connectLoopback(fastPort);
        QByteArray sha;
        const qint64 n = readAllHashed(fd, &sha, 60000);
        ::close(fd);
        return std::make_pair(n, sha);
    });
    QVERIFY(waitUntil([&] { return fast.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 120000));
    const auto [n, sha] = fast.get();
    QCOMPARE(n, fastSize);
    QCOMPARE(sha, patternSha256(12, fastSize));
    // The slow reader needs ~60 s for its 4 MB; the fast one finished while it was still reading.
    QVERIFY2(
        slow.wait_for(std::chrono::seconds(0)) != std::future_status::ready, "the slow stream should still be running");
    QVERIFY(waitUntil([&] { return slow.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 180000));
    const auto [slowBytes, slowSha] = slow.get();
    QCOMPARE(slowBytes, slowSize);
    QCOMPARE(slowSha, patternSha256(11, slowSize));
}

void TestTunnelE2E::targetRefusedClosesPromptly()
{
    const quint16 local = forward(QStringLiteral("127.0.0.1"), unusedPort());
    QVERIFY(local);
    QSignalSpy notes(m_clientTunnels.get(), &TunnelControl::note);
    auto closed = std::async(std::launch::async, [local] {
        const int fd = connectLoopback(local);
        QElapsedTimer t;
        t.start();
        const bool c = waitClosed(fd, 20000);
        ::close(fd);
        return c ? t.elapsed() : qint64(-1);
    });
    QVERIFY(waitUntil([&] { return closed.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 30000));
    const qint64 ms = closed.get();
    QVERIFY2(ms >= 0 && ms < 10000, qPrintable(QStringLiteral("closed after %1 ms").arg(ms)));
    QVERIFY(waitUntil([&] { return !notes.isEmpty(); }, 5000));
    QVERIFY2(notes.last()[0].toString().contains(QStringLiteral("refused")), qPrintable(notes.last()[0].toString()));
}

void TestTunnelE2E::ruleDeniedClosesPromptly()
{
    // The server allows 127.0.0.1 only; "localhost" is another name.
    TestServer echo = TestServer::echo();
    const quint16 local = forward(QStringLiteral("localhost"), echo.port());
    QVERIFY(local);
    QSignalSpy notes(m_clientTunnels.get(), &TunnelControl::note);
    auto closed = std::async(std::launch::async, [local] {
        const int fd = connectLoopback(local);
        const bool c = waitClosed(fd, 20000);
        ::close(fd);
        return c;
    });
    QVERIFY(waitUntil([&] { return closed.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 30000));
    QVERIFY(closed.get());
    QCOMPARE(echo.connectionsServed(), 0);
    QVERIFY(waitUntil([&] { return !notes.isEmpty(); }, 5000));
    QVERIFY2(notes.last()[0].toString().contains(QStringLiteral("not among the services")),
        qPrintable(notes.last()[0].toString()));
}

QTEST_GUILESS_MAIN(TestTunnelE2E)
#include "test_tunnel_e2e.moc"
