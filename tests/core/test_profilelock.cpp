// ProfileLock with real lock files: a second lock fails with the holder's
// PID and host, a live lock never expires, a lock whose process is gone is
// taken over.
#include "core/profile/profilelock.h"
#include "test_profilesupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace warren;
using namespace warren::test;
using K = ProfileError::Kind;

class TestProfileLock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void lockFileBesideProfile();
    void secondLockFailsClearly();
    void unlockReleases();
    void liveLockNeverExpires();
    void lockOfAnotherLiveProcess();
    void staleLockIsTakenOver();
    void unwritableLocation();

private:
    /// The content QLockFile writes, with the first line (PID) and second
    /// line (application) replaced.
    QByteArray lockContent(qint64 pid, const QByteArray& app) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

void TestProfileLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = m_dir->filePath(QStringLiteral("alice.tox"));
}

QByteArray TestProfileLock::lockContent(qint64 pid, const QByteArray& app) const
{
    const QString lockPath = ProfileLock::lockPathFor(m_profile);
    QByteArray real;
    {
        QLockFile probe(lockPath);
        if (!probe.tryLock(0))
            return {};
        real = readFile(lockPath);
    } // unlocked: the file is gone again
    QList<QByteArray> lines = real.split('\n');
    if (lines.size() < 3)
        return {};
    lines[0] = QByteArray::number(pid);
    lines[1] = app;
    return lines.join('\n');
}

void TestProfileLock::lockFileBesideProfile()
{
    QCOMPARE(ProfileLock::lockPathFor(QStringLiteral("/x/y/alice.tox")), QStringLiteral("/x/y/alice.lock"));
    QCOMPARE(ProfileLock::lockPathFor(QStringLiteral("/x/my.profile.tox")), QStringLiteral("/x/my.profile.lock"));
    ProfileLock lock(m_profile);
    QVERIFY(lock.tryLock(nullptr));
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("alice.lock"))));
}

void TestProfileLock::secondLockFailsClearly()
{
    ProfileLock first(m_profile);
    ProfileError e;
    QVERIFY2(first.tryLock(&e), qPrintable(e.message));
    QVERIFY(first.isLocked());
    QVERIFY(first.tryLock(&e)); // taking it again is a no-op

    ProfileLock second(m_profile);
    QVERIFY(!second.tryLock(&e));
    QVERIFY(!second.isLocked());
    QCOMPARE(e.kind, K::Locked);
    const QString pid = QString::number(QCoreApplication::applicationPid());
    QVERIFY2(e.message.contains(QLatin1String("PID ") + pid), qPrintable(e.message));
    QVERIFY2(e.message.contains(QSysInfo::machineHostName()), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("alice")), qPrintable(e.message));
}

void TestProfileLock::unlockReleases()
{
    auto first = std::make_unique<ProfileLock>(m_profile);
    QVERIFY(first->tryLock(nullptr));
    first->unlock();
    ProfileLock second(m_profile);
    QVERIFY(second.tryLock(nullptr));
    second.unlock();
    first.reset();
    {
        ProfileLock scoped(m_profile);
        QVERIFY(scoped.tryLock(nullptr));
    } // released by the destructor
    QVERIFY(!QFileInfo::exists(ProfileLock::lockPathFor(m_profile)));
}

void TestProfileLock::liveLockNeverExpires()
{
    ProfileLock first(m_profile);
    QVERIFY(first.tryLock(nullptr));
    QFile lockFile(first.lockPath());
    QVERIFY(lockFile.open(QIODevice::ReadWrite));
    QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
    lockFile.close();
    ProfileLock second(m_profile);
    ProfileError e;
    QVERIFY(!second.tryLock(&e));
    QCOMPARE(e.kind, K::Locked);
}

void TestProfileLock::lockOfAnotherLiveProcess()
{
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(sleeper.waitForStarted());
    const QByteArray content = lockContent(sleeper.processId(), "sleep");
    QVERIFY(!content.isEmpty());
    QVERIFY(writeFile(ProfileLock::lockPathFor(m_profile), content));

    ProfileLock lock(m_profile);
    ProfileError e;
    QVERIFY(!lock.tryLock(&e));
    QCOMPARE(e.kind, K::Locked);
    QVERIFY2(e.message.contains(QStringLiteral("PID %1").arg(sleeper.processId())), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("sleep")), qPrintable(e.message));
    QCOMPARE(readFile(ProfileLock::lockPathFor(m_profile)), content); // not taken over
    sleeper.kill();
    sleeper.waitForFinished();

    // Its process is gone now: the lock is stale and taken over.
    QVERIFY2(lock.tryLock(&e), qPrintable(e.message));
}

void TestProfileLock::staleLockIsTakenOver()
{
    // A process we started and reaped: its PID runs nothing any more.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished());
    const QByteArray content = lockContent(deadPid, QCoreApplication::applicationFilePath().toUtf8());
    QVERIFY(!content.isEmpty());
    QVERIFY(writeFile(ProfileLock::lockPathFor(m_profile), content));

    ProfileLock lock(m_profile);
    ProfileError e;
    QVERIFY2(lock.tryLock(&e), qPrintable(e.message));
    QVERIFY(readFile(lock.lockPath()).startsWith(QByteArray::number(QCoreApplication::applicationPid()) + '\n'));
}

void TestProfileLock::unwritableLocation()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("file")), "x"));
    ProfileLock lock(m_dir->filePath(QStringLiteral("file/alice.tox")));
    ProfileError e;
    QVERIFY(!lock.tryLock(&e));
    QCOMPARE(e.kind, K::Unwritable);
    QVERIFY2(e.message.contains(QLatin1String("alice.lock")), qPrintable(e.message));
}

QTEST_GUILESS_MAIN(TestProfileLock)
#include "test_profilelock.moc"
