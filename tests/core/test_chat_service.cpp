// ChatService over two real engines on loopback, each with its history in a
// temporary directory: friend requests kept across a restart, delivery
// receipts, actions, typing both ways, a 5000-byte message split and joined,
// the offline queue surviving a restart of the sender (each message arrives
// once, in order), and blocking (the blocked friend's requests are dropped).
#include "memorysavesink.h"
#include "toxtestnet.h"

#include "core/chat/chatservice.h"
#include "core/history/historystore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using namespace warren::test;
using State = ChatMessage::State;

namespace {
constexpr int connectMs = 120000;
constexpr int messageMs = 15000;

/// One side of a chat: engine, saved profile, history file and ChatService,
/// with a record of what the service announced.
class ChatPeer {
public:
    explicit ChatPeer(const QString& label, const QTemporaryDir& dir)
        : node(label)
        , m_history(dir.filePath(label + QStringLiteral(".history.db")))
    {
    }
    ~ChatPeer() { stop(); }

    /// (Re)starts from the saved profile and the history file.
    bool start()
    {
        if (!node.start(loopbackConfig(sink->data(), sink)))
            return false;
        HistoryError e;
        auto store = HistoryStore::open(m_history, {}, &e);
        if (!store) {
            qWarning() << e.message;
            return false;
        }
        chat = std::make_unique<ChatService>(node.engine(), std::move(store));
        QObject::connect(chat.get(), &ChatService::messageAdded, chat.get(), [this](const ChatMessage& m) {
            (m.outgoing ? sent : received).append(m);
            states[m.id].append(m.state);
        });
        QObject::connect(chat.get(), &ChatService::messageStateChanged, chat.get(),
            [this](const PublicKey&, qint64 id, State s) { states[id].append(s); });
        QObject::connect(chat.get(), &ChatService::requestReceived, chat.get(),
            [this](const FriendRequest& r) { requests.append(r); });
        return true;
    }
    void stop()
    {
        chat.reset();
        node.stop();
        received.clear();
        sent.clear();
        states.clear();
        requests.clear();
    }
    PublicKey key() const { return node.key(); }
    bool online(const ChatPeer& other) const { return chat && chat->contact(other.key()).online(); }
    State lastState(qint64 id) const { return states.value(id).isEmpty() ? State::Failed : states.value(id).last(); }

    TestNode node;
    std::shared_ptr<MemorySaveSink> sink = std::make_shared<MemorySaveSink>();
    std::unique_ptr<ChatService> chat;
    QList<ChatMessage> received;
    QList<ChatMessage> sent;
    QHash<qint64, QList<State>> states;
    QList<FriendRequest> requests;

private:
    QString m_history;
};

bool bothOnline(const ChatPeer& a, const ChatPeer& b, int timeoutMs = connectMs)
{
    return waitUntil([&] { return a.online(b) && b.online(a); }, timeoutMs);
}

/// a asks b through ChatService, b accepts, and both wait to see each other.
bool befriendChats(ChatPeer& a, ChatPeer& b)
{
    bootstrapAll({&a.node, &b.node});
    a.chat->addFriend(b.node.self().address, QStringLiteral("hi"));
    if (!waitUntil([&] { return !b.requests.isEmpty(); }, connectMs))
        return false;
    b.chat->acceptRequest(a.key());
    return bothOnline(a, b);
}
} // namespace

class TestChatService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requestsSurviveRestartThenChat();
    void offlineQueueSurvivesSenderRestart();
    void blockedFriendIsDropped();
};

void TestChatService::requestsSurviveRestartThenChat()
{
    QTemporaryDir dir;
    ChatPeer a(QStringLiteral("a"), dir), b(QStringLiteral("b"), dir);
    QVERIFY(a.start());
    QVERIFY(b.start());
    bootstrapAll({&a.node, &b.node});

    // A request to a tox: URI with a message; b keeps it across a restart.
    QSignalSpy result(a.chat.get(), &ChatService::friendRequestResult);
    a.chat->addFriend(ToxAddress::parse(b.node.self().address.toUri()), QStringLiteral("It is a — let's talk"));
    QVERIFY(result.wait(5000));
    QVERIFY(result[0][1].toBool());
    QVERIFY(waitUntil([&] { return a.chat->isContact(b.key()); }, 5000));
    QVERIFY(waitUntil([&] { return !b.requests.isEmpty(); }, connectMs));
    QCOMPARE(b.requests[0].message, QStringLiteral("It is a — let's talk"));
    // Both restart (a too: a long-running a keeps looking for b's old
    // instance for minutes, which only slows the test down).
    const PublicKey keyA = a.key();
    a.stop();
    b.stop();
    QVERIFY(b.start());
    QCOMPARE(b.chat->pendingRequests().size(), 1);
    QCOMPARE(b.chat->pendingRequests()[0].from, keyA);
    QSignalSpy removed(b.chat.get(), &ChatService::requestRemoved);
    b.chat->acceptRequest(keyA);
    QCOMPARE(removed.size(), 1);
    QVERIFY(b.chat->pendingRequests().isEmpty());
    QVERIFY(a.start());
    QVERIFY(waitUntil([&] { return a.chat->isContact(b.key()); }, 5000)); // friend list comes queued
    bootstrapAll({&a.node, &b.node});
    QVERIFY(bothOnline(a, b));

    // A message goes Queued -> Sent -> Delivered; b counts it unread.
    a.chat->sendMessage(b.key(), QStringLiteral("ping"));
    QCOMPARE(a.sent.size(), 1);
    const qint64 ping = a.sent[0].id;
    QVERIFY(waitUntil([&] { return a.lastState(ping) == State::Delivered; }, messageMs));
    QCOMPARE(a.states[ping], (QList<State>{State::Queued, State::Sent, State::Delivered}));
    QVERIFY(waitUntil([&] { return b.received.size() == 1; }, messageMs));
    QCOMPARE(b.received[0].text, QStringLiteral("ping"));
    QCOMPARE(b.received[0].friendKey, a.key());
    QCOMPARE(b.chat->contact(a.key()).unread, 1);
    b.chat->markRead(a.key());
    QCOMPARE(b.chat->contact(a.key()).unread, 0);
    QCOMPARE(a.chat->page(b.key(), 10).last().state, State::Delivered);

    // "/me" is an action.
    b.chat->sendMessage(a.key(), QStringLiteral("/me waves"));
    QVERIFY(waitUntil([&] { return a.received.size() == 1; }, messageMs));
    QVERIFY(a.received[0].action);
    QCOMPARE(a.received[0].text, QStringLiteral("waves"));

    // Typing both ways.
    a.chat->setTyping(b.key(), true);
    QVERIFY(waitUntil([&] { return b.chat->contact(a.key()).typing; }, messageMs));
    a.chat->setTyping(b.key(), false);
    QVERIFY(waitUntil([&] { return !b.chat->contact(a.key()).typing; }, messageMs));
    b.chat->setTyping(a.key(), true);
    QVERIFY(waitUntil([&] { return a.chat->contact(b.key()).typing; }, messageMs));

    // 5000 bytes arrive as 4 pieces that join to the original.
    QString longText;
    for (int i = 0; longText.toUtf8().size() < 5000; ++i)
        longText += QStringLiteral("wörd%1 ").arg(i);
    while (longText.toUtf8().size() > 5000)
        longText.chop(1);
    QCOMPARE(longText.toUtf8().size(), 5000);
    a.chat->sendMessage(b.key(), longText);
    QCOMPARE(a.sent.size(), 5);
    QVERIFY(waitUntil([&] { return b.received.size() == 5; }, messageMs));
    QString joined;
    for (qsizetype i = 1; i < b.received.size(); ++i) {
        QVERIFY(b.received[i].text.toUtf8().size() <= 1372);
        joined += b.received[i].text;
    }
    QCOMPARE(joined, longText);
    QVERIFY(waitUntil([&] { return a.lastState(a.sent.last().id) == State::Delivered; }, messageMs));

    // The chat is in the history and can be searched and exported.
    QSignalSpy found(a.chat.get(), &ChatService::searchFinished);
    a.chat->search(QStringLiteral("ping"));
    QVERIFY(found.wait(5000));
    QCOMPARE(found[0][1].value<QList<SearchHit>>().size(), 1);
    QString error;
    QVERIFY2(a.chat->exportChat(b.key(), dir.filePath(QStringLiteral("export.txt")), &error), qPrintable(error));
}

void TestChatService::offlineQueueSurvivesSenderRestart()
{
    QTemporaryDir dir;
    ChatPeer a(QStringLiteral("a"), dir), b(QStringLiteral("b"), dir);
    QVERIFY(a.start());
    QVERIFY(b.start());
    QVERIFY(befriendChats(a, b));

    // b goes away; a writes three messages, which wait in the queue.
    const PublicKey keyB = b.key();
    b.stop();
    QVERIFY(waitUntil([&] { return !a.chat->contact(keyB).online(); }, connectMs));
    const QStringList texts{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
    for (const QString& t : texts)
        a.chat->sendMessage(keyB, t);
    QTest::qWait(500);
    for (const ChatMessage& m : std::as_const(a.sent))
        QCOMPARE(a.lastState(m.id), State::Queued);

    // a restarts from its saved profile and history; the queue is still there.
    a.stop();
    QVERIFY(a.start());
    const QList<ChatMessage> queued = a.chat->page(keyB, 10);
    QCOMPARE(queued.size(), 3);
    for (const ChatMessage& m : queued)
        QCOMPARE(m.state, State::Queued);

    // b comes back: each message arrives exactly once, in order.
    QVERIFY(b.start());
    bootstrapAll({&a.node, &b.node});
    QVERIFY(bothOnline(a, b));
    QVERIFY(waitUntil([&] { return b.received.size() >= 3; }, messageMs));
    QVERIFY(waitUntil(
        [&] {
            for (const ChatMessage& m : queued)
                if (a.lastState(m.id) != State::Delivered)
                    return false;
            return true;
        },
        messageMs));
    QTest::qWait(2000);
    QCOMPARE(b.received.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(b.received[i].text, texts[i]);
    for (const ChatMessage& m : a.chat->page(b.key(), 10))
        QCOMPARE(m.state, State::Delivered);
}

void TestChatService::blockedFriendIsDropped()
{
    QTemporaryDir dir;
    ChatPeer a(QStringLiteral("a"), dir), b(QStringLiteral("b"), dir);
    QVERIFY(a.start());
    QVERIFY(b.start());
    QVERIFY(befriendChats(a, b));

    // b blocks a: toxcore drops a, the contact stays listed as blocked.
    b.chat->setBlocked(a.key(), true);
    QVERIFY(b.chat->contact(a.key()).blocked);
    QVERIFY(waitUntil([&] { return !a.online(b) && !b.online(a); }, connectMs));
    QVERIFY(b.chat->isContact(a.key()));
    a.chat->sendMessage(b.key(), QStringLiteral("are you there?"));
    QCOMPARE(a.lastState(a.sent.last().id), State::Queued);

    // a removes b and asks again: b's engine hears it, ChatService drops it.
    b.requests.clear();
    a.chat->removeFriend(b.key());
    QVERIFY(waitUntil([&] { return !a.chat->isContact(b.key()); }, 5000));
    QCOMPARE(a.lastState(a.sent.last().id), State::Failed);
    a.chat->addFriend(b.node.self().address, QStringLiteral("let me back in"));
    QVERIFY(waitUntil([&] { return b.node.requests().contains(a.key()); }, connectMs));
    QTest::qWait(300);
    QVERIFY(b.requests.isEmpty());
    QVERIFY(b.chat->pendingRequests().isEmpty());
    QVERIFY(b.received.isEmpty());
    const PublicKey keyA = a.key();
    a.stop();
    b.stop();
    QVERIFY(b.start());
    QVERIFY(b.chat->pendingRequests().isEmpty());
    QVERIFY(b.chat->contact(keyA).blocked);
    QVERIFY(a.start());

    // Unblocking adds a back; messages flow again.
    b.chat->setBlocked(a.key(), false);
    bootstrapAll({&a.node, &b.node});
    QVERIFY(bothOnline(a, b));
    a.chat->sendMessage(b.key(), QStringLiteral("hello again"));
    QVERIFY(waitUntil([&] { return b.received.size() == 1; }, messageMs));
    QCOMPARE(b.received[0].text, QStringLiteral("hello again"));
}

QTEST_GUILESS_MAIN(TestChatService)
#include "test_chat_service.moc"
