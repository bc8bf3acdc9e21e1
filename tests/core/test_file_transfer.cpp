// File transfers between two real engines on loopback: sizes from 0 bytes
// to 50 MiB checked by SHA-256, hostile names, pause and resume, cancel from
// either side, decline, auto-accept, and a file queued for an offline friend.
#include "test_filesupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using namespace warren::test;

class TestFileTransfer : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FilePeer m_alice{QStringLiteral("alice")};
    FilePeer m_bob{QStringLiteral("bob")};

    QString src(const QString& name) const { return m_dir.filePath(QStringLiteral("src/") + name); }
    QString inbox() const { return m_dir.filePath(QStringLiteral("inbox")); }
    FileTransferConfig config(const QString& who) const
    {
        FileTransferConfig c;
        c.storePath = m_dir.filePath(who + QStringLiteral(".transfers.json"));
        c.downloadFolder = inbox();
        return c;
    }

    /// Alice offers @p path to Bob; returns the id once Bob sees the offer.
    QString offer(const QString& path)
    {
        const qsizetype before = m_alice.added.size();
        m_alice.files->sendFiles(m_bob.node.key(), {path});
        if (!waitUntil([&] { return m_alice.added.size() > before; }, 10000))
            return {};
        const QString id = m_alice.added.last().id;
        if (!waitUntil([&] { return m_bob.last.contains(id); }, 60000))
            return {};
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("src"))));
        QVERIFY(m_alice.start(config(QStringLiteral("alice"))));
        QVERIFY(m_bob.start(config(QStringLiteral("bob"))));
        QVERIFY(befriend(m_alice.node, m_bob.node));
    }

    void sizes_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("0 bytes") << qint64(0);
        QTest::newRow("1 byte") << qint64(1);
        QTest::newRow("1 MiB") << (qint64(1) << 20);
        QTest::newRow("1 MiB + 1") << (qint64(1) << 20) + 1;
        QTest::newRow("50 MiB") << qint64(50) * (1 << 20);
    }
    void sizes()
    {
        QFETCH(qint64, size);
        const QString name = QStringLiteral("size-%1.bin").arg(size);
        const QByteArray sha = writePatternFile(src(name), static_cast<quint64>(size) + 11, size);
        const QString id = offer(src(name));
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_bob.last.value(id).state, TransferState::Offered);
        QCOMPARE(m_bob.last.value(id).size, static_cast<quint64>(size));
        QCOMPARE(m_bob.last.value(id).name, name);
        m_bob.files->accept(m_alice.node.key(), id);
        QVERIFY(m_bob.waitState(id, TransferState::Finished, 300000));
        QVERIFY(m_alice.waitState(id, TransferState::Finished, 60000));
        const FileTransferInfo got = m_bob.last.value(id);
        QCOMPARE(QFileInfo(got.path).absolutePath(), QFileInfo(inbox()).absoluteFilePath());
        QCOMPARE(QFileInfo(got.path).size(), size);
        QCOMPARE(fileSha256(got.path), sha);
        QVERIFY(!QFileInfo::exists(got.path + QStringLiteral(".part")));
        QCOMPARE(m_alice.last.value(id).resumedAt, 0u);
    }

    void hostileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("saved");
        QTest::newRow("dot-dot prefix") << QStringLiteral("..secret") << QStringLiteral("secret");
        QTest::newRow("backslash traversal") << QStringLiteral("..\\..\\evil.sh") << QStringLiteral("_.._evil.sh");
        QTest::newRow("newline and control") << QStringLiteral("a\nb\x01.txt") << QStringLiteral("a_b_.txt");
        QTest::newRow("rtl override") << QString::fromUtf8("gpj\xe2\x80\xae.exe") << QStringLiteral("gpj_.exe");
        QTest::newRow("unicode") << QString::fromUtf8("Ünïcödé 文件 🐇.txt") << QString::fromUtf8("Ünïcödé 文件 🐇.txt");
    }
    void hostileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, saved);
        const QString folder = m_dir.filePath(QStringLiteral("hostile"));
        QVERIFY(QDir().mkpath(folder));
        const QByteArray sha = writePatternFile(src(name), 7, 1000);
        const QString id = offer(src(name));
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_bob.last.value(id).name, saved);
        m_bob.files->accept(m_alice.node.key(), id, folder);
        QVERIFY(m_bob.waitState(id, TransferState::Finished));
        const QString path = m_bob.last.value(id).path;
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(QFileInfo(path).fileName(), saved);
        QCOMPARE(fileSha256(path), sha);
    }

    void existingFileIsNotOverwritten()
    {
        const QString folder = m_dir.filePath(QStringLiteral("clash"));
        QVERIFY(QDir().mkpath(folder));
        {
            QFile mine(QDir(folder).filePath(QStringLiteral("notes.txt")));
            QVERIFY(mine.open(QIODevice::WriteOnly));
            mine.write("mine, keep me");
        }
        const QByteArray sha = writePatternFile(src(QStringLiteral("notes.txt")), 3, 5000);
        const QString id = offer(src(QStringLiteral("notes.txt")));
        QVERIFY(!id.isEmpty());
        m_bob.files->accept(m_alice.node.key(), id, folder);
        QVERIFY(m_bob.waitState(id, TransferState::Finished));
        QCOMPARE(QFileInfo(m_bob.last.value(id).path).fileName(), QStringLiteral("notes (2).txt"));
        QCOMPARE(fileSha256(m_bob.last.value(id).path), sha);
        QFile mine(QDir(folder).filePath(QStringLiteral("notes.txt")));
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("mine, keep me"));
    }

    void pauseAndResumeFromBothSides()
    {
        const qint64 size = qint64(20) << 20;
        const QByteArray sha = writePatternFile(src(QStringLiteral("pause.bin")), 21, size);
        const QString id = offer(src(QStringLiteral("pause.bin")));
        QVERIFY(!id.isEmpty());
        m_bob.files->accept(m_alice.node.key(), id);
        QVERIFY(m_bob.waitState(id, TransferState::Active));

        m_alice.files->pause(m_bob.node.key(), id);
        QVERIFY(m_alice.waitState(id, TransferState::Paused));
        QVERIFY(m_bob.waitState(id, TransferState::Paused));
        QVERIFY(m_bob.last.value(id).pausedByPeer);
        QVERIFY(m_alice.last.value(id).pausedByUs);
        m_alice.files->resume(m_bob.node.key(), id);
        QVERIFY(waitUntil(
            [&] { return m_bob.state(id) == TransferState::Active || m_bob.state(id) == TransferState::Finished; },
            60000));

        m_bob.files->pause(m_alice.node.key(), id);
        QVERIFY(waitUntil(
            [&] {
                return m_bob.state(id) == TransferState::Finished
                    || (m_bob.state(id) == TransferState::Paused && m_alice.last.value(id).pausedByPeer);
            },
            60000));
        m_bob.files->resume(m_alice.node.key(), id);
        QVERIFY(m_bob.waitState(id, TransferState::Finished));
        QVERIFY(m_alice.waitState(id, TransferState::Finished));
        QCOMPARE(fileSha256(m_bob.last.value(id).path), sha);
    }

    void cancel_data()
    {
        QTest::addColumn<bool>("bySender");
        QTest::newRow("by the sender") << true;
        QTest::newRow("by the receiver") << false;
    }
    void cancel()
    {
        QFETCH(bool, bySender);
        const qint64 size = qint64(40) << 20;
        writePatternFile(src(QStringLiteral("cancel.bin")), 5, size);
        const QString id = offer(src(QStringLiteral("cancel.bin")));
        QVERIFY(!id.isEmpty());
        m_bob.files->accept(m_alice.node.key(), id);
        QVERIFY(waitUntil([&] { return m_bob.progress.value(id).transferred > 0; }, 60000));
        const QString part = m_bob.last.value(id).path;
        QVERIFY(part.endsWith(QStringLiteral(".part")));
        if (bySender)
            m_alice.files->cancel(m_bob.node.key(), id);
        else
            m_bob.files->cancel(m_alice.node.key(), id);
        QVERIFY(m_alice.waitState(id, TransferState::Cancelled));
        QVERIFY(m_bob.waitState(id, TransferState::Cancelled));
        FilePeer& us = bySender ? m_alice : m_bob;
        FilePeer& them = bySender ? m_bob : m_alice;
        QCOMPARE(us.last.value(id).reason, QStringLiteral("Cancelled by you."));
        QCOMPARE(them.last.value(id).reason, QStringLiteral("Cancelled by the friend."));
        if (!bySender)
            QVERIFY(!QFileInfo::exists(part)); // the receiver threw it away
    }

    void decline()
    {
        writePatternFile(src(QStringLiteral("unwanted.bin")), 9, 100);
        const QString id = offer(src(QStringLiteral("unwanted.bin")));
        QVERIFY(!id.isEmpty());
        m_bob.files->reject(m_alice.node.key(), id);
        QVERIFY(m_alice.waitState(id, TransferState::Cancelled));
        QCOMPARE(m_alice.last.value(id).reason, QStringLiteral("Declined by the friend."));
    }

    void unwritableFolderKeepsTheOffer()
    {
        writePatternFile(src(QStringLiteral("later.bin")), 4, 3000);
        const QString id = offer(src(QStringLiteral("later.bin")));
        QVERIFY(!id.isEmpty());
        // A folder below a regular file cannot exist.
        const QString bad = src(QStringLiteral("later.bin")) + QStringLiteral("/sub");
        m_bob.files->accept(m_alice.node.key(), id, bad);
        QVERIFY(waitUntil([&] { return m_bob.last.value(id).reason.contains(bad); }, 10000));
        QCOMPARE(m_bob.state(id), TransferState::Offered);
        m_bob.files->accept(m_alice.node.key(), id); // then somewhere that works
        QVERIFY(m_bob.waitState(id, TransferState::Finished));
        QCOMPARE(fileSha256(m_bob.last.value(id).path), fileSha256(src(QStringLiteral("later.bin"))));
    }

    void autoAccept()
    {
        const QString folder = m_dir.filePath(QStringLiteral("auto"));
        m_bob.files->setAutoAccept(m_alice.node.key(), folder, 4096);
        const QByteArray sha = writePatternFile(src(QStringLiteral("small.bin")), 12, 4096);
        writePatternFile(src(QStringLiteral("big.bin")), 13, 4097);
        const QString small = offer(src(QStringLiteral("small.bin")));
        QVERIFY(m_bob.waitState(small, TransferState::Finished));
        QCOMPARE(QFileInfo(m_bob.last.value(small).path).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(fileSha256(m_bob.last.value(small).path), sha);
        const QString big = offer(src(QStringLiteral("big.bin")));
        QVERIFY(!big.isEmpty());
        QCOMPARE(m_bob.state(big), TransferState::Offered); // over the limit: asks
        m_bob.files->reject(m_alice.node.key(), big);
        m_bob.files->setAutoAccept(m_alice.node.key(), {}, 0);
        QVERIFY(m_alice.waitState(big, TransferState::Cancelled));
    }

    void queuedForAnOfflineFriend()
    {
        const QByteArray sha = writePatternFile(src(QStringLiteral("queued.bin")), 31, 300000);
        const PublicKey bob = m_bob.node.key();
        m_bob.node.engine().saveNow(); // with what toxcore learned about Alice
        m_bob.stop();
        QVERIFY(waitUntil([&] { return m_alice.node.connectionTo(bob) == Connection::None; }, 120000));
        const qsizetype before = m_alice.added.size();
        m_alice.files->sendFiles(bob, {src(QStringLiteral("queued.bin"))});
        QVERIFY(waitUntil([&] { return m_alice.added.size() > before; }, 10000));
        const QString id = m_alice.added.last().id;
        QCOMPARE(m_alice.added.last().state, TransferState::Queued);

        // Alice restarts too: the queue survives it, and on a two-node
        // network a long-running toxcore keeps looking for Bob's old
        // instance for minutes (as in test_chat_service).
        m_alice.node.engine().saveNow();
        m_alice.stop();
        QVERIFY(m_alice.start(config(QStringLiteral("alice"))));
        QCOMPARE(m_alice.state(id), TransferState::Queued);
        QVERIFY(m_bob.start(config(QStringLiteral("bob"))));
        bootstrapAll({&m_alice.node, &m_bob.node});
        QVERIFY(m_bob.waitState(id, TransferState::Offered));
        m_bob.files->accept(m_alice.node.key(), id);
        QVERIFY(m_bob.waitState(id, TransferState::Finished));
        QVERIFY(m_alice.waitState(id, TransferState::Finished));
        QCOMPARE(fileSha256(m_bob.last.value(id).path), sha);
    }

    void cleanupTestCase()
    {
        m_bob.stop();
        m_alice.stop();
    }
};

QTEST_GUILESS_MAIN(TestFileTransfer)
#include "test_file_transfer.moc"
