// Tox avatars between two real engines over loopback, on the file-transfer
// machinery: Alice's avatar reaches Bob byte for byte and lands in his
// cache; after both restart, Alice offers it again and Bob, who has that
// hash, cancels instead of fetching it twice; a new avatar replaces the old
// one while both are online; removing it clears Bob's copy; an avatar over
// 64 KiB is refused by the sender's service and, offered raw, cancelled by
// the receiver; a data file travels at the same time, intact; removing the
// friend drops the cached avatar.
#include "test_filesupport.h"

#include "core/avatars/avatars.h"
#include "core/engine.h"
#include "core/toxworker.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <tox/tox.h>

#include <atomic>

using namespace warren;
using namespace warren::test;

namespace {
/// PNG signature and then @p size pattern bytes (the service checks the
/// signature and the size; pictures are the GUI's business).
QByteArray fakePng(quint64 seed, qsizetype size)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + patternBytes(seed, 0, size - 8);
}

/// An engine with its Avatars and FileTransfers handles.
class AvatarPeer : public FilePeer {
public:
    using FilePeer::FilePeer;

    bool startWithAvatars(const FileTransferConfig& fileConfig, const QString& avatarFolder)
    {
        avatars.reset();
        if (!start(fileConfig))
            return false;
        avatars = std::make_unique<Avatars>(node.engine(), avatarFolder);
        QSignalSpy self(avatars.get(), &Avatars::selfAvatarChanged);
        return self.wait(10000);
    }
    void stopAll()
    {
        stop(); // stops the engine first: the services go with the core thread
        avatars.reset();
    }

    std::unique_ptr<Avatars> avatars;
};
} // namespace

class TestAvatars : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    AvatarPeer m_alice{QStringLiteral("alice")};
    AvatarPeer m_bob{QStringLiteral("bob")};
    PublicKey m_aliceKey;
    PublicKey m_bobKey;

    FileTransferConfig files(const QString& who) const
    {
        FileTransferConfig c;
        c.storePath = m_dir.filePath(who + QStringLiteral(".transfers.json"));
        c.downloadFolder = m_dir.filePath(who + QStringLiteral("-inbox"));
        return c;
    }
    QString avatarFolder(const QString& who) const { return m_dir.filePath(who + QStringLiteral(".avatars")); }
    bool startBoth()
    {
        return m_alice.startWithAvatars(files(QStringLiteral("alice")), avatarFolder(QStringLiteral("alice")))
            && m_bob.startWithAvatars(files(QStringLiteral("bob")), avatarFolder(QStringLiteral("bob")));
    }
    QByteArray bobsCopy() const
    {
        QFile f(avatarFolder(QStringLiteral("bob")) + QLatin1Char('/') + m_aliceKey.toHex() + QStringLiteral(".png"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(startBoth());
        m_aliceKey = m_alice.node.key();
        m_bobKey = m_bob.node.key();
        QVERIFY(befriend(m_alice.node, m_bob.node));
    }

    void avatarReachesTheFriend()
    {
        const QByteArray png = fakePng(1, 30000);
        QSignalSpy changed(m_bob.avatars.get(), &Avatars::friendAvatarChanged);
        m_alice.avatars->setSelfAvatar(png);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.avatars->selfAvatar(), png, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.avatars->avatar(m_aliceKey), png, 60000);
        QCOMPARE(changed.last().at(0).value<PublicKey>(), m_aliceKey);
        QCOMPARE(bobsCopy(), png); // cached on disk
    }

    void knownAvatarIsNotFetchedTwice()
    {
        const QByteArray png = m_alice.avatars->selfAvatar();
        m_alice.node.engine().saveNow();
        m_bob.node.engine().saveNow();
        m_alice.stopAll();
        m_bob.stopAll();
        QVERIFY(startBoth());
        QCOMPARE(m_alice.avatars->selfAvatar(), png); // mine, from the cache
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.avatars->avatar(m_aliceKey), png, 10000); // hers, from the cache
        QSignalSpy kept(m_bob.avatars.get(), &Avatars::friendAvatarKept);
        QSignalSpy changed(m_bob.avatars.get(), &Avatars::friendAvatarChanged);
        bootstrapAll({&m_alice.node, &m_bob.node});
        QVERIFY(waitConnected(m_alice.node, m_bob.node, 120000));
        // Alice offers it on connecting; Bob knows the hash and cancels.
        QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 1, 60000);
        QCOMPARE(kept.first().at(0).value<PublicKey>(), m_aliceKey);
        QCOMPARE(changed.size(), 0);
    }

    void newAvatarWhileOnlineWithAFileAlongside()
    {
        const QString path = m_dir.filePath(QStringLiteral("along.bin"));
        const QByteArray sha = writePatternFile(path, 9, 1 << 20);
        m_alice.files->sendFiles(m_bobKey, {path});
        QVERIFY(waitUntil([&] { return !m_alice.added.isEmpty(); }, 10000));
        const QString id = m_alice.added.last().id;
        QVERIFY(m_bob.waitState(id, TransferState::Offered));
        m_bob.files->accept(m_aliceKey, id);

        const QByteArray png = fakePng(2, 65536); // exactly the limit
        m_alice.avatars->setSelfAvatar(png);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.avatars->avatar(m_aliceKey), png, 60000);
        QCOMPARE(bobsCopy(), png);
        QVERIFY(m_bob.waitState(id, TransferState::Finished));
        QCOMPARE(fileSha256(m_bob.last.value(id).path), sha);
    }

    void oversizedAvatarsAreRefused()
    {
        // By the sender's own service...
        QSignalSpy problem(m_alice.avatars.get(), &Avatars::problem);
        m_alice.avatars->setSelfAvatar(fakePng(3, 65537));
        QVERIFY(problem.wait(10000));
        QVERIFY(problem.first().at(0).toString().contains(QStringLiteral("65536")));
        QVERIFY(m_alice.avatars->selfAvatar().size() == 65536); // unchanged
        // ...and, offered raw through toxcore, by the receiver: it cancels,
        // so the transfer is gone at Alice's end (an accepted one would
        // wait for chunks Alice never sends).
        std::atomic<int> fileNumber{-1};
        const PublicKey bob = m_bobKey;
        m_alice.node.engine().post([bob, &fileNumber](ToxWorker& w) {
            QString why;
            const auto n = w.fileSend(bob, TOX_FILE_KIND_AVATAR, 100000, QByteArray(32, 'x'), "big.png", &why);
            fileNumber = n ? static_cast<int>(*n) : -2;
        });
        QVERIFY(waitUntil([&] { return fileNumber.load() != -1; }, 10000));
        QVERIFY(fileNumber.load() >= 0);
        std::atomic<int> alive{1};
        const auto n = static_cast<uint32_t>(fileNumber.load());
        QVERIFY(waitUntil(
            [&] {
                m_alice.node.engine().post(
                    [bob, n, &alive](ToxWorker& w) { alive = w.fileId(bob, n).isEmpty() ? 0 : 1; });
                QTest::qWait(200);
                return alive.load() == 0;
            },
            30000));
        QCOMPARE(m_bob.avatars->avatar(m_aliceKey).size(), 65536); // still the last good one
    }

    void removedAvatarClearsTheFriendsCopy()
    {
        QSignalSpy changed(m_bob.avatars.get(), &Avatars::friendAvatarChanged);
        m_alice.avatars->setSelfAvatar({});
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 60000);
        QVERIFY(changed.last().at(1).toByteArray().isEmpty());
        QVERIFY(m_bob.avatars->avatar(m_aliceKey).isEmpty());
        QVERIFY(bobsCopy().isEmpty());
        QVERIFY(!QFileInfo::exists(avatarFolder(QStringLiteral("alice")) + QStringLiteral("/self.png")));
    }

    void removingTheFriendDropsTheAvatar()
    {
        const QByteArray png = fakePng(4, 5000);
        m_alice.avatars->setSelfAvatar(png);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.avatars->avatar(m_aliceKey), png, 60000);
        m_bob.node.engine().removeFriend(m_aliceKey);
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.avatars->avatar(m_aliceKey).isEmpty(), 10000);
        QVERIFY(bobsCopy().isEmpty());
    }

    void cleanupTestCase()
    {
        m_bob.stopAll();
        m_alice.stopAll();
    }
};

QTEST_GUILESS_MAIN(TestAvatars)
#include "test_avatars.moc"
