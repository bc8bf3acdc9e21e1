// Two real engines on loopback: a friend request with a message, presence,
// text messages both ways with delivery receipts, and a restart of both from
// their saved profiles after which they are still friends and reconnect.
#include "memorysavesink.h"
#include "toxtestnet.h"

#include <QSignalSpy>
#include <QTest>

using namespace warren;
using namespace warren::test;

class TestEngineFriends : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requestMessagesAndRestart();
    void badFriendRequestsAreReported();
};

void TestEngineFriends::requestMessagesAndRestart()
{
    auto sinkA = std::make_shared<MemorySaveSink>();
    auto sinkB = std::make_shared<MemorySaveSink>();
    TestNode a(QStringLiteral("a")), b(QStringLiteral("b"));
    QVERIFY(a.start(loopbackConfig({}, sinkA)));
    QVERIFY(b.start(loopbackConfig({}, sinkB)));
    QVERIFY(a.self().udpPort != 0);
    QVERIFY(a.key() != b.key());

    // Friend request carrying a message; b sees the text, accepts.
    const QString hello = QStringLiteral("Hello b, it is a — ünïcödé ✓");
    bootstrapAll({&a, &b});
    a.engine().sendFriendRequest(b.self().address, hello);
    QVERIFY(waitUntil([&] { return b.requests().contains(a.key()); }, 120000));
    QCOMPARE(b.requests().value(a.key()), hello);
    QVERIFY(a.isFriend(b.key()));
    QVERIFY(!b.isFriend(a.key()));
    b.engine().acceptFriendRequest(a.key());
    QVERIFY(waitUntil([&] { return b.isFriend(a.key()); }, 5000));
    QVERIFY(waitConnected(a, b));

    // Messages both ways, each acknowledged by a delivery receipt.
    QSignalSpy sentA(&a.engine(), &Engine::messageSent);
    a.engine().sendMessage(b.key(), QStringLiteral("ping from a"), false, 7);
    QVERIFY(waitUntil([&] { return b.messages().size() == 1; }, 10000));
    QCOMPARE(b.messages()[0].text, QStringLiteral("ping from a"));
    QCOMPARE(b.messages()[0].from, a.key());
    QVERIFY(!b.messages()[0].action);
    QCOMPARE(sentA.size(), 1);
    QCOMPARE(sentA[0][1].toULongLong(), 7ULL);
    const quint32 receipt = sentA[0][2].toUInt();
    QVERIFY(waitUntil([&] { return a.deliveredReceipts(b.key()).contains(receipt); }, 10000));

    b.engine().sendMessage(a.key(), QStringLiteral("waves back"), true, 8);
    QVERIFY(waitUntil([&] { return a.messages().size() == 1; }, 10000));
    QCOMPARE(a.messages()[0].text, QStringLiteral("waves back"));
    QVERIFY(a.messages()[0].action);

    // Restart both from what they saved: same identities, still friends.
    const PublicKey keyA = a.key(), keyB = b.key();
    a.stop();
    b.stop();
    QVERIFY(!sinkA->data().isEmpty());
    QVERIFY(!sinkB->data().isEmpty());
    QVERIFY(a.start(loopbackConfig(sinkA->data(), sinkA)));
    QVERIFY(b.start(loopbackConfig(sinkB->data(), sinkB)));
    QCOMPARE(a.key(), keyA);
    QCOMPARE(b.key(), keyB);
    QVERIFY(a.isFriend(keyB));
    QVERIFY(b.isFriend(keyA));
    bootstrapAll({&a, &b});
    QVERIFY(waitConnected(a, b));
    a.engine().sendMessage(keyB, QStringLiteral("after restart"), false, 9);
    QVERIFY(waitUntil([&] { return b.messages().size() == 1; }, 10000));
    QCOMPARE(b.messages()[0].text, QStringLiteral("after restart"));
}

void TestEngineFriends::badFriendRequestsAreReported()
{
    TestNode a(QStringLiteral("a"));
    QVERIFY(a.start(loopbackConfig()));
    QSignalSpy result(&a.engine(), &Engine::friendRequestSent);
    a.engine().sendFriendRequest(a.self().address, QStringLiteral("me?"));
    QVERIFY(result.wait(5000));
    const auto err = result[0][1].value<EngineError>();
    QVERIFY(!err.ok());
    QVERIFY(err.message.contains(QStringLiteral("own")));
    // Messages to a stranger fail with a reason instead of vanishing.
    QSignalSpy failed(&a.engine(), &Engine::messageFailed);
    TestNode stranger(QStringLiteral("s"));
    QVERIFY(stranger.start(loopbackConfig()));
    a.engine().sendMessage(stranger.key(), QStringLiteral("hi"), false, 1);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed[0][1].toULongLong(), 1ULL);
}

QTEST_GUILESS_MAIN(TestEngineFriends)
#include "test_engine_friends.moc"
