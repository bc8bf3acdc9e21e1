// warren-tunnel -W (ssh -o ProxyCommand): the real binary as a child
// process, its stdin and stdout piped through one tunnel to a server engine
// in this test. Data checked with SHA-256; end of stdin is a half-close;
// the binary exits when the tunnel closes, with 1 when it was refused.
#include "tcptestutil.h"
#include "test_cli_process.h"
#include "tunnel/tunnelcontrol.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>

#include <future>
#include <sys/socket.h>
#include <unistd.h>

using namespace warren;
using namespace warren::test;
using namespace warren::tunnel;

class TestStdio : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void echoWithHalfClose();
    void downloadThenStdinEnds();
    void deniedTargetExitsWithError();

private:
    /// Starts warren-tunnel -W @p target against the server engine.
    bool startStdio(TunnelProcess& p, const QString& target);
    /// Reads the child's stdout until it ends, hashing; returns the byte count.
    qint64 drainStdout(TunnelProcess& p, QByteArray* sha, int timeoutMs);

    std::unique_ptr<TestNode> m_server;
    std::unique_ptr<TunnelControl> m_tunnels;
};

void TestStdio::initTestCase()
{
    m_server = std::make_unique<TestNode>(QStringLiteral("server"));
    QVERIFY(m_server->start(loopbackConfig()));
    TunnelPolicy policy;
    policy.setAcceptAnyRequest(true);
    policy.setDefaultRules(*TunnelRules::parse(QStringLiteral("127.0.0.1:*")));
    m_tunnels = std::make_unique<TunnelControl>(m_server->engine(), policy);
}

void TestStdio::cleanupTestCase()
{
    m_tunnels.reset();
    m_server.reset();
}

bool TestStdio::startStdio(TunnelProcess& p, const QString& target)
{
    const QString nodes = writeNodesFile(p.dir(), {m_server->asBootstrapNode()});
    return p.start({QStringLiteral("-i"), m_server->self().address.toHex(), QStringLiteral("-W"), target,
        QStringLiteral("-b"), nodes, QStringLiteral("--request-timeout"), QStringLiteral("20")});
}

qint64 TestStdio::drainStdout(TunnelProcess& p, QByteArray* sha, int timeoutMs)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    qint64 n = 0;
    QProcess& proc = p.process();
    waitUntil(
        [&] {
            const QByteArray b = proc.readAllStandardOutput();
            h.addData(b);
            n += b.size();
            return proc.state() == QProcess::NotRunning && proc.bytesAvailable() == 0;
        },
        timeoutMs);
    *sha = h.result();
    return n;
}

void TestStdio::echoWithHalfClose()
{
    // Everything goes in, stdin ends, and the whole echo still comes out:
    // the end of stdin travels as a half-close, then the binary exits.
    TestServer echo = TestServer::echo();
    TunnelProcess p;
    QVERIFY(startStdio(p, QStringLiteral("127.0.0.1:%1").arg(echo.port())));
    const qint64 size = 2 * 1000 * 1000;
    p.process().write(patternBytes(31, 0, size));
    p.process().closeWriteChannel();
    QByteArray sha;
    QElapsedTimer t;
    t.start();
    const qint64 n = drainStdout(p, &sha, 180000);
    QVERIFY2(n == size, qPrintable(QStringLiteral("%1 bytes; stderr: %2").arg(n).arg(p.errors())));
    QCOMPARE(sha, patternSha256(31, size));
    QVERIFY(p.waitForExit(10000));
    QCOMPARE(p.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.process().exitCode(), 0);
    qInfo("2 MB echoed through -W in %lld ms (including Tox start and friend request)", t.elapsed());
}

void TestStdio::downloadThenStdinEnds()
{
    // The target sends and closes; stdout ends while stdin stays open (ssh
    // may still be writing). When stdin ends too, the binary exits. stdout
    // is our own socket here, so its end of file can be seen.
    const qint64 size = 5 * 1000 * 1000;
    TestServer source = TestServer::source(32, size);
    TunnelProcess p;
    int out[2];
    QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, out) == 0);
    p.process().setChildProcessModifier([w = out[1]] { ::dup2(w, STDOUT_FILENO); });
    const bool started = startStdio(p, QStringLiteral("127.0.0.1:%1").arg(source.port()));
    ::close(out[1]);
    QVERIFY(started);
    auto result = std::async(std::launch::async, [fd = out[0]] {
        QByteArray sha;
        const qint64 n = readAllHashed(fd, &sha, 180000); // until end of file
        ::close(fd);
        return std::make_pair(n, sha);
    });
    QVERIFY2(waitUntil([&] { return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 200000),
        qPrintable(p.errors()));
    const auto [n, sha] = result.get();
    QCOMPARE(n, size);
    QCOMPARE(sha, patternSha256(32, size));
    QTest::qWait(500);
    QCOMPARE(p.process().state(), QProcess::Running);
    p.process().closeWriteChannel();
    QVERIFY(p.waitForExit(20000));
    QCOMPARE(p.process().exitCode(), 0);
}

void TestStdio::deniedTargetExitsWithError()
{
    // The server's rules cover 127.0.0.1 only: refused at once, exit code 1,
    // the reason on stderr and nothing on stdout.
    TunnelProcess p;
    QVERIFY(startStdio(p, QStringLiteral("localhost:22")));
    QVERIFY2(p.waitForExit(120000), qPrintable(p.errors()));
    QCOMPARE(p.process().exitCode(), 1);
    QVERIFY2(p.errors().contains(QStringLiteral("not among the services shared with you")), qPrintable(p.errors()));
    QVERIFY(p.process().readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestStdio)
#include "test_stdio.moc"
