// The Tunnels panel and its dialogs on real widgets (offscreen), over a
// TunnelManager whose engine is not running (so nothing listens): the
// forward dialog binds to loopback unless told otherwise and warns when
// not, the share dialog checks rules, the panel adds, edits, stops, starts
// and removes forwards and shares and saves each change to a real file,
// the contact menu offers the tunnel entries, and every control has an
// accessible name.
#include "core/engine.h"
#include "gui/contacts/contactlistview.h"
#include "gui/contacts/contactmodel.h"
#include "gui/tunnels/forwarddialog.h"
#include "gui/tunnels/forwardmodel.h"
#include "gui/tunnels/sharedialog.h"
#include "gui/tunnels/sharemodel.h"
#include "gui/tunnels/tunnelmanager.h"
#include "gui/tunnels/tunnelspanel.h"
#include "guitestsupport.h"
#include "tunnel/tunnelsettingsstore.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using namespace warren::test;
using namespace warren::tunnel;

namespace {
Contact contact(const QString& name, Connection c = Connection::Udp)
{
    Contact x;
    x.key = randomAddress().publicKey();
    x.name = name;
    x.connection = c;
    return x;
}

QStringList unnamedControls(QWidget* root)
{
    QStringList out;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w)
            || qobject_cast<QTabWidget*>(w);
        // A spin box's own line edit is part of the spin box for assistive technology.
        if (!control || !w->isVisibleTo(root) || w->inherits("QLineEditIconButton")
            || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    return out;
}

QString cell(const QAbstractItemModel* m, int row, int column)
{
    return m->index(row, column).data().toString();
}
} // namespace

class TestTunnelsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void forwardDialogListensOnLoopbackByDefault();
    void forwardDialogWarnsBeyondLoopback();
    void forwardDialogEditsKeepTheId();
    void shareDialogChecksRules();
    void panelManagesForwardsAndSaves();
    void panelManagesShares();
    void failedStartShowsTheReason();
    void contactMenuOffersTunnels();
    void everyControlHasAName();

private:
    QTemporaryDir m_dir;
    ContactModel m_contacts;
    Contact m_alice, m_bob;
    std::unique_ptr<Engine> m_engine; // never started: commands go nowhere
    std::unique_ptr<TunnelControl> m_control;
    std::unique_ptr<TunnelManager> m_manager;
    QString m_path;
};

void TestTunnelsPanel::init()
{
    m_alice = contact(QStringLiteral("Alice"));
    m_bob = contact(QStringLiteral("Bob"), Connection::None);
    m_contacts.reset({m_alice, m_bob});
    m_engine = std::make_unique<Engine>();
    m_control = std::make_unique<TunnelControl>(*m_engine, TunnelPolicy{});
    m_path = m_dir.filePath(QStringLiteral("p.tunnels.json"));
    QFile::remove(m_path);
    const TunnelSettingsStore store(m_path);
    m_manager = std::make_unique<TunnelManager>(
        *m_control, TunnelSettings{}, [store](const TunnelSettings& s, QString* e) { return store.save(s, e); });
}

void TestTunnelsPanel::cleanup()
{
    m_manager.reset();
    m_control.reset();
    m_engine.reset();
}

void TestTunnelsPanel::forwardDialogListensOnLoopbackByDefault()
{
    ForwardDialog d(&m_contacts);
    d.setFriend(m_bob.key);
    QCOMPARE(d.listenChoice()->currentIndex(), 0);
    QVERIFY(!d.listenAddressField()->isEnabled());
    QVERIFY(d.warningLabel()->isHidden());
    QVERIFY(d.okButton()->isEnabled());
    const SavedForward f = d.forward();
    QCOMPARE(f.spec.listenAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(f.spec.friendKey, m_bob.key);
    QCOMPARE(f.spec.host, QStringLiteral("127.0.0.1"));
    QVERIFY(!f.spec.exposesBeyondLoopback());

    d.hostField()->clear();
    QVERIFY(!d.okButton()->isEnabled());
    QVERIFY(!d.problemLabel()->isHidden());
    QVERIFY(!d.problemLabel()->text().isEmpty());
}

void TestTunnelsPanel::forwardDialogWarnsBeyondLoopback()
{
    ForwardDialog d(&m_contacts);
    d.listenChoice()->setCurrentIndex(2);
    QVERIFY(d.listenAddressField()->isEnabled());
    QVERIFY(!d.okButton()->isEnabled()); // no address yet
    d.listenAddressField()->setText(QStringLiteral("no.such.address"));
    QVERIFY(!d.okButton()->isEnabled());
    QVERIFY(d.problemLabel()->text().contains(QLatin1String("no.such.address")));
    d.listenAddressField()->setText(QStringLiteral("0.0.0.0"));
    QVERIFY(d.okButton()->isEnabled());
    QVERIFY(!d.warningLabel()->isHidden());
    QVERIFY(d.warningLabel()->text().contains(QLatin1String("0.0.0.0")));
    QVERIFY(d.forward().spec.exposesBeyondLoopback());
    d.listenAddressField()->setText(QStringLiteral("127.0.0.5")); // still loopback: no warning
    QVERIFY(d.warningLabel()->isHidden());
    d.listenChoice()->setCurrentIndex(1);
    QCOMPARE(d.forward().spec.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
}

void TestTunnelsPanel::forwardDialogEditsKeepTheId()
{
    SavedForward f;
    f.spec.id = QStringLiteral("keep-me");
    f.spec.friendKey = m_alice.key;
    f.spec.listenAddress = QHostAddress(QHostAddress::AnyIPv4); // any address: exposed, so a warning
    f.spec.listenPort = 5555;
    f.spec.host = QStringLiteral("db.internal");
    f.spec.port = 5432;
    f.enabled = false;
    ForwardDialog d(&m_contacts);
    d.setForward(f);
    QCOMPARE(d.listenChoice()->currentIndex(), 2);
    QVERIFY(!d.warningLabel()->isHidden());
    QCOMPARE(d.friendBox()->currentText(), QStringLiteral("Alice"));
    const SavedForward back = d.forward();
    QCOMPARE(back.spec.id, f.spec.id);
    QCOMPARE(back.enabled, false);
    QCOMPARE(back.spec.listenAddress, f.spec.listenAddress);
    QCOMPARE(back.spec.listenPort, f.spec.listenPort);
    QCOMPARE(back.spec.host, f.spec.host);
    QCOMPARE(back.spec.port, f.spec.port);
}

void TestTunnelsPanel::shareDialogChecksRules()
{
    ShareDialog d(&m_contacts);
    d.setFriend(m_alice.key);
    QVERIFY(!d.okButton()->isEnabled()); // no port yet
    d.portsField()->setText(QStringLiteral("8000-8080"));
    QVERIFY(d.okButton()->isEnabled());
    auto s = d.share();
    QVERIFY(s.has_value());
    QCOMPARE(s->friendKey, m_alice.key);
    QCOMPARE(s->rule.ports().first, quint16(8000));
    QCOMPARE(s->rule.ports().last, quint16(8080));
    d.portsField()->setText(QStringLiteral("70000"));
    QVERIFY(!d.okButton()->isEnabled());
    QVERIFY(!d.problemLabel()->text().isEmpty());
    QVERIFY(!d.share().has_value());
    d.hostField()->setText(QStringLiteral("::1"));
    d.portsField()->setText(QStringLiteral("*"));
    QVERIFY(d.okButton()->isEnabled());
    QCOMPARE(d.share()->rule.host(), QStringLiteral("::1"));
    QVERIFY(d.share()->rule.ports().isAny());
}

void TestTunnelsPanel::panelManagesForwardsAndSaves()
{
    TunnelsPanel panel(*m_manager, &m_contacts);
    panel.resize(900, 300);
    panel.show();
    ForwardModel* model = panel.forwardModel();

    // "Open a tunnel…" with Bob preselected, as from his context menu.
    whenModal([this](QWidget* w) {
        auto* d = qobject_cast<ForwardDialog*>(w);
        QVERIFY(d);
        QCOMPARE(d->friendBox()->currentText(), QStringLiteral("Bob"));
        d->listenPortBox()->setValue(2222);
        d->portBox()->setValue(22);
        d->okButton()->click();
    });
    panel.openTunnelTo(m_bob.key);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, ForwardModel::Friend), QStringLiteral("Bob"));
    QCOMPARE(cell(model, 0, ForwardModel::Local), QStringLiteral("127.0.0.1:2222"));
    QCOMPARE(cell(model, 0, ForwardModel::Target), QStringLiteral("127.0.0.1:22"));
    QCOMPARE(cell(model, 0, ForwardModel::State), QStringLiteral("Starting…")); // the engine never answers
    QCOMPARE(cell(model, 0, ForwardModel::Path), QStringLiteral("Offline"));
    QVERIFY(model->index(0, ForwardModel::Local).data(Qt::DecorationRole).isNull());

    // Saved at once.
    TunnelSettings saved = TunnelSettingsStore(m_path).load(nullptr);
    QCOMPARE(saved.forwards.size(), 1);
    QCOMPARE(saved.forwards[0].spec.listenPort, quint16(2222));
    QVERIFY(saved.forwards[0].enabled);

    // Stop, start.
    panel.forwardView()->selectRow(0);
    auto* stop = panel.findChild<QPushButton*>(QStringLiteral("stopForwardButton"));
    auto* start = panel.findChild<QPushButton*>(QStringLiteral("startForwardButton"));
    QVERIFY(stop->isEnabled());
    QVERIFY(!start->isEnabled());
    stop->click();
    QCOMPARE(cell(model, 0, ForwardModel::State), QStringLiteral("Stopped"));
    QVERIFY(start->isEnabled());
    QVERIFY(!TunnelSettingsStore(m_path).load(nullptr).forwards[0].enabled);
    start->click();
    QCOMPARE(cell(model, 0, ForwardModel::State), QStringLiteral("Starting…"));
    QVERIFY(TunnelSettingsStore(m_path).load(nullptr).forwards[0].enabled);

    // Edit: listen beyond loopback; the row warns.
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<ForwardDialog*>(w);
        QVERIFY(d);
        d->listenChoice()->setCurrentIndex(2);
        d->listenAddressField()->setText(QStringLiteral("0.0.0.0"));
        d->okButton()->click();
    });
    panel.findChild<QPushButton*>(QStringLiteral("editForwardButton"))->click();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, ForwardModel::Local), QStringLiteral("0.0.0.0:2222"));
    QVERIFY(!model->index(0, ForwardModel::Local).data(Qt::DecorationRole).isNull());
    QVERIFY(model->index(0, ForwardModel::Local).data(Qt::ToolTipRole).toString().contains(QLatin1String("anyone")));
    saved = TunnelSettingsStore(m_path).load(nullptr);
    QCOMPARE(saved.forwards[0].spec.listenAddress, QHostAddress(QHostAddress::AnyIPv4));

    // Remove, after a confirmation.
    panel.forwardView()->selectRow(0);
    whenModal([](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    panel.findChild<QPushButton*>(QStringLiteral("removeForwardButton"))->click();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(TunnelSettingsStore(m_path).load(nullptr).forwards.isEmpty());
}

void TestTunnelsPanel::panelManagesShares()
{
    TunnelsPanel panel(*m_manager, &m_contacts);
    panel.show();
    ShareModel* model = panel.shareModel();
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<ShareDialog*>(w);
        QVERIFY(d);
        d->portsField()->setText(QStringLiteral("22"));
        d->labelField()->setText(QStringLiteral("SSH"));
        d->okButton()->click();
    });
    panel.sharePortWith(m_alice.key);
    QCOMPARE(panel.tabs()->currentIndex(), 1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, ShareModel::Friend), QStringLiteral("Alice"));
    QCOMPARE(cell(model, 0, ShareModel::Host), QStringLiteral("127.0.0.1"));
    QCOMPARE(cell(model, 0, ShareModel::Ports), QStringLiteral("22"));
    QCOMPARE(cell(model, 0, ShareModel::Label), QStringLiteral("SSH"));
    // What the service is told: Alice may reach 127.0.0.1:22, nobody else anything.
    const TunnelPolicy p = m_manager->settings().policy();
    QVERIFY(p.allows(m_alice.key, u"127.0.0.1", 22));
    QVERIFY(!p.allows(m_alice.key, u"127.0.0.1", 23));
    QVERIFY(!p.allows(m_bob.key, u"127.0.0.1", 22));

    panel.shareView()->selectRow(0);
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<ShareDialog*>(w);
        QVERIFY(d);
        QCOMPARE(d->portsField()->text(), QStringLiteral("22"));
        d->hostField()->setText(QStringLiteral("*"));
        d->portsField()->setText(QStringLiteral("8000-8080"));
        d->okButton()->click();
    });
    panel.findChild<QPushButton*>(QStringLiteral("editShareButton"))->click();
    QCOMPARE(cell(model, 0, ShareModel::Host), QStringLiteral("Any host (*)"));
    QCOMPARE(cell(model, 0, ShareModel::Ports), QStringLiteral("8000-8080"));
    QCOMPARE(TunnelSettingsStore(m_path).load(nullptr).shares[0].rule.toString(), QStringLiteral("*:8000-8080"));

    panel.shareView()->selectRow(0);
    whenModal([](QWidget* w) { qobject_cast<QMessageBox*>(w)->button(QMessageBox::Yes)->click(); });
    panel.findChild<QPushButton*>(QStringLiteral("removeShareButton"))->click();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(TunnelSettingsStore(m_path).load(nullptr).shares.isEmpty());
}

void TestTunnelsPanel::failedStartShowsTheReason()
{
    TunnelsPanel panel(*m_manager, &m_contacts);
    SavedForward f;
    f.spec.friendKey = m_alice.key;
    f.spec.host = QStringLiteral("127.0.0.1");
    f.spec.port = 22;
    const QString id = m_manager->addForward(f);
    // As the service answers when the port is taken.
    Q_EMIT m_control->forwardAdded(id, false, QStringLiteral("127.0.0.1:22 is in use"));
    ForwardModel* model = panel.forwardModel();
    QCOMPARE(cell(model, 0, ForwardModel::State), QStringLiteral("Failed"));
    QCOMPARE(cell(model, 0, ForwardModel::Problem), QStringLiteral("127.0.0.1:22 is in use"));
    QVERIFY(!model->index(0, ForwardModel::Problem).data(Qt::DecorationRole).isNull());

    // Statistics: listening, with the last failed request's reason.
    ForwardInfo info;
    info.id = id;
    info.friendKey = m_alice.key;
    info.listen = QStringLiteral("127.0.0.1:40000");
    info.state = ForwardInfo::State::Listening;
    info.error = QStringLiteral("denied by the rules: 127.0.0.1:22 is not shared with you");
    info.openStreams = 2;
    info.bytes = {3 * 1024 * 1024, 1024};
    Q_EMIT m_control->forwardAdded(id, true, QString());
    Q_EMIT m_control->statistics({info}, {});
    QCOMPARE(cell(model, 0, ForwardModel::State), QStringLiteral("Listening"));
    QCOMPARE(cell(model, 0, ForwardModel::Local), QStringLiteral("127.0.0.1:40000"));
    QCOMPARE(cell(model, 0, ForwardModel::Streams), QStringLiteral("2"));
    QCOMPARE(cell(model, 0, ForwardModel::Path), QStringLiteral("Direct (UDP)"));
    QVERIFY(cell(model, 0, ForwardModel::Transferred).contains(QLatin1String("3.0 MiB")));
    QCOMPARE(cell(model, 0, ForwardModel::Problem), info.error);
}

void TestTunnelsPanel::contactMenuOffersTunnels()
{
    ContactListView view;
    view.setModel(&m_contacts);
    view.show();
    view.setCurrentIndex(m_contacts.index(m_contacts.rowOf(m_alice.key), 0));
    QStringList texts;
    bool opened = false;
    const auto menuTexts = [&view, &texts, &opened](bool trigger) {
        texts.clear();
        QTimer::singleShot(50, [&texts, &opened, trigger] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* a : menu->actions())
                texts << a->text();
            for (QAction* a : menu->actions())
                if (trigger && a->text() == QStringLiteral("Open a tunnel to…")) {
                    opened = true;
                    menu->setActiveAction(a);
                    a->trigger();
                }
            menu->close();
        });
        QContextMenuEvent e(QContextMenuEvent::Keyboard, QPoint(5, 5), view.viewport()->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(view.viewport(), &e);
    };
    menuTexts(false);
    QVERIFY(!texts.isEmpty());
    QVERIFY(!texts.contains(QStringLiteral("Open a tunnel to…"))); // no tunnels in this app
    view.setTunnelActionsShown(true);
    PublicKey asked;
    connect(&view, &ContactListView::openTunnelRequested, this, [&asked](const PublicKey& k) { asked = k; });
    menuTexts(true);
    QVERIFY(texts.contains(QStringLiteral("Share a port with…")));
    QVERIFY(opened);
    QCOMPARE(asked, m_alice.key);
}

void TestTunnelsPanel::everyControlHasAName()
{
    TunnelsPanel panel(*m_manager, &m_contacts);
    panel.show();
    for (int i = 0; i < panel.tabs()->count(); ++i) {
        panel.tabs()->setCurrentIndex(i);
        QVERIFY2(unnamedControls(&panel).isEmpty(), qPrintable(unnamedControls(&panel).join(QStringLiteral(", "))));
    }
    ForwardDialog fd(&m_contacts);
    fd.listenChoice()->setCurrentIndex(2);
    fd.show();
    QVERIFY2(unnamedControls(&fd).isEmpty(), qPrintable(unnamedControls(&fd).join(QStringLiteral(", "))));
    ShareDialog sd(&m_contacts);
    sd.show();
    QVERIFY2(unnamedControls(&sd).isEmpty(), qPrintable(unnamedControls(&sd).join(QStringLiteral(", "))));
}

QTEST_MAIN(TestTunnelsPanel)
#include "test_tunnels_panel.moc"
