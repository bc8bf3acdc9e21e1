// The Tunnels panel end to end: two real engines on loopback, each with its
// TunnelControl, TunnelManager and panel. The server shares a port with the
// client through its panel (the share dialog), the client opens a tunnel
// through its panel (the forward dialog); real bytes go through with a
// SHA-256 check, and both panels' models show the statistics. A port that
// is not shared is denied, and the client's panel says why. The server
// offers a port through its offer dialog; the client accepts in the prompt;
// its forwards show who offered it and the server's shared ports show what
// the friend may now reach.
#include "gui/contacts/contactmodel.h"
#include "gui/tunnels/forwarddialog.h"
#include "gui/tunnels/forwardmodel.h"
#include "gui/tunnels/offerdialog.h"
#include "gui/tunnels/sharedialog.h"
#include "gui/tunnels/sharemodel.h"
#include "gui/tunnels/streammodel.h"
#include "gui/tunnels/tunnelmanager.h"
#include "gui/tunnels/tunnelspanel.h"
#include "guitestsupport.h"
#include "tcptestutil.h"
#include "toxtestnet.h"
#include "tunnel/tunnelsettingsstore.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <sys/socket.h>
#include <unistd.h>

using namespace warren;
using namespace warren::test;
using namespace warren::tunnel;

namespace {
/// One side: a node with the desktop app's tunnel pieces.
struct Side {
    std::unique_ptr<TestNode> node;
    ContactModel contacts;
    std::unique_ptr<TunnelControl> control;
    std::unique_ptr<TunnelManager> manager;
    std::unique_ptr<TunnelsPanel> panel;

    void setUp(const QString& dir)
    {
        const TunnelSettingsStore store(dir + QStringLiteral("/") + node->label() + QStringLiteral(".tunnels.json"));
        const TunnelSettings settings = store.load(nullptr);
        control = std::make_unique<TunnelControl>(node->engine(), settings.policy());
        manager = std::make_unique<TunnelManager>(
            *control, settings, [store](const TunnelSettings& s, QString* e) { return store.save(s, e); });
        panel = std::make_unique<TunnelsPanel>(*manager, &contacts);
        panel->resize(1000, 300);
        panel->show();
        manager->start();
    }
    /// The other node as a contact, online over its current path.
    void know(TestNode& other, const QString& name)
    {
        Contact c;
        c.key = other.key();
        c.name = name;
        c.connection = node->connectionTo(other.key());
        contacts.upsert(c);
    }
};

QString cell(const QAbstractItemModel* m, int row, int column)
{
    return m->index(row, column).data().toString();
}

template <class F>
bool finished(std::future<F>& f)
{
    return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}
} // namespace

class TestTunnelsTwoEngines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bytesFlowThroughPanelTunnels();
    void unsharedPortIsDeniedWithAReason();
    void offeredPortThroughBothPanels();
    void controlMayBeDestroyedAtAnyTime();

private:
    QTemporaryDir m_dir;
    Side m_client, m_server;
    quint16 m_localPort = 0;
};

void TestTunnelsTwoEngines::initTestCase()
{
    m_client.node = std::make_unique<TestNode>(QStringLiteral("client"));
    m_server.node = std::make_unique<TestNode>(QStringLiteral("server"));
    QVERIFY(m_client.node->start(loopbackConfig()));
    QVERIFY(m_server.node->start(loopbackConfig()));
    m_client.setUp(m_dir.path());
    m_server.setUp(m_dir.path());
    QVERIFY(befriend(*m_client.node, *m_server.node));
    m_client.know(*m_server.node, QStringLiteral("Server"));
    m_server.know(*m_client.node, QStringLiteral("Client"));
}

void TestTunnelsTwoEngines::cleanupTestCase()
{
    // Any order is fine now; destroy the panels while the engines still run.
    m_client.panel.reset();
    m_server.panel.reset();
    m_client.manager.reset();
    m_server.manager.reset();
    m_client.control.reset();
    m_server.control.reset();
    m_client.node.reset();
    m_server.node.reset();
}

void TestTunnelsTwoEngines::bytesFlowThroughPanelTunnels()
{
    TestServer echo = TestServer::echo();
    const quint16 echoPort = echo.port();

    // The server shares the echo port with the client, from the panel.
    whenModal([echoPort](QWidget* w) {
        auto* d = qobject_cast<ShareDialog*>(w);
        QVERIFY(d);
        QCOMPARE(d->friendBox()->currentText(), QStringLiteral("Client"));
        d->portsField()->setText(QString::number(echoPort));
        d->labelField()->setText(QStringLiteral("echo"));
        d->okButton()->click();
    });
    m_server.panel->sharePortWith(m_client.node->key());
    QCOMPARE(m_server.manager->settings().shares.size(), 1);

    // The client opens a tunnel to it, from the panel.
    m_localPort = unusedPort();
    whenModal([this, echoPort](QWidget* w) {
        auto* d = qobject_cast<ForwardDialog*>(w);
        QVERIFY(d);
        QCOMPARE(d->friendBox()->currentText(), QStringLiteral("Server"));
        d->listenPortBox()->setValue(m_localPort);
        d->portBox()->setValue(echoPort);
        d->okButton()->click();
    });
    m_client.panel->openTunnelTo(m_server.node->key());
    ForwardModel* forwards = m_client.panel->forwardModel();
    QCOMPARE(forwards->rowCount(), 1);
    QVERIFY(waitUntil([&] { return cell(forwards, 0, ForwardModel::State) == QLatin1String("Listening"); }, 10000));
    QCOMPARE(cell(forwards, 0, ForwardModel::Local), QStringLiteral("127.0.0.1:%1").arg(m_localPort));

    // 2 MB through the tunnel and back; the connection stays open until
    // both panels have shown the stream.
    const qint64 size = 2 * 1000 * 1000;
    std::promise<void> release;
    auto result = std::async(std::launch::async, [port = m_localPort, size, done = release.get_future()]() mutable {
        const int fd = connectLoopback(port);
        if (fd < 0)
            return std::make_pair(qint64(-1), QByteArray());
        std::thread writer([fd, size] {
            constexpr qint64 chunk = 64 * 1024;
            for (qint64 off = 0; off < size; off += chunk) {
                const QByteArray b = patternBytes(42, off, std::min(chunk, size - off));
                writeAll(fd, b.constData(), b.size());
            }
        });
        QByteArray back;
        while (back.size() < size) {
            const QByteArray part = readAll(fd, size - back.size(), 60000);
            if (part.isEmpty())
                break;
            back += part;
        }
        writer.join();
        done.wait(); // keep the stream open for the statistics
        ::close(fd);
        return std::make_pair(qint64(back.size()), QCryptographicHash::hash(back, QCryptographicHash::Sha256));
    });

    StreamModel* clientStreams = m_client.panel->streamModel();
    StreamModel* serverStreams = m_server.panel->streamModel();
    const bool seen = waitUntil(
        [&] {
            ForwardInfo info;
            return m_client.manager->forwardInfo(m_client.manager->settings().forwards[0].spec.id, &info)
                && info.bytes.up >= size && info.bytes.down >= size && clientStreams->rowCount() == 1
                && serverStreams->rowCount() == 1
                && cell(serverStreams, 0, StreamModel::Sent).contains(QLatin1String("1.9 MiB"));
        },
        120000);
    if (!seen)
        release.set_value();
    QVERIFY(seen);
    QStringList problems;
    const auto expect = [&problems](bool ok, const char* what) {
        if (!ok)
            problems << QString::fromLatin1(what);
    };
    const auto expectEq = [&problems](const QString& a, const QString& b) {
        if (a != b)
            problems << QStringLiteral("\"%1\" != \"%2\"").arg(a, b);
    };
    // What the panels show while the stream is open (no events run in between).
    expectEq(cell(forwards, 0, ForwardModel::Friend), QStringLiteral("Server"));
    expectEq(cell(forwards, 0, ForwardModel::Target), QStringLiteral("127.0.0.1:%1").arg(echoPort));
    expect(cell(forwards, 0, ForwardModel::Transferred).contains(QLatin1String("1.9 MiB")),
        "cell(forwards, 0, ForwardModel::Transferred).contains(QLatin1String('1");
    expect(cell(forwards, 0, ForwardModel::Path).startsWith(QLatin1String("Direct (UDP)"))
            || cell(forwards, 0, ForwardModel::Path).startsWith(QLatin1String("TCP relay")),
        "cell(forwards, 0, ForwardModel::Path).startsWith(QLatin1String('Direct");
    expect(cell(forwards, 0, ForwardModel::Problem).isEmpty(), "cell(forwards, 0, ForwardModel::Problem).isEmpty()");
    expectEq(cell(clientStreams, 0, StreamModel::Direction), QStringLiteral("Me → friend"));
    expectEq(cell(clientStreams, 0, StreamModel::Friend), QStringLiteral("Server"));
    expectEq(cell(serverStreams, 0, StreamModel::Direction), QStringLiteral("Friend → my port"));
    expectEq(cell(serverStreams, 0, StreamModel::Friend), QStringLiteral("Client"));
    expectEq(cell(serverStreams, 0, StreamModel::Target), QStringLiteral("127.0.0.1:%1").arg(echoPort));
    expectEq(cell(serverStreams, 0, StreamModel::Forward), QStringLiteral("echo")); // the share's label
    expectEq(cell(clientStreams, 0, StreamModel::Forward), QStringLiteral("127.0.0.1:%1").arg(m_localPort));
    expect(cell(serverStreams, 0, StreamModel::Sent).contains(QLatin1String("1.9 MiB")),
        "cell(serverStreams, 0, StreamModel::Sent).contains(QLatin1String('1.9 ");
    if (seen)
        release.set_value();
    QVERIFY(waitUntil([&] { return finished(result); }, 60000));
    const auto [n, sha] = result.get();
    QCOMPARE(n, size);
    QCOMPARE(sha, patternSha256(42, size));

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    // The stream goes away when it closes.
    QVERIFY(waitUntil([&] { return clientStreams->rowCount() == 0 && serverStreams->rowCount() == 0; }, 30000));
}

void TestTunnelsTwoEngines::unsharedPortIsDeniedWithAReason()
{
    // A second forward to a port the server does not share.
    TestServer echo = TestServer::echo();
    SavedForward f;
    f.spec.friendKey = m_server.node->key();
    f.spec.listenPort = unusedPort();
    f.spec.host = QStringLiteral("127.0.0.1");
    f.spec.port = echo.port();
    const QString id = m_client.manager->addForward(f);
    ForwardModel* forwards = m_client.panel->forwardModel();
    const int row = forwards->rowOf(id);
    QVERIFY(row >= 0);
    QVERIFY(waitUntil([&] { return cell(forwards, row, ForwardModel::State) == QLatin1String("Listening"); }, 10000));
    auto closed = std::async(std::launch::async, [port = f.spec.listenPort] {
        const int fd = connectLoopback(port);
        const bool c = fd >= 0 && waitClosed(fd, 60000);
        if (fd >= 0)
            ::close(fd);
        return c;
    });
    QVERIFY(waitUntil([&] { return finished(closed); }, 70000));
    QVERIFY(closed.get());
    QVERIFY(waitUntil([&] { return !cell(forwards, row, ForwardModel::Problem).isEmpty(); }, 10000));
    const QString why = cell(forwards, row, ForwardModel::Problem);
    QVERIFY2(why.contains(QLatin1String("rules")), qPrintable(why));
    QCOMPARE(echo.connectionsServed(), 0);
}

void TestTunnelsTwoEngines::offeredPortThroughBothPanels()
{
    TestServer echo = TestServer::echo();
    const quint16 echoPort = echo.port();
    const int sharesBefore = m_server.panel->shareModel()->rowCount();
    const int forwardsBefore = m_client.panel->forwardModel()->rowCount();

    // The server offers its echo port from the panel; the dialog refuses
    // what cannot be offered, with a reason.
    QStringList dialogProblems;
    whenModal([echoPort, &dialogProblems](QWidget* w) {
        auto* d = qobject_cast<OfferDialog*>(w);
        QVERIFY(d);
        auto* port = d->findChild<QSpinBox*>(QStringLiteral("offerPort"));
        auto* host = d->findChild<QLineEdit*>(QStringLiteral("offerHost"));
        auto* label = d->findChild<QLineEdit*>(QStringLiteral("offerLabel"));
        auto* problem = d->findChild<QLabel*>(QStringLiteral("offerProblem"));
        QVERIFY(port && host && label && problem);
        port->setValue(0);
        if (d->okButton()->isEnabled() || problem->text().isEmpty())
            dialogProblems << QStringLiteral("port 0 accepted");
        port->setValue(echoPort);
        host->setText(QString());
        if (d->okButton()->isEnabled() || problem->text().isEmpty())
            dialogProblems << QStringLiteral("empty host accepted");
        host->setText(QStringLiteral("127.0.0.1"));
        if (!d->okButton()->isEnabled())
            dialogProblems << QStringLiteral("a good offer refused: ") + problem->text();
        label->setText(QStringLiteral("echo offer"));
        d->okButton()->click();
    });
    m_server.panel->offerPortTo(m_client.node->key());
    QVERIFY2(dialogProblems.isEmpty(), qPrintable(dialogProblems.join(QStringLiteral("; "))));
    QVERIFY(waitUntil([&] { return m_server.manager->settings().offers.size() == 1; }, 10000));

    // The client is asked; it accepts in the prompt.
    QMessageBox* prompt = nullptr;
    QVERIFY(waitUntil(
        [&] {
            prompt = m_client.panel->findChild<QMessageBox*>(QStringLiteral("offerPrompt"));
            return prompt && prompt->isVisible();
        },
        30000));
    QVERIFY(prompt->text().contains(QLatin1String("echo offer")));
    QAbstractButton* accept = nullptr;
    for (QAbstractButton* b : prompt->buttons())
        if (prompt->buttonRole(b) == QMessageBox::AcceptRole)
            accept = b;
    QVERIFY(accept);
    accept->click();

    // The client's forwards show the offer; its forward is not editable.
    ForwardModel* forwards = m_client.panel->forwardModel();
    QCOMPARE(forwards->rowCount(), forwardsBefore + 1);
    const int row = forwardsBefore;
    QVERIFY(forwards->index(row, 0).data(ForwardModel::OfferRole).toBool());
    QCOMPARE(cell(forwards, row, ForwardModel::Target),
        QStringLiteral("127.0.0.1:%1, offered by Server: echo offer").arg(echoPort));
    m_client.panel->tabs()->setCurrentIndex(0);
    m_client.panel->forwardView()->selectRow(row);
    auto* edit = m_client.panel->findChild<QPushButton*>(QStringLiteral("editForwardButton"));
    QVERIFY(edit && !edit->isEnabled());
    QVERIFY(m_client.panel->findChild<QPushButton*>(QStringLiteral("removeForwardButton"))->isEnabled());
    QVERIFY(waitUntil([&] { return cell(forwards, row, ForwardModel::State) == QLatin1String("Listening"); }, 10000));
    ForwardInfo info;
    QVERIFY(waitUntil(
        [&] {
            return m_client.manager->forwardInfo(m_client.manager->settings().forwards[row].spec.id, &info)
                && !info.listen.isEmpty();
        },
        10000));
    const quint16 local = info.listen.section(QLatin1Char(':'), -1).toUShort();
    QVERIFY(local);

    // The server's shared ports list what the client may reach now, read-only.
    ShareModel* shares = m_server.panel->shareModel();
    QVERIFY(waitUntil([&] { return shares->rowCount() == sharesBefore + 1; }, 30000));
    const int shareRow = sharesBefore;
    QVERIFY(shares->isOffer(shareRow));
    QCOMPARE(cell(shares, shareRow, ShareModel::Friend), QStringLiteral("Client"));
    QCOMPARE(cell(shares, shareRow, ShareModel::Host), QStringLiteral("127.0.0.1"));
    QCOMPARE(cell(shares, shareRow, ShareModel::Ports), QString::number(echoPort));
    QCOMPARE(cell(shares, shareRow, ShareModel::Label), QStringLiteral("Offered by you: echo offer"));
    m_server.panel->tabs()->setCurrentIndex(1);
    m_server.panel->shareView()->selectRow(shareRow);
    QVERIFY(!m_server.panel->findChild<QPushButton*>(QStringLiteral("editShareButton"))->isEnabled());
    QVERIFY(!m_server.panel->findChild<QPushButton*>(QStringLiteral("removeShareButton"))->isEnabled());
    if (const QString dir = qEnvironmentVariable("WARREN_TEST_SCREENSHOTS"); !dir.isEmpty()) {
        m_server.panel->grab().save(dir + QStringLiteral("/tunnels-offer-shared.png"));
        m_client.panel->grab().save(dir + QStringLiteral("/tunnels-offer-forward.png"));
    }

    // Bytes go through the accepted offer.
    const qint64 size = 256 * 1024;
    auto result = std::async(std::launch::async, [local, size] {
        const int fd = connectLoopback(local);
        if (fd < 0)
            return QByteArray();
        const QByteArray out = patternBytes(9, 0, size);
        writeAll(fd, out.constData(), out.size());
        const QByteArray back = readAll(fd, size, 60000);
        ::close(fd);
        return QCryptographicHash::hash(back, QCryptographicHash::Sha256);
    });
    QVERIFY(waitUntil([&] { return finished(result); }, 90000));
    QCOMPARE(result.get(), patternSha256(9, size));
}

void TestTunnelsTwoEngines::controlMayBeDestroyedAtAnyTime()
{
    // A TunnelControl destroyed right after posting commands: its replies
    // and the statistics that follow reach nobody, and nothing on the core
    // thread points to it (run under AddressSanitizer to see the difference).
    TestNode node(QStringLiteral("short-lived"));
    QVERIFY(node.start(loopbackConfig()));
    ForwardSpec spec;
    spec.id = QStringLiteral("orphan");
    spec.friendKey = m_server.node->key();
    spec.listenPort = unusedPort();
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = 22;
    auto* control = new TunnelControl(node.engine(), TunnelPolicy{});
    control->addForward(spec);
    control->connectToServer(m_server.node->self().address, QByteArrayLiteral("secret"));
    delete control;
    QTest::qWait(2500); // two rounds of statistics
    // The command ran after its sender was gone: the forward listens.
    const int fd = connectLoopback(spec.listenPort);
    QVERIFY(fd >= 0);
    ::close(fd);
    node.stop();
}

QTEST_MAIN(TestTunnelsTwoEngines)
#include "test_tunnels_twoengines.moc"
