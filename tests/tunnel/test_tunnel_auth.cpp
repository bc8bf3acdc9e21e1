// Who may use a warren-tunnel server, with the real binary as the server
// and engines in this test as its clients: the shared secret (right one
// accepted, wrong one ignored, never befriended and never logged, even
// with -d -d), the -i whitelist (other keys ignored), and rules (-f for
// everybody, per-friend lines in --config) that refuse a friend's tunnel.
#include "tcptestutil.h"
#include "test_cli_process.h"
#include "tunnel/tunnelcontrol.h"

#include <QSignalSpy>
#include <QTest>

#include <future>
#include <sys/socket.h>
#include <unistd.h>

using namespace warren;
using namespace warren::test;
using namespace warren::tunnel;

namespace {
const QString rightSecret = QStringLiteral("open sesame #1");
const QString wrongSecret = QStringLiteral("xyzzy-wrong-secret-4711");

/// A client engine with its tunnel handle.
struct Client {
    std::unique_ptr<TestNode> node;
    std::unique_ptr<TunnelControl> tunnels;
};
} // namespace

class TestTunnelAuth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secret();
    void secretFromEnvironment();
    void whitelist();
    void rulesRefuseUnauthorizedTargets();

private:
    /// Starts the binary as a server with @p args, bootstrapped to our clients and they to it.
    bool startServer(TunnelProcess& server, QStringList args);
    /// @p c befriends the binary with @p secret.
    void request(Client& c, const ToxAddress& server, const QString& secret);
    bool online(Client& c, const PublicKey& server) { return c.node->connectionTo(server) != Connection::None; }
    /// A forward at @p c to @p port at the server; the local port, 0 on failure.
    quint16 forward(Client& c, const PublicKey& server, quint16 port);
    /// Echo of a few bytes through local port @p local; what came back.
    static QByteArray echoOnce(quint16 local);

    Client m_alice, m_bob;
    int m_forwards = 0;
};

void TestTunnelAuth::initTestCase()
{
    for (Client* c : {&m_alice, &m_bob}) {
        c->node = std::make_unique<TestNode>(c == &m_alice ? QStringLiteral("alice") : QStringLiteral("bob"));
        QVERIFY(c->node->start(loopbackConfig()));
        c->tunnels = std::make_unique<TunnelControl>(c->node->engine(), TunnelPolicy{});
    }
}

void TestTunnelAuth::cleanupTestCase()
{
    for (Client* c : {&m_alice, &m_bob}) {
        c->tunnels.reset();
        c->node.reset();
    }
}

bool TestTunnelAuth::startServer(TunnelProcess& server, QStringList args)
{
    args << QStringLiteral("-b")
         << writeNodesFile(server.dir(), {m_alice.node->asBootstrapNode(), m_bob.node->asBootstrapNode()});
    if (!server.start(args))
        return false;
    const QList<BootstrapNode> self = server.dhtNodes();
    if (self.isEmpty())
        return false;
    m_alice.node->engine().bootstrap(self);
    m_bob.node->engine().bootstrap(self);
    return true;
}

void TestTunnelAuth::request(Client& c, const ToxAddress& server, const QString& secret)
{
    c.tunnels->connectToServer(server, secret.toUtf8());
}

quint16 TestTunnelAuth::forward(Client& c, const PublicKey& server, quint16 port)
{
    ForwardSpec spec;
    spec.id = QStringLiteral("f%1").arg(++m_forwards);
    spec.friendKey = server;
    spec.listenPort = unusedPort();
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = port;
    QSignalSpy added(c.tunnels.get(), &TunnelControl::forwardAdded);
    c.tunnels->addForward(spec);
    if (!added.wait(5000) || !added[0][1].toBool())
        return 0;
    return spec.listenPort;
}

QByteArray TestTunnelAuth::echoOnce(quint16 local)
{
    auto f = std::async(std::launch::async, [local] {
        const int fd = connectLoopback(local);
        if (fd < 0)
            return QByteArray("connect failed");
        writeAll(fd, "knock knock", 11);
        ::shutdown(fd, SHUT_WR);
        const QByteArray back = readAll(fd, -1, 20000); // until the tunnel closes
        ::close(fd);
        return back;
    });
    waitUntil([&] { return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 30000);
    return f.get();
}

void TestTunnelAuth::secret()
{
    TunnelProcess server;
    QVERIFY(startServer(server, {QStringLiteral("-s"), rightSecret, QStringLiteral("-d"), QStringLiteral("-d")}));
    const ToxAddress id = server.id();
    QVERIFY(!id.isNull());
    request(m_alice, id, rightSecret);
    request(m_bob, id, wrongSecret);

    QVERIFY2(waitUntil([&] { return online(m_alice, id.publicKey()); }, 120000), qPrintable(server.errors()));
    // Bob's request arrived and was ignored, without a word of its secret.
    QVERIFY2(
        server.waitForError(QStringLiteral("ignored a friend request from %1").arg(m_bob.node->key().toHex()), 60000),
        qPrintable(server.errors()));
    QTest::qWait(5000);
    QVERIFY(!online(m_bob, id.publicKey()));
    server.stop();
    const QString log = server.errors() + QString::fromUtf8(server.process().readAllStandardOutput());
    QVERIFY2(!log.contains(wrongSecret), "the wrong secret is in the server's output");
    QVERIFY(!log.contains(rightSecret));
    QVERIFY(log.contains(QStringLiteral("accepted %1").arg(m_alice.node->key().toHex())));
}

void TestTunnelAuth::secretFromEnvironment()
{
    // TUNTOX_SHARED_SECRET, as tuntox; the tunnel then works.
    TestServer echo = TestServer::echo();
    TunnelProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TUNTOX_SHARED_SECRET"), rightSecret);
    server.process().setProcessEnvironment(env);
    QVERIFY(startServer(server, {}));
    const ToxAddress id = server.id();
    request(m_bob, id, rightSecret);
    QVERIFY2(waitUntil([&] { return online(m_bob, id.publicKey()); }, 120000), qPrintable(server.errors()));
    QVERIFY(!server.errors().contains(QStringLiteral("no secret (-s)")));
    const quint16 local = forward(m_bob, id.publicKey(), echo.port());
    QVERIFY(local);
    QCOMPARE(echoOnce(local), QByteArray("knock knock"));
}

void TestTunnelAuth::whitelist()
{
    // -i on a server: only Alice's key is accepted (her address with
    // another nospam would do as well: only the key is compared).
    TunnelProcess server;
    QVERIFY(startServer(server, {QStringLiteral("-i"), m_alice.node->self().address.toHex()}));
    const ToxAddress id = server.id();
    request(m_alice, id, {});
    request(m_bob, id, {});
    QVERIFY2(waitUntil([&] { return online(m_alice, id.publicKey()); }, 120000), qPrintable(server.errors()));
    QVERIFY2(
        server.waitForError(QStringLiteral("ignored a friend request from %1").arg(m_bob.node->key().toHex()), 60000),
        qPrintable(server.errors()));
    QTest::qWait(5000);
    QVERIFY(!online(m_bob, id.publicKey()));
}

void TestTunnelAuth::rulesRefuseUnauthorizedTargets()
{
    // -f: everybody may reach the first echo; --config: Bob has his own
    // line, which replaces the default: the second echo only.
    TestServer first = TestServer::echo();
    TestServer second = TestServer::echo();
    TunnelProcess server;
    const QString rules = server.dir() + QStringLiteral("/rules");
    const QString config = server.dir() + QStringLiteral("/warren-tunnel.conf");
    QFile r(rules), c(config);
    QVERIFY(r.open(QIODevice::WriteOnly) && c.open(QIODevice::WriteOnly));
    r.write(QStringLiteral("127.0.0.1:%1\n").arg(first.port()).toLatin1());
    c.write(QStringLiteral("friend %1 127.0.0.1:%2\n").arg(m_bob.node->key().toHex()).arg(second.port()).toLatin1());
    r.close();
    c.close();
    QVERIFY(startServer(server, {QStringLiteral("-f"), rules, QStringLiteral("--config"), config}));
    const ToxAddress id = server.id();
    request(m_alice, id, {});
    request(m_bob, id, {});
    QVERIFY(waitUntil([&] { return online(m_alice, id.publicKey()) && online(m_bob, id.publicKey()); }, 120000));

    const quint16 aliceFirst = forward(m_alice, id.publicKey(), first.port());
    const quint16 aliceSecond = forward(m_alice, id.publicKey(), second.port());
    const quint16 bobFirst = forward(m_bob, id.publicKey(), first.port());
    const quint16 bobSecond = forward(m_bob, id.publicKey(), second.port());
    QVERIFY(aliceFirst && aliceSecond && bobFirst && bobSecond);
    QCOMPARE(echoOnce(aliceFirst), QByteArray("knock knock"));
    QCOMPARE(echoOnce(bobSecond), QByteArray("knock knock"));
    // Refused: the connection closes without data, and the target never sees it.
    QCOMPARE(echoOnce(aliceSecond), QByteArray());
    QCOMPARE(echoOnce(bobFirst), QByteArray());
    QCOMPARE(first.connectionsServed(), 1);
    QCOMPARE(second.connectionsServed(), 1);
    QVERIFY2(server.waitForError(QStringLiteral("is not among the services shared with you"), 5000),
        qPrintable(server.errors()));
}

QTEST_GUILESS_MAIN(TestTunnelAuth)
#include "test_tunnel_auth.moc"
