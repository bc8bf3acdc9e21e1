// Files larger than 4 GiB: positions past 32 bits must survive the whole
// path (the offer's size, tox_file_seek on resume, chunk positions, the
// .part file and the transfer store). Sending 4 GiB over loopback would take
// minutes, so the test uses a sparse file and a resume: Alice offers a
// 4 GiB + 24 MiB file (patterned head and tail, zeros between); once Bob has
// the head, both stop, Bob's .part is extended (sparse) to 16 MiB before the
// end, as if the middle had arrived, and after the restart only the tail
// travels: resumed at that 33-bit offset, byte-identical, full size.
#include "test_filesupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using namespace warren::test;

namespace {
constexpr qint64 mib = qint64(1) << 20;
constexpr qint64 fileSize = (qint64(4) << 30) + 24 * mib;
constexpr qint64 headSize = 2 * mib;
constexpr qint64 tailSize = 16 * mib;
constexpr quint64 seed = 52;

/// A sparse file: pattern bytes at the head and the tail, zeros between.
bool writeSparseFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (f.write(patternBytes(seed, 0, headSize)) != headSize || !f.resize(fileSize - tailSize)
        || !f.seek(fileSize - tailSize))
        return false;
    return f.write(patternBytes(seed, fileSize - tailSize, tailSize)) == tailSize;
}
} // namespace

class TestFileLarge : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FilePeer m_alice{QStringLiteral("alice")};
    FilePeer m_bob{QStringLiteral("bob")};

    FileTransferConfig config(const QString& who) const
    {
        FileTransferConfig c;
        c.storePath = m_dir.filePath(who + QStringLiteral(".transfers.json"));
        c.downloadFolder = m_dir.filePath(QStringLiteral("inbox"));
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_alice.start(config(QStringLiteral("alice"))));
        QVERIFY(m_bob.start(config(QStringLiteral("bob"))));
        QVERIFY(befriend(m_alice.node, m_bob.node));
    }

    void resumesPastFourGibibytes()
    {
        const PublicKey aliceKey = m_alice.node.key();
        const PublicKey bobKey = m_bob.node.key();
        const QString source = m_dir.filePath(QStringLiteral("huge.img"));
        QVERIFY(writeSparseFile(source));
        const QByteArray sha = fileSha256(source);

        m_alice.files->sendFiles(bobKey, {source});
        QVERIFY(waitUntil([&] { return !m_alice.added.isEmpty(); }, 10000));
        const QString id = m_alice.added.last().id;
        QVERIFY(m_bob.waitState(id, TransferState::Offered));
        QCOMPARE(m_bob.last.value(id).size, quint64(fileSize)); // the 64-bit size came through
        m_bob.files->accept(aliceKey, id);
        QVERIFY(waitUntil([&] { return m_bob.progress.value(id).transferred >= quint64(headSize); }, 120000));

        // Both stop (a lone restarted node on a two-node network may not be
        // found again soon); Bob's .part keeps what arrived, then grows to
        // the tail as if the zeros between had arrived too.
        const QString part = m_bob.last.value(id).path;
        m_bob.node.engine().saveNow();
        m_bob.stop();
        m_alice.node.engine().saveNow();
        m_alice.stop();
        QVERIFY(QFileInfo(part).size() >= headSize);
        {
            QFile f(part);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(fileSize - tailSize));
        }

        QVERIFY(m_alice.start(config(QStringLiteral("alice"))));
        QVERIFY(m_bob.start(config(QStringLiteral("bob"))));
        QCOMPARE(m_bob.last.value(id).transferred, quint64(fileSize - tailSize));
        bootstrapAll({&m_alice.node, &m_bob.node});
        QVERIFY(waitConnected(m_alice.node, m_bob.node, 120000));
        QVERIFY(m_bob.waitState(id, TransferState::Finished, 300000));
        QVERIFY(m_alice.waitState(id, TransferState::Finished, 60000));
        QCOMPARE(m_bob.last.value(id).resumedAt, quint64(fileSize - tailSize));
        QCOMPARE(m_alice.last.value(id).resumedAt, quint64(fileSize - tailSize));
        const QString received = m_bob.last.value(id).path;
        QCOMPARE(QFileInfo(received).size(), fileSize);
        QCOMPARE(fileSha256(received), sha);
    }

    void cleanupTestCase()
    {
        m_bob.stop();
        m_alice.stop();
    }
};

QTEST_GUILESS_MAIN(TestFileLarge)
#include "test_file_large.moc"
