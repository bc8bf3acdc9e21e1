// Errors lose nothing: a full disk keeps what arrived and a retry continues
// from there; a file changed on the sender's side mid-transfer stops with a
// clear reason; removing the friend fails its transfers.
//
// The full disk is a 2 MiB tmpfs mounted inside a private mount namespace
// of this process (unshare(CLONE_NEWNS) and a private "/"), so the host's
// mounts are never touched. It needs root, which scripts/isolated gives.
#include "test_filesupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>

using namespace warren;
using namespace warren::test;

class TestFileErrors : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FilePeer m_alice{QStringLiteral("alice")};
    FilePeer m_bob{QStringLiteral("bob")};
    QString m_small; ///< the tmpfs, when it could be mounted
    QString m_mountError;

    FileTransferConfig config(const QString& who) const
    {
        FileTransferConfig c;
        c.storePath = m_dir.filePath(who + QStringLiteral(".transfers.json"));
        c.downloadFolder = m_dir.filePath(QStringLiteral("inbox"));
        return c;
    }

    QString offer(const QString& path)
    {
        const qsizetype before = m_alice.added.size();
        m_alice.files->sendFiles(m_bob.node.key(), {path});
        if (!waitUntil([&] { return m_alice.added.size() > before; }, 10000))
            return {};
        const QString id = m_alice.added.last().id;
        return m_bob.waitState(id, TransferState::Offered) ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before any engine thread exists: they inherit the namespace.
        const QString small = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(small));
        if (unshare(CLONE_NEWNS) != 0)
            m_mountError = QStringLiteral("unshare(CLONE_NEWNS): %1").arg(QString::fromLocal8Bit(strerror(errno)));
        else if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            m_mountError = QStringLiteral("making / private: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        else if (mount("tmpfs", QFile::encodeName(small).constData(), "tmpfs", 0, "size=2m") != 0)
            m_mountError = QStringLiteral("mounting tmpfs: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        else
            m_small = small;
        QVERIFY(m_alice.start(config(QStringLiteral("alice"))));
        QVERIFY(m_bob.start(config(QStringLiteral("bob"))));
        QVERIFY(befriend(m_alice.node, m_bob.node));
    }

    void diskFullKeepsWhatArrivedAndRetryContinues()
    {
        if (m_small.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no private tmpfs (%1)").arg(m_mountError)));
        const qint64 size = qint64(4) << 20;
        const QByteArray sha = writePatternFile(m_dir.filePath(QStringLiteral("big.bin")), 51, size);
        const QString id = offer(m_dir.filePath(QStringLiteral("big.bin")));
        QVERIFY(!id.isEmpty());
        m_bob.files->accept(m_alice.node.key(), id, m_small);
        QVERIFY(m_bob.waitState(id, TransferState::Failed));
        const FileTransferInfo failed = m_bob.last.value(id);
        QVERIFY2(failed.reason.contains(QStringLiteral("No space left")), qPrintable(failed.reason));
        const qint64 kept = QFileInfo(failed.path).size();
        QVERIFY(kept > 0);
        QCOMPARE(failed.transferred, quint64(kept));
        QVERIFY(m_alice.waitState(id, TransferState::Cancelled));

        // Make room, retry: it continues where the disk ran full.
        QCOMPARE(mount(nullptr, QFile::encodeName(m_small).constData(), nullptr, MS_REMOUNT, "size=16m"), 0);
        m_bob.files->retry(m_alice.node.key(), id);
        QVERIFY(m_bob.waitState(id, TransferState::Finished));
        QVERIFY(m_alice.waitState(id, TransferState::Finished));
        QVERIFY(m_bob.last.value(id).resumedAt > 0);
        QVERIFY(m_bob.last.value(id).resumedAt <= quint64(kept));
        QCOMPARE(fileSha256(m_bob.last.value(id).path), sha);
    }

    void sourceChangedMidTransfer()
    {
        const QString path = m_dir.filePath(QStringLiteral("changing.bin"));
        writePatternFile(path, 52, qint64(30) << 20);
        const QString id = offer(path);
        QVERIFY(!id.isEmpty());
        m_bob.files->accept(m_alice.node.key(), id);
        QVERIFY(waitUntil([&] { return m_bob.progress.value(id).transferred > 0; }, 120000));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("changed");
        }
        QVERIFY(m_alice.waitState(id, TransferState::Failed));
        QVERIFY2(m_alice.last.value(id).reason.contains(QStringLiteral("changed")),
            qPrintable(m_alice.last.value(id).reason));
        QVERIFY(m_bob.waitState(id, TransferState::Cancelled));
        // A retry sends the new content as a new transfer.
        const qsizetype before = m_alice.added.size();
        m_alice.files->retry(m_bob.node.key(), id);
        QVERIFY(waitUntil([&] { return m_alice.added.size() > before; }, 10000));
        QVERIFY(m_alice.added.last().id != id);
        QCOMPARE(m_alice.added.last().size, quint64((qint64(30) << 20) + 7));
        m_alice.files->cancel(m_bob.node.key(), m_alice.added.last().id);
    }

    void removingTheFriendFailsItsTransfers()
    {
        const QString path = m_dir.filePath(QStringLiteral("removed.bin"));
        writePatternFile(path, 53, qint64(30) << 20);
        const QString id = offer(path);
        QVERIFY(!id.isEmpty());
        m_bob.files->accept(m_alice.node.key(), id);
        QVERIFY(m_alice.waitState(id, TransferState::Active));
        m_alice.node.engine().removeFriend(m_bob.node.key());
        QVERIFY(m_alice.waitState(id, TransferState::Failed));
        QCOMPARE(m_alice.last.value(id).reason, QStringLiteral("The friend was removed from your contacts."));
    }

    void cleanupTestCase()
    {
        m_bob.stop();
        m_alice.stop();
        if (!m_small.isEmpty())
            umount2(QFile::encodeName(m_small).constData(), MNT_DETACH);
    }
};

QTEST_GUILESS_MAIN(TestFileErrors)
#include "test_file_errors.moc"
