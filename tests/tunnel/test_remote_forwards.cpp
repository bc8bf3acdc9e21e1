// Remote forwards end to end: two real engines on loopback, both Warren. The
// offerer ("a") offers a port of its own to its friend ("b"); b accepts (an
// ordinary forward with the offer's id), declines or removes it; a withdraws
// it. Real sockets, SHA-256 on the data; restarts from the engines' own save
// data and the tunnel settings' JSON.
#include "memorysavesink.h"
#include "tcptestutil.h"
#include "toxtestnet.h"
#include "tunnel/remoteoffers.h"
#include "tunnel/tunnelcontrol.h"
#include "tunnel/tunnelsettingsstore.h"

#include <QSignalSpy>
#include <QTest>

#include <future>
#include <sys/socket.h>
#include <unistd.h>

using namespace warren;
using namespace warren::test;
using namespace warren::tunnel;

namespace {

/// One side: its engine, its tunnels and the last offers it reported.
struct Side {
    explicit Side(const QString& label)
        : node(std::make_unique<TestNode>(label))
    {
    }
    std::unique_ptr<TestNode> node;
    std::shared_ptr<MemorySaveSink> sink = std::make_shared<MemorySaveSink>();
    std::unique_ptr<TunnelControl> tunnels;
    QList<PortOffer> mine;
    QList<ReceivedOffer> received;
    QStringList withdrawn; ///< forward ids removed because the friend withdrew

    bool start(const QByteArray& saveData = {})
    {
        if (!node->start(loopbackConfig(saveData, sink)))
            return false;
        tunnels = std::make_unique<TunnelControl>(node->engine(), TunnelPolicy{});
        QObject::connect(tunnels.get(), &TunnelControl::offersChanged, tunnels.get(),
            [this](const QList<PortOffer>& m, const QList<ReceivedOffer>& r) {
                mine = m;
                received = r;
            });
        QObject::connect(tunnels.get(), &TunnelControl::remoteForwardWithdrawn, tunnels.get(),
            [this](const QString& id, const PublicKey&, const QString&) { withdrawn.append(id); });
        return true;
    }
    /// Stops the engine (which saves), then the tunnels; forgets what it saw.
    QByteArray stop()
    {
        node->stop();
        tunnels.reset();
        mine.clear();
        received.clear();
        return sink->data();
    }
    std::optional<PortOffer> offer(quint32 id) const
    {
        for (const PortOffer& o : mine)
            if (o.id == id)
                return o;
        return std::nullopt;
    }
    std::optional<ReceivedOffer> offered(quint32 id) const
    {
        for (const ReceivedOffer& r : received)
            if (r.id == id)
                return r;
        return std::nullopt;
    }
};

/// Connects to 127.0.0.1:@p port, sends @p size pattern bytes, half-closes
/// and reads the echo: true when all of it came back intact.
bool echoThrough(quint16 port, quint64 seed, qint64 size)
{
    auto result = std::async(std::launch::async, [port, seed, size] {
        const int fd = connectLoopback(port);
        if (fd < 0)
            return false;
        std::thread writer([fd, seed, size] {
            const QByteArray data = patternBytes(seed, 0, size);
            writeAll(fd, data.constData(), data.size());
            ::shutdown(fd, SHUT_WR);
        });
        QByteArray sha;
        const qint64 n = readAllHashed(fd, &sha, 60000);
        writer.join();
        ::close(fd);
        return n == size && sha == patternSha256(seed, size);
    });
    if (!waitUntil([&] { return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 120000))
        return false;
    return result.get();
}

/// True when a connection to 127.0.0.1:@p port is refused (nothing listens).
bool refused(quint16 port)
{
    const int fd = connectLoopback(port);
    if (fd >= 0)
        ::close(fd);
    return fd < 0;
}

} // namespace

class TestRemoteForwards : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void offerAcceptAndConnect();
    void withdrawByOffererClosesListener();
    void decline();
    void receiverRemoves();
    void offerWhileOfflineIsDeliveredLater();
    void persistsAcrossRestartOfBoth();
    void seventeenthPendingOfferRefused();
    void friendWithoutTheExtensionIsUnsupported();

private:
    /// a offers @p port (at 127.0.0.1) to b with @p id; waits until b has it.
    bool offerToB(quint32 id, quint16 port, quint16 suggested, const QString& label = QStringLiteral("echo"));
    /// b accepts offer @p id with forward @p forwardId; waits until a sees it accepted; returns b's port.
    quint16 accept(quint32 id, const QString& forwardId);
    /// b forwards straight to a's @p port (no offer): true when a denies it.
    bool plainRequestDenied(quint16 port);

    Side m_a{QStringLiteral("offerer")};
    Side m_b{QStringLiteral("receiver")};
    TestNode m_dht{QStringLiteral("dht")};
    TestServer m_echo = TestServer::echo();
    PublicKey m_keyA, m_keyB;
    int m_plain = 0;
};

void TestRemoteForwards::initTestCase()
{
    QVERIFY(m_a.start());
    QVERIFY(m_b.start());
    QVERIFY(m_dht.start(loopbackConfig())); // keeps the DHT up while a or b restarts
    bootstrapAll({m_a.node.get(), m_b.node.get(), &m_dht});
    QVERIFY(befriend(*m_a.node, *m_b.node));
    m_keyA = m_a.node->key(); // the nodes forget them while stopped
    m_keyB = m_b.node->key();
}

void TestRemoteForwards::cleanupTestCase()
{
    m_a.stop();
    m_b.stop();
    m_dht.stop();
}

bool TestRemoteForwards::offerToB(quint32 id, quint16 port, quint16 suggested, const QString& label)
{
    PortOffer o;
    o.id = id;
    o.friendKey = m_keyB;
    o.port = port;
    o.suggestedPort = suggested;
    o.label = label;
    QSignalSpy added(m_a.tunnels.get(), &TunnelControl::offerAdded);
    m_a.tunnels->offerPort(o);
    if (!added.wait(5000) || !added[0][2].toBool()) {
        qWarning() << "offer failed:" << (added.isEmpty() ? QString() : added[0][3].toString());
        return false;
    }
    return waitUntil([&] { return m_b.offered(id).has_value(); }, 30000);
}

quint16 TestRemoteForwards::accept(quint32 id, const QString& forwardId)
{
    const auto r = m_b.offered(id);
    if (!r)
        return 0;
    QSignalSpy added(m_b.tunnels.get(), &TunnelControl::forwardAdded);
    m_b.tunnels->addForward(r->forwardSpec(forwardId));
    if (!added.wait(5000) || !added[0][1].toBool())
        return 0;
    if (!waitUntil([&] { return m_a.offer(id) && m_a.offer(id)->state == PortOffer::State::Accepted; }, 30000))
        return 0;
    return m_a.offer(id)->boundPort;
}

bool TestRemoteForwards::plainRequestDenied(quint16 port)
{
    ForwardSpec spec;
    spec.id = QStringLiteral("plain%1").arg(++m_plain);
    spec.friendKey = m_keyA;
    spec.listenPort = unusedPort();
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = port;
    QSignalSpy added(m_b.tunnels.get(), &TunnelControl::forwardAdded);
    QSignalSpy notes(m_b.tunnels.get(), &TunnelControl::note);
    m_b.tunnels->addForward(spec);
    if (!added.wait(5000) || !added[0][1].toBool())
        return false;
    const int fd = connectLoopback(spec.listenPort);
    const bool closed = waitClosed(fd, 20000);
    ::close(fd);
    m_b.tunnels->removeForward(spec.id);
    const bool denied = waitUntil(
        [&] {
            return std::any_of(notes.cbegin(), notes.cend(),
                [](const QList<QVariant>& n) { return n[0].toString().contains(QStringLiteral("not among")); });
        },
        10000);
    return closed && denied;
}

void TestRemoteForwards::offerAcceptAndConnect()
{
    QVERIFY(plainRequestDenied(m_echo.port())); // shared services deny by default
    const quint16 suggested = unusedPort();
    QVERIFY(offerToB(1, m_echo.port(), suggested, QStringLiteral("Echo ✓")));
    const ReceivedOffer r = *m_b.offered(1);
    QCOMPARE(r.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.port, m_echo.port());
    QCOMPARE(r.label, QStringLiteral("Echo ✓"));
    QVERIFY(!r.accepted);
    QCOMPARE(m_a.offer(1)->state, PortOffer::State::Offered);
    // Nothing listens before b accepts.
    QVERIFY(refused(suggested));

    const quint16 bound = accept(1, QStringLiteral("remote1"));
    QCOMPARE(bound, suggested);
    QVERIFY(m_b.offered(1)->accepted);
    QVERIFY(echoThrough(bound, 41, 256 * 1024));
    QCOMPARE(m_echo.connectionsServed(), 1);
}

void TestRemoteForwards::withdrawByOffererClosesListener()
{
    const quint16 bound = m_a.offer(1)->boundPort;
    QVERIFY(bound);
    m_a.tunnels->withdrawOffer(m_keyB, 1);
    QVERIFY(waitUntil([&] { return m_b.withdrawn.contains(QStringLiteral("remote1")); }, 30000));
    QVERIFY(!m_a.offer(1));
    QVERIFY(!m_b.offered(1));
    QVERIFY(waitUntil([&] { return refused(bound); }, 10000));
    // The implicit share is gone with the offer.
    QVERIFY(plainRequestDenied(m_echo.port()));
}

void TestRemoteForwards::decline()
{
    QVERIFY(offerToB(2, m_echo.port(), 0));
    m_b.tunnels->declineOffer(m_keyA, 2, QStringLiteral("nein danke"));
    QVERIFY(waitUntil([&] { return m_a.offer(2) && m_a.offer(2)->state == PortOffer::State::Declined; }, 30000));
    QCOMPARE(m_a.offer(2)->reason, QStringLiteral("nein danke"));
    QVERIFY(!m_b.offered(2));
    QVERIFY(plainRequestDenied(m_echo.port()));
    m_a.tunnels->withdrawOffer(m_keyB, 2); // the offerer clears it from its list
    QVERIFY(waitUntil([&] { return !m_a.offer(2); }, 5000));
}

void TestRemoteForwards::receiverRemoves()
{
    QVERIFY(offerToB(3, m_echo.port(), 0)); // 0: any free port
    const quint16 bound = accept(3, QStringLiteral("remote3"));
    QVERIFY(bound);
    QVERIFY(echoThrough(bound, 43, 10000));
    m_b.tunnels->removeForward(QStringLiteral("remote3"));
    m_b.tunnels->removeRemoteForward(m_keyA, 3);
    QVERIFY(waitUntil([&] { return m_a.offer(3)->state == PortOffer::State::Removed; }, 30000));
    QVERIFY(!m_b.offered(3));
    QVERIFY(refused(bound));
    QVERIFY(plainRequestDenied(m_echo.port()));
    m_a.tunnels->withdrawOffer(m_keyB, 3);
    QVERIFY(waitUntil([&] { return !m_a.offer(3); }, 5000));
}

void TestRemoteForwards::offerWhileOfflineIsDeliveredLater()
{
    const QByteArray saveB = m_b.stop();
    // toxcore notices a vanished friend after its connection timeout.
    QVERIFY(waitUntil([&] { return m_a.node->connectionTo(m_keyB) == Connection::None; }, 90000));
    PortOffer o;
    o.id = 4;
    o.friendKey = m_keyB;
    o.port = m_echo.port();
    o.label = QStringLiteral("later");
    QSignalSpy added(m_a.tunnels.get(), &TunnelControl::offerAdded);
    m_a.tunnels->offerPort(o);
    QVERIFY(added.wait(5000));
    QVERIFY(added[0][2].toBool());
    QVERIFY(waitUntil([&] { return m_a.offer(4).has_value(); }, 5000));
    QCOMPARE(m_a.offer(4)->state, PortOffer::State::Waiting);

    QVERIFY(m_b.start(saveB));
    bootstrapAll({m_a.node.get(), m_b.node.get(), &m_dht});
    QVERIFY(waitConnected(*m_a.node, *m_b.node, 180000));
    QVERIFY(waitUntil([&] { return m_b.offered(4).has_value(); }, 60000));
    QCOMPARE(m_b.offered(4)->label, QStringLiteral("later"));
    QCOMPARE(m_a.offer(4)->state, PortOffer::State::Offered);
}

void TestRemoteForwards::persistsAcrossRestartOfBoth()
{
    // b accepts offer 4; both sides keep what they would save (the
    // settings file's JSON), stop, start from it, and the forward works again.
    const quint16 bound = accept(4, QStringLiteral("remote4"));
    QVERIFY(bound);
    QVERIFY(echoThrough(bound, 44, 50000));

    TunnelSettings settingsA;
    settingsA.offers = m_a.mine;
    TunnelSettings settingsB;
    SavedForward f;
    f.spec = m_b.offered(4)->forwardSpec(QStringLiteral("remote4"));
    f.spec.listenPort = m_b.offered(4)->boundPort;
    f.offerLabel = m_b.offered(4)->label;
    settingsB.forwards.append(f);
    QStringList problems;
    bool notJson = false;
    settingsA = TunnelSettingsStore::fromJson(TunnelSettingsStore::toJson(settingsA), &problems, &notJson);
    settingsB = TunnelSettingsStore::fromJson(TunnelSettingsStore::toJson(settingsB), &problems, &notJson);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(settingsA.offers.size(), 1);
    QCOMPARE(settingsA.offers[0], *m_a.offer(4));
    QCOMPARE(settingsB.forwards[0].spec.offerId, 4u);
    QCOMPARE(settingsB.forwards[0].offerLabel, QStringLiteral("later"));

    const QByteArray saveA = m_a.stop();
    const QByteArray saveB = m_b.stop();
    QVERIFY(refused(bound));
    QVERIFY(m_a.start(saveA));
    QVERIFY(m_b.start(saveB));
    m_a.tunnels->restoreOffers(settingsA.offers);
    QSignalSpy added(m_b.tunnels.get(), &TunnelControl::forwardAdded);
    m_b.tunnels->addForward(settingsB.forwards[0].spec);
    QVERIFY(added.wait(5000));
    QVERIFY(added[0][1].toBool());
    bootstrapAll({m_a.node.get(), m_b.node.get(), &m_dht});
    QVERIFY(waitConnected(*m_a.node, *m_b.node, 180000));
    // Re-validated: b answers again, a still grants it.
    QVERIFY(waitUntil([&] { return m_b.offered(4) && m_b.offered(4)->accepted; }, 30000));
    QVERIFY(waitUntil([&] { return m_a.offer(4) && m_a.offer(4)->state == PortOffer::State::Accepted; }, 30000));
    QCOMPARE(m_a.offer(4)->boundPort, bound);
    QVERIFY(echoThrough(bound, 45, 100000));
}

void TestRemoteForwards::seventeenthPendingOfferRefused()
{
    for (quint32 id = 100; id < 100 + RemoteOffers::maxPendingPerFriend; ++id)
        QVERIFY(offerToB(id, m_echo.port(), 0, QStringLiteral("n%1").arg(id)));
    PortOffer o;
    o.id = 200;
    o.friendKey = m_keyB;
    o.port = m_echo.port();
    QSignalSpy added(m_a.tunnels.get(), &TunnelControl::offerAdded);
    m_a.tunnels->offerPort(o);
    QVERIFY(added.wait(5000));
    QVERIFY(!added[0][2].toBool());
    QVERIFY2(added[0][3].toString().contains(QStringLiteral("16 offers")), qPrintable(added[0][3].toString()));
    QVERIFY(!m_a.offer(200));
    // The accepted one (4) does not count; b holds 16 pending offers.
    const auto pending
        = std::count_if(m_b.received.cbegin(), m_b.received.cend(), [](const ReceivedOffer& r) { return !r.accepted; });
    QCOMPARE(pending, qsizetype(RemoteOffers::maxPendingPerFriend));
}

void TestRemoteForwards::friendWithoutTheExtensionIsUnsupported()
{
    // A friend that never says HELLO (tuntox, or here an engine without
    // tunnels) cannot receive offers: after the HELLO wait the offer says
    // so, and it stays on the list (re-offered if a HELLO ever comes).
    QVERIFY(befriend(*m_a.node, m_dht));
    PortOffer o;
    o.id = 300;
    o.friendKey = m_dht.key();
    o.port = m_echo.port();
    o.label = QStringLiteral("to a plain engine");
    QSignalSpy added(m_a.tunnels.get(), &TunnelControl::offerAdded);
    m_a.tunnels->offerPort(o);
    QVERIFY(added.wait(5000));
    QVERIFY(added[0][2].toBool());
    QVERIFY(waitUntil([&] { return m_a.offer(300) && m_a.offer(300)->state == PortOffer::State::Unsupported; }, 30000));
    QVERIFY2(!m_a.offer(300)->reason.isEmpty(), "no reason given");
    // Taking it back works as for any offer.
    m_a.tunnels->withdrawOffer(m_dht.key(), 300);
    QVERIFY(waitUntil([&] { return !m_a.offer(300); }, 10000));
}

QTEST_GUILESS_MAIN(TestRemoteForwards)
#include "test_remote_forwards.moc"
