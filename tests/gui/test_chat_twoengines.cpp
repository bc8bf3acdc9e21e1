// The whole chat GUI over two real engines on loopback (each with its
// ChatService, history and MainWindow): a friend request sent from the
// add-friend dialog and accepted in the other side's inbox, a message typed
// and sent with Enter that shows as delivered, the typing indicator, unread
// counts and notifications, and the offline queue: a message written while
// the friend is away shows as queued (also after a restart of the sender)
// and is delivered, visibly, once the friend is back.
#include "memorysavesink.h"
#include "toxtestnet.h"

#include "core/chat/chatservice.h"
#include "core/history/historystore.h"
#include "gui/chat/chatbinder.h"
#include "gui/chat/chatpage.h"
#include "gui/chat/composer.h"
#include "gui/chat/messagemodel.h"
#include "gui/contacts/contactmodel.h"
#include "gui/contacts/requestmodel.h"
#include "gui/desktop/notifier.h"
#include "gui/dialogs/addfrienddialog.h"
#include "gui/dialogs/requestinbox.h"
#include "gui/mainwindow.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using namespace warren::test;
using State = ChatMessage::State;

namespace {
constexpr int connectMs = 120000;
constexpr int messageMs = 20000;

/// One person: engine, saved profile, history, ChatService and main window.
class Peer {
public:
    Peer(const QString& label, const QTemporaryDir& dir)
        : node(label)
        , m_history(dir.filePath(label + QStringLiteral(".history.db")))
    {
    }
    ~Peer() { stop(); }

    bool start()
    {
        if (!node.start(loopbackConfig(sink->data(), sink)))
            return false;
        HistoryError e;
        auto store = HistoryStore::open(m_history, {}, &e);
        if (!store)
            return false;
        chat = std::make_unique<ChatService>(node.engine(), std::move(store));
        window = std::make_unique<MainWindow>(node.engine(), *chat);
        window->setWindowTitle(node.label());
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    void stop()
    {
        window.reset();
        chat.reset();
        node.stop();
    }

    PublicKey key() const { return node.key(); }
    /// The friend's row in this window's contact list.
    const Contact* contact(const PublicKey& k) const { return window ? window->contacts()->find(k) : nullptr; }
    bool sees(const PublicKey& k) const
    {
        const Contact* c = contact(k);
        return c != nullptr && c->online();
    }
    ChatPage* openChat(const PublicKey& k)
    {
        window->openChat(k);
        return window->chats()->existingPage(k);
    }

    TestNode node;
    std::shared_ptr<MemorySaveSink> sink = std::make_shared<MemorySaveSink>();
    std::unique_ptr<ChatService> chat;
    std::unique_ptr<MainWindow> window;

private:
    QString m_history;
};

/// The row of @p text in @p model, or -1.
int rowOf(const MessageModel* model, const QString& text)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->at(r).text == text)
            return r;
    return -1;
}

/// Waits until @p a and @p b see each other online, bootstrapping them to
/// each other again every few seconds (a restarted node has a new DHT key,
/// and the other may have lost its only DHT peer meanwhile).
bool reconnect(Peer& a, Peer& b)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < connectMs) {
        bootstrapAll({&a.node, &b.node});
        if (QTest::qWaitFor([&] { return a.sees(b.key()) && b.sees(a.key()); }, 5000))
            return true;
    }
    return false;
}

State stateOf(const MessageModel* model, const QString& text)
{
    const int r = rowOf(model, text);
    return r < 0 ? State::Failed : model->at(r).state;
}
} // namespace

class TestChatTwoEngines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void requestAcceptAndDelivery();
    void offlineQueueFlushedOnReconnect();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Peer> m_a, m_b;
};

void TestChatTwoEngines::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_a = std::make_unique<Peer>(QStringLiteral("alice"), m_dir);
    m_b = std::make_unique<Peer>(QStringLiteral("bob"), m_dir);
    QVERIFY(m_a->start());
    QVERIFY(m_b->start());
    bootstrapAll({&m_a->node, &m_b->node});
}

void TestChatTwoEngines::requestAcceptAndDelivery()
{
    Peer& a = *m_a;
    Peer& b = *m_b;
    QSignalSpy bNotes(new Notifier(
                          *b.chat, [&b](const PublicKey& k) { return b.window->isChatInFocus(k); }, b.chat.get()),
        &Notifier::notify);

    // Alice pastes Bob's tox: link into the add-friend dialog and sends.
    QPointer<AddFriendDialog> add = a.window->showAddFriend(b.node.self().address.toUri());
    QVERIFY(add->sendButton()->isEnabled());
    add->messageField()->setPlainText(QStringLiteral("It's Alice, from the tea party"));
    QTest::mouseClick(add->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!add || add->isHidden(), messageMs); // the request went out: it closed
    QVERIFY(a.contact(b.key())); // pending friend, offline

    // Bob sees it in his inbox (and gets a notification) and accepts it.
    QTRY_COMPARE_WITH_TIMEOUT(b.window->requests()->rowCount(), 1, connectMs);
    QTRY_VERIFY(!bNotes.isEmpty());
    QVERIFY(bNotes.last()[0].toString().startsWith(QStringLiteral("Friend request from")));
    QPointer<RequestInbox> inbox = b.window->showInbox();
    QCOMPARE(inbox->selectedKey(), a.key());
    QCOMPARE(inbox->list()->currentIndex().data(RequestModel::MessageRole).toString(),
        QStringLiteral("It's Alice, from the tea party"));
    QTest::mouseClick(inbox->findChild<QPushButton*>(QStringLiteral("acceptButton")), Qt::LeftButton);
    QTRY_COMPARE(b.window->requests()->rowCount(), 0);
    inbox->close();
    QTRY_VERIFY_WITH_TIMEOUT(a.sees(b.key()) && b.sees(a.key()), connectMs);

    // Alice types (Bob sees the indicator in his open chat), then sends with Enter.
    ChatPage* aPage = a.openChat(b.key());
    ChatPage* bPage = b.openChat(a.key());
    QVERIFY(aPage && bPage);
    auto* bTyping = bPage->findChild<QLabel*>(QStringLiteral("typingIndicator"));
    QTest::keyClicks(aPage->composer(), QStringLiteral("Hello Bob"));
    QTRY_VERIFY_WITH_TIMEOUT(bTyping->text().contains(QStringLiteral("typing")), messageMs);
    QTest::keyClicks(aPage->composer(), QStringLiteral(", have you seen the rabbit?"));
    QTest::keyClick(aPage->composer(), Qt::Key_Return);
    const QString text = QStringLiteral("Hello Bob, have you seen the rabbit?");
    QVERIFY(rowOf(aPage->messages(), text) >= 0); // shown at once
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(aPage->messages(), text), State::Delivered, messageMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(bPage->messages(), text) >= 0, messageMs);
    QTRY_VERIFY_WITH_TIMEOUT(!bTyping->text().contains(QStringLiteral("typing")), messageMs);
    const QModelIndex shown = aPage->messages()->index(rowOf(aPage->messages(), text), 0);
    QVERIFY(shown.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("delivered")));

    // Bob's window is not the active one: the message counts as unread and
    // is announced; reading the chat clears the count.
    b.window->activateWindow();
    if (QTest::qWaitForWindowActive(b.window.get(), 2000)) {
        b.chat->markRead(a.key());
        QTRY_COMPARE(b.contact(a.key())->unread, 0);
    }
    a.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(a.window.get(), 5000));
    const int notesBefore = static_cast<int>(bNotes.size());
    aPage->composer()->setPlainText(QStringLiteral("Are you there?"));
    aPage->composer()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(bPage->messages(), QStringLiteral("Are you there?")) >= 0, messageMs);
    QTRY_COMPARE(b.contact(a.key())->unread, 1);
    QTRY_COMPARE(static_cast<int>(bNotes.size()), notesBefore + 1);
    QCOMPARE(bNotes.last()[1].toString(), QStringLiteral("Are you there?"));
}

void TestChatTwoEngines::offlineQueueFlushedOnReconnect()
{
    Peer& a = *m_a;
    Peer& b = *m_b;
    const PublicKey bKey = b.key();
    b.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!a.sees(bKey), connectMs);

    // Written while Bob is away: shown as queued.
    ChatPage* aPage = a.openChat(bKey);
    QVERIFY(aPage);
    const QString text = QStringLiteral("I'll wait for you by the tree");
    QTest::keyClicks(aPage->composer(), text);
    QTest::keyClick(aPage->composer(), Qt::Key_Return);
    QTRY_COMPARE(stateOf(aPage->messages(), text), State::Queued);
    const QModelIndex row = aPage->messages()->index(rowOf(aPage->messages(), text), 0);
    QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("queued")));

    // The queue is kept in the history: Alice restarts too (a long-running
    // toxcore keeps looking for Bob's old instance for minutes) and still
    // sees the message as queued.
    a.stop();
    QVERIFY(a.start());
    QTRY_VERIFY(a.contact(bKey)); // the friend list comes from the engine once it runs
    aPage = a.openChat(bKey);
    QVERIFY(aPage);
    QCOMPARE(stateOf(aPage->messages(), text), State::Queued);

    // Bob comes back: the queue is flushed, Alice's view shows the message
    // delivered, and Bob's chat view shows it.
    QVERIFY(b.start());
    QCOMPARE(b.key(), bKey);
    QVERIFY(reconnect(a, b));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(aPage->messages(), text), State::Delivered, messageMs);
    ChatPage* bPage = b.openChat(a.key());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(bPage->messages(), text) >= 0, messageMs);
    // Sent once: the history has it exactly once, after the earlier messages.
    int copies = 0;
    for (int r = 0; r < bPage->messages()->rowCount(); ++r)
        copies += bPage->messages()->at(r).text == text;
    QCOMPARE(copies, 1);
    QVERIFY(rowOf(bPage->messages(), QStringLiteral("Are you there?")) < rowOf(bPage->messages(), text));
}

void TestChatTwoEngines::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
}

int main(int argc, char** argv)
{
    // Two connects of up to two minutes each: more than QtTest's 5-minute default.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "540000");
    QApplication app(argc, argv);
    TestChatTwoEngines test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_chat_twoengines.moc"
