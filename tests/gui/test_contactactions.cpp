// A contact's actions and the message search, through the real main window
// over a real ChatService and history file (no network: the engine is
// never started, so the contact is a blocked key, which the list shows):
// block with a confirmation, rename from the keyboard's context menu,
// export the chat to a file (and a clear error for a path that cannot be
// written), search every chat and open the hit, delete the history.
#include "core/chat/chatservice.h"
#include "core/engine.h"
#include "core/history/historystore.h"
#include "gui/chat/chatarea.h"
#include "gui/chat/chatpage.h"
#include "gui/contacts/contactactions.h"
#include "gui/contacts/contactlistview.h"
#include "gui/contacts/contactmodel.h"
#include "gui/contacts/contactspane.h"
#include "gui/mainwindow.h"
#include "gui/search/historysearchdialog.h"
#include "gui/search/searchresultmodel.h"
#include "guitestsupport.h"

#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using namespace warren::test;

namespace {
void answerYes(QWidget* w)
{
    qobject_cast<QMessageBox*>(w)->button(QMessageBox::Yes)->click();
}

/// Types @p path into a file dialog's name field (what a person does;
/// selectFile() races with the dialog's asynchronous directory loading)
/// and accepts it.
void saveAs(QWidget* w, const QString& path)
{
    auto* d = qobject_cast<QFileDialog*>(w);
    auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(path);
    static_cast<QDialog*>(d)->accept(); // QFileDialog's own accept() takes the typed name
}

/// Triggers the entry @p text of the next popup menu.
void whenMenu(const QString& text, bool* found)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, text, found] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        timer->deleteLater();
        for (QAction* a : menu->actions())
            if (a->text() == text) {
                *found = true;
                menu->close();
                a->trigger();
                return;
            }
        menu->close();
    });
    timer->start();
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestContactActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::installEnglishPlurals()); }
    void actionsAndSearch();
};

void TestContactActions::actionsAndSearch()
{
    QTemporaryDir dir;
    HistoryError error;
    Engine engine; // not started: nothing leaves this process
    ChatService chat(engine, HistoryStore::open(dir.filePath(QStringLiteral("me.history.db")), {}, &error));
    QVERIFY2(error.ok(), qPrintable(error.message));
    MainWindow window(engine, chat);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const PublicKey key = randomAddress().publicKey();
    chat.sendMessage(key, QStringLiteral("Remember the walrus"));
    chat.sendMessage(key, QStringLiteral("Oysters at noon"));

    // Block (after a confirmation): the key is listed, as blocked.
    ContactActions* actions = window.findChild<ContactActions*>();
    QVERIFY(actions);
    whenModal(answerYes);
    actions->run(ContactAction::Block, key);
    QTRY_VERIFY(window.contacts()->find(key) && window.contacts()->find(key)->blocked);
    ContactListView* list = window.contactsPane()->list();
    list->selectKey(key);
    QCOMPARE(list->currentKey(), key);
    QVERIFY(list->currentIndex().data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(", blocked")));

    // Rename from the keyboard: Menu key, "Rename…", type, Enter.
    bool found = false;
    whenMenu(QStringLiteral("Rename…"), &found);
    whenModal([](QWidget* w) {
        auto* d = qobject_cast<QInputDialog*>(w);
        d->setTextValue(QStringLiteral("The Walrus"));
        d->accept();
    });
    const QPoint centre = list->viewport()->rect().center();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, centre, list->viewport()->mapToGlobal(centre));
    QApplication::sendEvent(list->viewport(), &menuKey);
    QVERIFY(found);
    QTRY_COMPARE(window.contacts()->find(key)->displayName(), QStringLiteral("The Walrus"));

    // Export to a file, then to a place that cannot be written.
    const QString exported = dir.filePath(QStringLiteral("walrus.txt"));
    whenModal([exported](QWidget* w) { saveAs(w, exported); });
    actions->run(ContactAction::ExportChat, key);
    QTRY_VERIFY(readAll(exported).contains(QStringLiteral("Oysters at noon")));
    QVERIFY(readAll(exported).contains(QStringLiteral("Remember the walrus")));
    QString warning;
    whenModal([](QWidget* w) { saveAs(w, QStringLiteral("/proc/walrus.txt")); });
    QTimer warningWatch; // the file dialog closes first, then the warning comes up
    connect(&warningWatch, &QTimer::timeout, [&warning] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    warningWatch.start(20);
    actions->run(ContactAction::ExportChat, key);
    QVERIFY2(warning.startsWith(QStringLiteral("The chat could not be exported")), qPrintable(warning));

    // Search every chat (Ctrl+Shift+F), then open the hit's chat.
    warningWatch.stop();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    auto* search = window.findChild<HistorySearchDialog*>();
    QVERIFY(search);
    QTest::keyClicks(search->field(), QStringLiteral("walrus"));
    QTest::keyClick(search->field(), Qt::Key_Return);
    QTRY_COMPARE(search->model()->rowCount(), 1);
    const QModelIndex hit = search->model()->index(0, 0);
    QVERIFY(hit.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("You to The Walrus")));
    QVERIFY(hit.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(": Remember the walrus")));
    QCOMPARE(search->status()->text(), QStringLiteral("1 matching message."));
    QSignalSpy open(search, &HistorySearchDialog::openRequested);
    search->results()->setCurrentIndex(hit);
    QTest::keyClick(search->results(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QVERIFY(search->isVisible()); // Enter opened the hit; the dialog stays for the next one
    QTRY_VERIFY(window.chatArea()->current() && window.chatArea()->current()->key() == key);

    // Delete the history (confirmed): the search finds nothing any more.
    whenModal(answerYes);
    actions->run(ContactAction::DeleteHistory, key);
    search->field()->clear();
    QTest::keyClicks(search->field(), QStringLiteral("oysters"));
    QTest::keyClick(search->field(), Qt::Key_Return);
    QTRY_COMPARE(search->status()->text(), QStringLiteral("No message contains “oysters”."));
    QCOMPARE(search->model()->rowCount(), 0);
    QVERIFY(window.contacts()->find(key)); // the contact stays
}

QTEST_MAIN(TestContactActions)
#include "test_contactactions.moc"
