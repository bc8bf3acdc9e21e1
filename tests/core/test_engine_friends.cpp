// Two real engines on loopback: a friend request with a message, presence,
// text messages both ways with delivery receipts, and a restart of both from
// their saved profiles (real .tox files, one with a password) after which
// they are still friends and reconnect.
#include "core/profile/profilefile.h"
#include "toxtestnet.h"

#include <QTemporaryDir>

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
    QTemporaryDir dir;
    const QString pathA = dir.filePath(QStringLiteral("a.tox")), pathB = dir.filePath(QStringLiteral("b.tox"));
    const QString passwordB = QStringLiteral("correct horse");
    ProfileError err;
    auto fileA = ProfileFile::create(pathA, {}, &err);
    auto fileB = ProfileFile::create(pathB, passwordB, &err);
    QVERIFY2(fileA && fileB, qPrintable(err.message));
    TestNode a(QStringLiteral("a")), b(QStringLiteral("b"));
    QVERIFY(a.start(loopbackConfig({}, fileA)));
    QVERIFY(b.start(loopbackConfig({}, fileB)));
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

    // Restart both from their profile files: same identities, still friends.
    const PublicKey keyA = a.key(), keyB = b.key();
    a.stop(); // stopping saves
    b.stop();
    fileA.reset();
    fileB.reset();
    QVERIFY(!ProfileFile::inspect(pathA).encrypted);
    QVERIFY(ProfileFile::inspect(pathB).encrypted);
    QByteArray saveA, saveB;
    fileA = ProfileFile::open(pathA, {}, &saveA, &err);
    QVERIFY2(fileA, qPrintable(err.message));
    QVERIFY(!ProfileFile::open(pathB, QStringLiteral("wrong"), &saveB, &err));
    QCOMPARE(err.kind, ProfileError::Kind::WrongPassword);
    fileB = ProfileFile::open(pathB, passwordB, &saveB, &err);
    QVERIFY2(fileB, qPrintable(err.message));
    QVERIFY(a.start(loopbackConfig(saveA, fileA)));
    QVERIFY(b.start(loopbackConfig(saveB, fileB)));
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
