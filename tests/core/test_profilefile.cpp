// ProfileFile on real files in a temporary directory: round trips plain and
// with a password, every kind of unusable file and failed saves. Save data
// comes from a real offline Tox instance. Password changes: test_profilepassword.
#include "core/profile/profilefile.h"
#include "core/profile/savedataformat.h"
#include "test_profilesupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

using namespace warren;
using namespace warren::test;
using K = ProfileError::Kind;

class TestProfileFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void plainRoundTrip();
    void encryptedRoundTrip();
    void passwordRequired();
    void wrongPassword();
    void truncated_data();
    void truncated();
    void foreignFile_data();
    void foreignFile();
    void unreadableFile();
    void importsToxencryptsaveFile();
    void failedSaveKeepsOldFile_data();
    void failedSaveKeepsOldFile();
    void saveToDirectoryOrUnderFileFails();
    void refusesToSaveGarbage();
    void createRefusesExistingFile();

private:
    QString path(const QString& name = QStringLiteral("alice")) const
    {
        return m_dir->filePath(name + QLatin1String(".tox"));
    }
    /// Writes @p data as a profile file and opens it, expecting @p kind.
    void expectOpenError(const QByteArray& data, const QString& password, K kind);

    QByteArray m_save;
    QByteArray m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileFile::initTestCase()
{
    m_save = realSaveData();
    m_key = publicKeyOf(m_save);
    QVERIFY(!m_save.isEmpty() && !m_key.isEmpty());
}

void TestProfileFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileFile::expectOpenError(const QByteArray& data, const QString& password, K kind)
{
    QVERIFY(writeFile(path(), data));
    ProfileError e;
    QByteArray loaded = "untouched";
    QVERIFY(!ProfileFile::open(path(), password, &loaded, &e));
    QCOMPARE(e.kind, kind);
    QVERIFY(!e.message.isEmpty());
    QVERIFY2(e.message.contains(QLatin1String("alice.tox")), qPrintable(e.message));
    QCOMPARE(loaded, QByteArray("untouched"));
    QCOMPARE(readFile(path()), data); // never overwritten
}

void TestProfileFile::plainRoundTrip()
{
    ProfileError e;
    auto file = ProfileFile::create(path(), QString(), &e);
    QVERIFY2(file, qPrintable(e.message));
    QVERIFY(!file->hasPassword());
    QVERIFY(!QFileInfo::exists(path())); // written by the first save only
    QString why;
    QVERIFY2(file->save(m_save, &why), qPrintable(why));
    QCOMPARE(readFile(path()), m_save); // plain tox_get_savedata() output
    QCOMPARE(modeOf(path()), 0600);

    QByteArray loaded;
    auto reopened = ProfileFile::open(path(), QStringLiteral("ignored for plain files"), &loaded, &e);
    QVERIFY2(reopened, qPrintable(e.message));
    QCOMPARE(loaded, m_save);
    QVERIFY(!reopened->hasPassword());
    QCOMPARE(publicKeyOf(loaded), m_key);
    QCOMPARE(ProfileFile::inspect(path()).encrypted, false);
    QVERIFY(ProfileFile::inspect(path()).error.ok());
}

void TestProfileFile::encryptedRoundTrip()
{
    const QString password = QStringLiteral("s3cret pässword");
    ProfileError e;
    auto file = ProfileFile::create(path(), password, &e);
    QVERIFY2(file, qPrintable(e.message));
    QVERIFY(file->hasPassword());
    QVERIFY(file->write(m_save, &e));
    const QByteArray onDisk = readFile(path());
    QVERIFY(onDisk.startsWith("toxEsave"));
    // Export compatibility: plain toxencryptsave calls read it.
    QCOMPARE(toxPassDecrypt(onDisk, password.toUtf8()), m_save);
    QCOMPARE(modeOf(path()), 0600);

    const ProfileFile::Inspection inspection = ProfileFile::inspect(path());
    QVERIFY(inspection.encrypted);
    QVERIFY(inspection.error.ok());

    QByteArray loaded;
    auto reopened = ProfileFile::open(path(), password, &loaded, &e);
    QVERIFY2(reopened, qPrintable(e.message));
    QVERIFY(reopened->hasPassword());
    QCOMPARE(loaded, m_save);
    QCOMPARE(publicKeyOf(loaded), m_key);
}

void TestProfileFile::passwordRequired()
{
    expectOpenError(toxPassEncrypt(m_save, "pw"), QString(), K::PasswordRequired);
}

void TestProfileFile::wrongPassword()
{
    expectOpenError(toxPassEncrypt(m_save, "right"), QStringLiteral("wrong"), K::WrongPassword);
}

void TestProfileFile::truncated_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("plain") << false;
    QTest::newRow("encrypted") << true;
}

void TestProfileFile::truncated()
{
    QFETCH(bool, encrypted);
    const QByteArray full = encrypted ? toxPassEncrypt(m_save, "pw") : m_save;
    expectOpenError(full.left(full.size() / 2), QStringLiteral("pw"), K::Truncated);
    expectOpenError(QByteArray(), QStringLiteral("pw"), K::Truncated);
    QCOMPARE(ProfileFile::inspect(path()).error.kind, K::Truncated);
}

void TestProfileFile::foreignFile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("png") << pngBytes();
    QByteArray random(2000, '\0');
    for (qsizetype i = 0; i < random.size(); ++i)
        random[i] = static_cast<char>((i * 7919 + 13) % 251);
    QTest::newRow("random") << random;
}

void TestProfileFile::foreignFile()
{
    QFETCH(QByteArray, data);
    expectOpenError(data, QString(), K::NotAProfile);
    expectOpenError(data, QStringLiteral("pw"), K::NotAProfile);
}

void TestProfileFile::unreadableFile()
{
    ProfileError e;
    QVERIFY(!ProfileFile::open(path(QStringLiteral("missing")), QString(), nullptr, &e));
    QCOMPARE(e.kind, K::NotFound);

    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.tox")));
    QVERIFY(!ProfileFile::open(path(QStringLiteral("folder")), QString(), nullptr, &e));
    QCOMPARE(e.kind, K::Unreadable);
    QVERIFY(e.message.contains(QLatin1String("directory")));

    if (geteuid() != 0) { // root reads whatever the mode says
        QVERIFY(writeFile(path(), m_save));
        QVERIFY(QFile::setPermissions(path(), QFileDevice::WriteOwner));
        QVERIFY(!ProfileFile::open(path(), QString(), nullptr, &e));
        QCOMPARE(e.kind, K::Unreadable);
    }
}

void TestProfileFile::importsToxencryptsaveFile()
{
    // A profile another client encrypted opens, and later saves keep it readable there.
    QVERIFY(writeFile(path(), toxPassEncrypt(m_save, "qtox password")));
    ProfileError e;
    QByteArray loaded;
    auto file = ProfileFile::open(path(), QStringLiteral("qtox password"), &loaded, &e);
    QVERIFY2(file, qPrintable(e.message));
    QVERIFY(file->write(loaded, &e));
    QCOMPARE(toxPassDecrypt(readFile(path()), "qtox password"), m_save);
}

void TestProfileFile::failedSaveKeepsOldFile_data()
{
    truncated_data();
}

void TestProfileFile::failedSaveKeepsOldFile()
{
    QFETCH(bool, encrypted);
    ProfileError e;
    auto file = ProfileFile::create(path(), encrypted ? QStringLiteral("pw") : QString(), &e);
    QVERIFY(file && file->write(m_save, &e));
    const QByteArray before = readFile(path());

    OfflineTox tox = offlineTox(m_save);
    const QByteArray name = "A new name that will not be saved";
    tox_self_set_name(tox.get(), reinterpret_cast<const uint8_t*>(name.constData()), size_t(name.size()), nullptr);
    const QByteArray changed = saveDataOf(tox.get());
    QVERIFY(changed != m_save);
    {
        FileSizeLimit limit(64); // the disk is "full" after 64 bytes
        QString why;
        QVERIFY(!file->save(changed, &why));
        QVERIFY2(why.contains(QLatin1String("intact")), qPrintable(why));
    }
    QCOMPARE(readFile(path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("alice.tox")});
    QVERIFY(file->write(changed, &e)); // and it works again once there is room
    QByteArray loaded;
    QVERIFY(ProfileFile::open(path(), QStringLiteral("pw"), &loaded, &e));
    QCOMPARE(loaded, changed);
}

void TestProfileFile::saveToDirectoryOrUnderFileFails()
{
    ProfileError e;
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("alice.tox")));
    auto file = ProfileFile::create(path(QStringLiteral("bob")), QString(), &e);
    QVERIFY(file);
    QVERIFY(QDir(m_dir->path()).rename(QStringLiteral("alice.tox"), QStringLiteral("bob.tox")));
    QVERIFY(!file->write(m_save, &e));
    QCOMPARE(e.kind, K::Unwritable);
    QVERIFY(QFileInfo(path(QStringLiteral("bob"))).isDir());

    // Its folder vanished after creation, replaced by a file.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    auto under = ProfileFile::create(m_dir->filePath(QStringLiteral("sub/carol.tox")), QString(), &e);
    QVERIFY2(under, qPrintable(e.message));
    QVERIFY(QDir(m_dir->path()).rmdir(QStringLiteral("sub")));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("sub")), "x"));
    QVERIFY(!under->write(m_save, &e));
    QCOMPARE(e.kind, K::Unwritable);
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("sub"))), QByteArray("x"));

    // Creating below a file or a missing folder is refused at once.
    QVERIFY(!ProfileFile::create(m_dir->filePath(QStringLiteral("sub/dave.tox")), QString(), &e));
    QCOMPARE(e.kind, K::Unwritable);
    QVERIFY(!ProfileFile::create(m_dir->filePath(QStringLiteral("missing/dave.tox")), QString(), &e));
    QCOMPARE(e.kind, K::Unwritable);
    QVERIFY2(e.message.contains(QLatin1String("does not exist")), qPrintable(e.message));
}

void TestProfileFile::refusesToSaveGarbage()
{
    ProfileError e;
    auto file = ProfileFile::create(path(), QString(), &e);
    QVERIFY(file->write(m_save, &e));
    QString why;
    QVERIFY(!file->save(pngBytes(), &why));
    QVERIFY(!file->save(m_save.left(100), &why));
    QVERIFY(!why.isEmpty());
    QCOMPARE(readFile(path()), m_save);
}

void TestProfileFile::createRefusesExistingFile()
{
    QVERIFY(writeFile(path(), m_save));
    ProfileError e;
    QVERIFY(!ProfileFile::create(path(), QString(), &e));
    QCOMPARE(e.kind, K::AlreadyExists);
    QCOMPARE(readFile(path()), m_save);
}

QTEST_GUILESS_MAIN(TestProfileFile)
#include "test_profilefile.moc"
