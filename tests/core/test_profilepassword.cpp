// Setting, changing and removing a profile's password on real files: the
// file is re-encrypted (or written plain) atomically, a failure changes
// nothing, and saves reuse the derived key and the file's salt.
#include "core/profile/profilefile.h"
#include "test_profilesupport.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

using namespace warren;
using namespace warren::test;
using K = ProfileError::Kind;

namespace {
QByteArray saltOf(const QByteArray& encrypted)
{
    return encrypted.mid(8, TOX_PASS_SALT_LENGTH);
}
} // namespace

class TestProfilePassword : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void savesReuseTheDerivedKey();
    void changeAndRemovePassword();
    void failedPasswordChangeKeepsEverything();
    void passwordOfUnsavedProfile();
    void savesFromAnotherThreadDuringChange();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("alice.tox")); }

    QByteArray m_save;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfilePassword::initTestCase()
{
    m_save = realSaveData();
    QVERIFY(!m_save.isEmpty());
}

void TestProfilePassword::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfilePassword::savesReuseTheDerivedKey()
{
    const QString password = QStringLiteral("pw");
    QVERIFY(writeFile(path(), toxPassEncrypt(m_save, password.toUtf8())));
    const QByteArray salt = saltOf(readFile(path()));
    ProfileError e;
    QByteArray loaded;
    auto file = ProfileFile::open(path(), password, &loaded, &e);
    QVERIFY2(file, qPrintable(e.message));
    // Saves encrypt with the kept key: the file's salt stays, and a save
    // takes less time than one key derivation.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!PassKey::derive(password, &e).isNull());
    const qint64 derivation = timer.restart();
    for (int i = 0; i < 5; ++i)
        QVERIFY(file->write(loaded, &e));
    const qint64 saves = timer.elapsed();
    QVERIFY2(saves < 5 * derivation,
        qPrintable(QStringLiteral("5 saves took %1 ms, one derivation %2 ms").arg(saves).arg(derivation)));
    QCOMPARE(saltOf(readFile(path())), salt);
    QCOMPARE(toxPassDecrypt(readFile(path()), password.toUtf8()), m_save);
}

void TestProfilePassword::changeAndRemovePassword()
{
    ProfileError e;
    auto file = ProfileFile::create(path(), QString(), &e);
    QVERIFY(file->write(m_save, &e));

    QVERIFY2(file->setPassword(QStringLiteral("first"), &e), qPrintable(e.message));
    QVERIFY(file->hasPassword());
    QCOMPARE(toxPassDecrypt(readFile(path()), "first"), m_save);

    QVERIFY2(file->setPassword(QStringLiteral("second"), &e), qPrintable(e.message));
    QVERIFY(!ProfileFile::open(path(), QStringLiteral("first"), nullptr, &e));
    QCOMPARE(e.kind, K::WrongPassword);
    QByteArray loaded;
    QVERIFY(ProfileFile::open(path(), QStringLiteral("second"), &loaded, &e));
    QCOMPARE(loaded, m_save);
    QVERIFY(file->write(m_save, &e)); // later saves use the new key
    QCOMPARE(toxPassDecrypt(readFile(path()), "second"), m_save);

    QVERIFY2(file->setPassword(QString(), &e), qPrintable(e.message));
    QVERIFY(!file->hasPassword());
    QCOMPARE(readFile(path()), m_save);
}

void TestProfilePassword::failedPasswordChangeKeepsEverything()
{
    ProfileError e;
    auto file = ProfileFile::create(path(), QStringLiteral("old"), &e);
    QVERIFY(file->write(m_save, &e));
    const QByteArray before = readFile(path());
    {
        FileSizeLimit limit(64);
        QVERIFY(!file->setPassword(QStringLiteral("new"), &e));
        QCOMPARE(e.kind, K::Unwritable);
        QVERIFY(!file->setPassword(QString(), &e));
    }
    QCOMPARE(readFile(path()), before);
    QVERIFY(file->write(m_save, &e)); // still the old key
    QCOMPARE(toxPassDecrypt(readFile(path()), "old"), m_save);
}

void TestProfilePassword::passwordOfUnsavedProfile()
{
    ProfileError e;
    auto file = ProfileFile::create(path(), QString(), &e);
    QVERIFY(file->setPassword(QStringLiteral("later"), &e));
    QVERIFY(!QFileInfo::exists(path()));
    QVERIFY(file->write(m_save, &e));
    QCOMPARE(toxPassDecrypt(readFile(path()), "later"), m_save);
}

void TestProfilePassword::savesFromAnotherThreadDuringChange()
{
    // The engine saves on its core thread while the user changes the
    // password on the GUI thread: every file state must open with the
    // password in force, and the last one with the last password.
    ProfileError e;
    auto file = ProfileFile::create(path(), QStringLiteral("one"), &e);
    QVERIFY(file->write(m_save, &e));
    QAtomicInt stop(0);
    QAtomicInt failures(0);
    std::unique_ptr<QThread> saver(QThread::create([&] {
        while (!stop.loadAcquire()) {
            ProfileError saveError;
            if (!file->write(m_save, &saveError))
                failures.fetchAndAddOrdered(1);
        }
    }));
    saver->start();
    QVERIFY(file->setPassword(QStringLiteral("two"), &e));
    QVERIFY(file->setPassword(QString(), &e));
    QVERIFY(file->setPassword(QStringLiteral("three"), &e));
    stop.storeRelease(1);
    QVERIFY(saver->wait(30000));
    QCOMPARE(failures.loadAcquire(), 0);
    QCOMPARE(toxPassDecrypt(readFile(path()), "three"), m_save);
}

QTEST_GUILESS_MAIN(TestProfilePassword)
#include "test_profilepassword.moc"
