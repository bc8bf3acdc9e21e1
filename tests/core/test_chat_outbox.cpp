// The outbox's rules without Tox: strictly in order with one message in
// flight, nothing while offline, receipts per session, the single resend of
// a Sent message without a receipt, a full toxcore queue, and permanent
// failures.
#include "core/chat/outbox.h"

#include <QTest>

using namespace warren;
using State = ChatMessage::State;

namespace {
PublicKey key(char c)
{
    return PublicKey::fromBytes(QByteArray(PublicKey::size, c));
}

/// A history in memory and a record of what was handed to "toxcore".
class FakePort : public OutboxPort {
public:
    QList<UnsentMessage> rows;
    QList<qint64> handed;
    int retries = 0;

    qint64 add(const PublicKey& to)
    {
        ChatMessage m;
        m.id = rows.size() + 1;
        m.friendKey = to;
        m.outgoing = true;
        m.state = State::Queued;
        rows.append({m, 0});
        return m.id;
    }
    UnsentMessage& row(qint64 id) { return rows[id - 1]; }

    QList<UnsentMessage> unsent(const PublicKey& to) override
    {
        QList<UnsentMessage> out;
        for (const UnsentMessage& u : rows)
            if (u.message.friendKey == to && (u.message.state == State::Queued || u.message.state == State::Sent))
                out.append(u);
        return out;
    }
    void hand(const ChatMessage& m) override { handed.append(m.id); }
    void changeState(const PublicKey&, qint64 id, State s, bool h) override
    {
        row(id).message.state = s;
        row(id).attempts += h ? 1 : 0;
    }
    void retrySoon(const PublicKey&) override { ++retries; }
};
} // namespace

class TestChatOutbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void inOrderOneAtATime();
    void offlineQueuesUntilOnline();
    void resendOnceAfterDrop();
    void inFlightAcrossReconnect();
    void queueFullRetriesSameMessage();
    void permanentFailureMovesOn();
    void offlineAnswerWaitsForNextSession();
};

void TestChatOutbox::inOrderOneAtATime()
{
    FakePort port;
    Outbox box(port);
    const PublicKey a = key('a');
    box.setOnline(a, true);
    for (int i = 0; i < 3; ++i) {
        const qint64 id = port.add(a);
        box.enqueue(port.row(id).message);
    }
    QCOMPARE(port.handed, (QList<qint64>{1}));
    box.sent(a, 1, 100);
    QCOMPARE(port.handed, (QList<qint64>{1, 2}));
    box.sent(a, 3, 101); // not the one in flight: ignored
    QCOMPARE(port.handed.size(), 2);
    box.sent(a, 2, 101);
    box.sent(a, 3, 102);
    QCOMPARE(port.handed, (QList<qint64>{1, 2, 3}));
    box.delivered(a, 101);
    QCOMPARE(port.row(2).message.state, State::Delivered);
    QCOMPARE(port.row(1).message.state, State::Sent);
    QCOMPARE(port.row(1).attempts, 1);
}

void TestChatOutbox::offlineQueuesUntilOnline()
{
    FakePort port;
    Outbox box(port);
    const PublicKey a = key('a');
    for (int i = 0; i < 3; ++i)
        box.enqueue(port.row(port.add(a)).message);
    QVERIFY(port.handed.isEmpty());
    box.setOnline(a, true);
    box.sent(a, 1, 1);
    box.sent(a, 2, 2);
    box.sent(a, 3, 3);
    QCOMPARE(port.handed, (QList<qint64>{1, 2, 3}));
}

void TestChatOutbox::resendOnceAfterDrop()
{
    FakePort port;
    Outbox box(port);
    const PublicKey a = key('a');
    box.setOnline(a, true);
    box.enqueue(port.row(port.add(a)).message);
    box.sent(a, 1, 7);
    box.setOnline(a, false);
    box.delivered(a, 7); // a receipt of the old session cannot arrive; ignored if it did
    QCOMPARE(port.row(1).message.state, State::Sent);
    box.setOnline(a, true); // next session: resent once
    QCOMPARE(port.handed, (QList<qint64>{1, 1}));
    box.sent(a, 1, 1);
    QCOMPARE(port.row(1).attempts, 2);
    box.setOnline(a, false);
    box.setOnline(a, true); // never again
    QCOMPARE(port.handed.size(), 2);
    // A fresh Outbox (Warren restarted) follows the same rule from the history.
    Outbox restarted(port);
    restarted.setOnline(a, true);
    QCOMPARE(port.handed.size(), 2);
}

void TestChatOutbox::inFlightAcrossReconnect()
{
    FakePort port;
    Outbox box(port);
    const PublicKey a = key('a');
    box.setOnline(a, true);
    box.enqueue(port.row(port.add(a)).message);
    box.enqueue(port.row(port.add(a)).message);
    box.setOnline(a, false);
    box.setOnline(a, true); // message 1 still in flight: not handed twice
    QCOMPARE(port.handed, (QList<qint64>{1}));
    box.sent(a, 1, 5); // handed in the new session
    QCOMPARE(port.handed, (QList<qint64>{1, 2}));
    box.delivered(a, 5);
    QCOMPARE(port.row(1).message.state, State::Delivered);
}

void TestChatOutbox::queueFullRetriesSameMessage()
{
    FakePort port;
    Outbox box(port);
    const PublicKey a = key('a');
    box.setOnline(a, true);
    box.enqueue(port.row(port.add(a)).message);
    box.enqueue(port.row(port.add(a)).message);
    box.failed(a, 1, Outbox::Failure::QueueFull);
    QCOMPARE(port.retries, 1);
    box.pump(a);
    QCOMPARE(port.handed, (QList<qint64>{1, 1}));
    QCOMPARE(port.row(1).message.state, State::Queued);
}

void TestChatOutbox::permanentFailureMovesOn()
{
    FakePort port;
    Outbox box(port);
    const PublicKey a = key('a');
    box.setOnline(a, true);
    box.enqueue(port.row(port.add(a)).message);
    box.enqueue(port.row(port.add(a)).message);
    box.failed(a, 1, Outbox::Failure::Permanent);
    QCOMPARE(port.row(1).message.state, State::Failed);
    QCOMPARE(port.handed, (QList<qint64>{1, 2}));
}

void TestChatOutbox::offlineAnswerWaitsForNextSession()
{
    FakePort port;
    Outbox box(port);
    const PublicKey a = key('a');
    box.setOnline(a, true);
    box.enqueue(port.row(port.add(a)).message);
    box.enqueue(port.row(port.add(a)).message);
    box.failed(a, 1, Outbox::Failure::Offline);
    QCOMPARE(port.handed, (QList<qint64>{1}));
    box.setOnline(a, false); // toxcore's connection event follows
    box.setOnline(a, true);
    QCOMPARE(port.handed, (QList<qint64>{1, 1}));
    QCOMPARE(port.row(1).attempts, 0);
}

QTEST_GUILESS_MAIN(TestChatOutbox)
#include "test_chat_outbox.moc"
