// Resuming: when the sender drops offline at ~40 % and comes back, or the
// receiver restarts mid-transfer, the transfer continues from the size of
// the receiver's .part file (same Tox file id, tox_file_seek) instead of
// starting over, and the result is byte-identical.
#include "test_filesupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using namespace warren::test;

class TestFileResume : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FilePeer m_alice{QStringLiteral("alice")};
    FilePeer m_bob{QStringLiteral("bob")};
    PublicKey m_aliceKey;
    PublicKey m_bobKey;

    FileTransferConfig config(const QString& who) const
    {
        FileTransferConfig c;
        c.storePath = m_dir.filePath(who + QStringLiteral(".transfers.json"));
        c.downloadFolder = m_dir.filePath(QStringLiteral("inbox"));
        return c;
    }

    /// Starts a 40 MiB transfer and waits until Bob has at least 40 %.
    QString startBigTransfer(const QString& name, quint64 seed, QByteArray* sha)
    {
        const qint64 size = qint64(40) << 20;
        const QString path = m_dir.filePath(name);
        *sha = writePatternFile(path, seed, size);
        const qsizetype before = m_alice.added.size();
        m_alice.files->sendFiles(m_bobKey, {path});
        if (!waitUntil([&] { return m_alice.added.size() > before; }, 10000))
            return {};
        const QString id = m_alice.added.last().id;
        if (!m_bob.waitState(id, TransferState::Offered))
            return {};
        m_bob.files->accept(m_aliceKey, id);
        if (!waitUntil([&] { return m_bob.progress.value(id).transferred * 10 >= quint64(size) * 4; }, 300000))
            return {};
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_alice.start(config(QStringLiteral("alice"))));
        QVERIFY(m_bob.start(config(QStringLiteral("bob"))));
        m_aliceKey = m_alice.node.key();
        m_bobKey = m_bob.node.key();
        QVERIFY(befriend(m_alice.node, m_bob.node));
    }

    void senderGoesOfflineAndComesBack()
    {
        QByteArray sha;
        const QString id = startBigTransfer(QStringLiteral("offline.bin"), 41, &sha);
        QVERIFY(!id.isEmpty());
        m_alice.stop(); // Bob sees his friend go offline mid-transfer
        QVERIFY(m_bob.waitState(id, TransferState::Interrupted));
        const quint64 had = m_bob.last.value(id).transferred;
        QVERIFY(had > 0);

        QVERIFY(m_alice.start(config(QStringLiteral("alice"))));
        QCOMPARE(m_alice.state(id), TransferState::Interrupted); // remembered across the restart
        // On a two-node network a long-running toxcore may look for Alice's
        // old instance for minutes (no onion to find the new one), so Bob
        // restarts too; his part and state come back from disk.
        m_bob.node.engine().saveNow();
        m_bob.stop();
        QVERIFY(m_bob.start(config(QStringLiteral("bob"))));
        QCOMPARE(m_bob.state(id), TransferState::Interrupted);
        bootstrapAll({&m_alice.node, &m_bob.node});
        QVERIFY(waitConnected(m_alice.node, m_bob.node, 120000));
        QVERIFY(m_bob.waitState(id, TransferState::Finished, 300000));
        QVERIFY(m_alice.waitState(id, TransferState::Finished, 60000));
        // Continued, not restarted: both sides ran the second run from
        // Bob's part size, so the first part never came twice.
        const quint64 resumedAt = m_bob.last.value(id).resumedAt;
        QVERIFY2(resumedAt >= had, qPrintable(QStringLiteral("resumed at %1, had %2").arg(resumedAt).arg(had)));
        QCOMPARE(m_alice.last.value(id).resumedAt, resumedAt);
        QCOMPARE(fileSha256(m_bob.last.value(id).path), sha);
    }

    void receiverRestarts()
    {
        QByteArray sha;
        const QString id = startBigTransfer(QStringLiteral("restart.bin"), 43, &sha);
        QVERIFY(!id.isEmpty());
        const QString part = m_bob.last.value(id).path;
        const qint64 bobCreated = m_bob.last.value(id).createdMs;
        const qint64 aliceCreated = m_alice.last.value(id).createdMs;
        QVERIFY(bobCreated > 0 && aliceCreated > 0);
        // Keep what toxcore learned about Alice (her DHT key): on a two-node
        // network there is no onion to find her again otherwise.
        m_bob.node.engine().saveNow();
        m_bob.stop();
        QVERIFY(m_alice.waitState(id, TransferState::Interrupted));
        const qint64 partSize = QFileInfo(part).size();
        QVERIFY(partSize > 0);

        // Alice restarts too: on a two-node network a long-running toxcore
        // keeps looking for Bob's old instance for minutes (as in
        // test_chat_service). Her state survives it (tested above).
        m_alice.node.engine().saveNow();
        m_alice.stop();
        QVERIFY(m_alice.start(config(QStringLiteral("alice"))));
        QVERIFY(m_bob.start(config(QStringLiteral("bob"))));
        QCOMPARE(m_bob.state(id), TransferState::Interrupted);
        QCOMPARE(m_bob.last.value(id).transferred, quint64(partSize));
        QCOMPARE(m_bob.last.value(id).createdMs, bobCreated); // the card keeps its place in the chat
        QVERIFY(m_bob.node.isFriend(m_aliceKey));
        bootstrapAll({&m_alice.node, &m_bob.node});
        QVERIFY(waitConnected(m_alice.node, m_bob.node, 120000));
        QVERIFY(m_bob.waitState(id, TransferState::Finished, 300000));
        QVERIFY(m_alice.waitState(id, TransferState::Finished, 60000));
        QCOMPARE(m_bob.last.value(id).resumedAt, quint64(partSize));
        QCOMPARE(m_alice.last.value(id).resumedAt, quint64(partSize));
        QCOMPARE(m_alice.last.value(id).createdMs, aliceCreated);
        QCOMPARE(fileSha256(m_bob.last.value(id).path), sha);
    }

    void cleanupTestCase()
    {
        m_bob.stop();
        m_alice.stop();
    }
};

QTEST_GUILESS_MAIN(TestFileResume)
#include "test_file_resume.moc"
