// ProfileDirectory on real directories: the default location, names,
// listing, create/open, import and export, and directories that cannot be
// used.
#include "core/profile/profiledirectory.h"
#include "test_profilesupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace warren;
using namespace warren::test;
using K = ProfileError::Kind;

class TestProfileDirectory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultLocation();
    void portableMode();
    void names_data();
    void names();
    void listsProfiles();
    void createAndOpen();
    void createAndOpenErrors();
    void importPlainAndEncrypted();
    void importRejectsBadFiles_data();
    void importRejectsBadFiles();
    void importNeverReplaces();
    void exportKeepsFormat();
    void unusableDirectory();

private:
    QByteArray m_save;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_root;
};

void TestProfileDirectory::initTestCase()
{
    m_save = realSaveData();
    QVERIFY(!m_save.isEmpty());
}

void TestProfileDirectory::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_root = m_tmp->path();
}

void TestProfileDirectory::defaultLocation()
{
    const QByteArray old = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_root.toUtf8() + "/config");
    const ProfileDirectory dir;
    QCOMPARE(ProfileDirectory::defaultPath(), m_root + QLatin1String("/config/warren"));
    QCOMPARE(dir.path(), ProfileDirectory::defaultPath());
    ProfileError e;
    QVERIFY(dir.profiles(&e).isEmpty()); // missing is fine: no profiles yet
    QVERIFY(e.ok());
    QVERIFY2(dir.ensureUsable(&e), qPrintable(e.message));
    QCOMPARE(modeOf(dir.path()), 0700);
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    qputenv("XDG_CONFIG_HOME", old);

    QCOMPARE(ProfileDirectory(m_root + QLatin1String("/x/../given")).path(), m_root + QLatin1String("/given"));
}

void TestProfileDirectory::portableMode()
{
    // A "warren.portable" file beside the program keeps the data beside it.
    const QString program = m_root + QLatin1String("/stick/bin");
    QVERIFY(QDir().mkpath(program));
    QVERIFY(!ProfileDirectory::isPortable(program));
    QFile marker(program + QLatin1String("/warren.portable"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    QVERIFY(ProfileDirectory::isPortable(program));
    QCOMPARE(ProfileDirectory::portableDataPath(program), program + QLatin1String("/warren-data"));
    // This test program has no marker: the default stays in XDG_CONFIG_HOME.
    QVERIFY(!ProfileDirectory::isPortable());
    QVERIFY(!ProfileDirectory::defaultPath().startsWith(QCoreApplication::applicationDirPath() + u'/'));
}

void TestProfileDirectory::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("alice") << true;
    QTest::newRow("spaces") << QStringLiteral("Alice at work") << true;
    QTest::newRow("unicode") << QStringLiteral("Zoë 🦊") << true;
    QTest::newRow("inner dots") << QStringLiteral("a..b.c") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("dot") << QStringLiteral(".") << false;
    QTest::newRow("dotdot") << QStringLiteral("..") << false;
    QTest::newRow("hidden") << QStringLiteral(".alice") << false;
    QTest::newRow("traversal") << QStringLiteral("../alice") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("a") << false;
    QTest::newRow("del") << QStringLiteral("a") + QChar(0x7f) << false;
    QTest::newRow("c1") << QStringLiteral("a") + QChar(0x85) << false;
    QTest::newRow("long") << QString(201, QLatin1Char('a')) << false;
}

void TestProfileDirectory::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const QString why = ProfileDirectory::checkName(name);
    QCOMPARE(why.isEmpty(), valid);
    if (valid)
        return;
    ProfileDirectory dir(m_root);
    ProfileError e;
    QVERIFY(!dir.create(name, QString(), &e));
    QCOMPARE(e.kind, K::BadName);
    QVERIFY2(e.message.contains(why), qPrintable(e.message));
    QVERIFY(!dir.open(name, QString(), nullptr, &e));
    QCOMPARE(e.kind, K::BadName);
    QVERIFY(QDir(m_root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestProfileDirectory::listsProfiles()
{
    QVERIFY(writeFile(m_root + QLatin1String("/bob.tox"), m_save));
    QVERIFY(writeFile(m_root + QLatin1String("/alice.tox"), m_save));
    QVERIFY(writeFile(m_root + QLatin1String("/alice.lock"), "1\n"));
    QVERIFY(writeFile(m_root + QLatin1String("/notes.txt"), "x"));
    QVERIFY(QDir(m_root).mkdir(QStringLiteral("folder.tox")));
    ProfileDirectory dir(m_root);
    ProfileError e;
    QCOMPARE(dir.profiles(&e), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    QVERIFY(e.ok());
    QVERIFY(dir.contains(QStringLiteral("alice")));
    QVERIFY(!dir.contains(QStringLiteral("notes")));
    QCOMPARE(dir.profilePath(QStringLiteral("alice")), m_root + QLatin1String("/alice.tox"));
}

void TestProfileDirectory::createAndOpen()
{
    ProfileDirectory dir(m_root + QLatin1String("/new/profiles"));
    ProfileError e;
    auto file = dir.create(QStringLiteral("alice"), QStringLiteral("pw"), &e);
    QVERIFY2(file, qPrintable(e.message));
    QCOMPARE(modeOf(dir.path()), 0700);
    QVERIFY(dir.profiles(&e).isEmpty()); // nothing written until the first save
    QVERIFY(file->write(m_save, &e));
    QCOMPARE(dir.profiles(&e), QStringList{QStringLiteral("alice")});

    QByteArray loaded;
    auto opened = dir.open(QStringLiteral("alice"), QStringLiteral("pw"), &loaded, &e);
    QVERIFY2(opened, qPrintable(e.message));
    QCOMPARE(loaded, m_save);
    QCOMPARE(opened->path(), dir.profilePath(QStringLiteral("alice")));
}

void TestProfileDirectory::createAndOpenErrors()
{
    ProfileDirectory dir(m_root);
    QVERIFY(writeFile(dir.profilePath(QStringLiteral("alice")), m_save));
    ProfileError e;
    QVERIFY(!dir.create(QStringLiteral("alice"), QString(), &e));
    QCOMPARE(e.kind, K::AlreadyExists);
    QVERIFY(!dir.open(QStringLiteral("nobody"), QString(), nullptr, &e));
    QCOMPARE(e.kind, K::NotFound);
    QVERIFY(e.message.contains(QLatin1String("nobody")));
}

void TestProfileDirectory::importPlainAndEncrypted()
{
    ProfileDirectory dir(m_root + QLatin1String("/profiles"));
    const QString plainSource = m_root + QLatin1String("/qtox-user.tox");
    const QByteArray encrypted = toxPassEncrypt(m_save, "pw");
    const QString encryptedSource = m_root + QLatin1String("/toxic.tox");
    QVERIFY(writeFile(plainSource, m_save));
    QVERIFY(writeFile(encryptedSource, encrypted));

    ProfileError e;
    QCOMPARE(dir.importFile(plainSource, QString(), &e), QStringLiteral("qtox-user"));
    QVERIFY2(e.ok(), qPrintable(e.message));
    QCOMPARE(dir.importFile(encryptedSource, QStringLiteral("Secret one"), &e), QStringLiteral("Secret one"));
    QCOMPARE(dir.profiles(&e), (QStringList{QStringLiteral("Secret one"), QStringLiteral("qtox-user")}));
    QCOMPARE(readFile(dir.profilePath(QStringLiteral("qtox-user"))), m_save);
    QCOMPARE(readFile(dir.profilePath(QStringLiteral("Secret one"))), encrypted);
    QCOMPARE(modeOf(dir.profilePath(QStringLiteral("Secret one"))), 0600);

    QByteArray loaded;
    QVERIFY(dir.open(QStringLiteral("Secret one"), QStringLiteral("pw"), &loaded, &e));
    QCOMPARE(loaded, m_save);
}

void TestProfileDirectory::importRejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<K>("kind");
    QTest::newRow("png") << pngBytes() << K::NotAProfile;
    QTest::newRow("half") << m_save.left(m_save.size() / 2) << K::Truncated;
    QTest::newRow("encrypted stub") << QByteArray("toxEsave1234") << K::Truncated;
    QTest::newRow("empty") << QByteArray() << K::Truncated;
}

void TestProfileDirectory::importRejectsBadFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(K, kind);
    const QString source = m_root + QLatin1String("/incoming.tox");
    QVERIFY(writeFile(source, data));
    ProfileDirectory dir(m_root + QLatin1String("/profiles"));
    ProfileError e;
    QVERIFY(dir.importFile(source, QString(), &e).isEmpty());
    QCOMPARE(e.kind, kind);
    QVERIFY2(e.message.contains(QLatin1String("incoming.tox")), qPrintable(e.message));
    QVERIFY(!dir.contains(QStringLiteral("incoming")));

    QVERIFY(dir.importFile(m_root + QLatin1String("/missing.tox"), QString(), &e).isEmpty());
    QCOMPARE(e.kind, K::NotFound);
    QVERIFY(dir.importFile(QStringLiteral("/dev/zero"), QStringLiteral("zero"), &e).isEmpty()); // endless
    QCOMPARE(e.kind, K::NotAProfile);
}

void TestProfileDirectory::importNeverReplaces()
{
    ProfileDirectory dir(m_root);
    const QByteArray other = realSaveData();
    QVERIFY(writeFile(dir.profilePath(QStringLiteral("alice")), m_save));
    const QString source = m_root + QLatin1String("/elsewhere.tox");
    QVERIFY(writeFile(source, other));
    ProfileError e;
    QVERIFY(dir.importFile(source, QStringLiteral("alice"), &e).isEmpty());
    QCOMPARE(e.kind, K::AlreadyExists);
    QCOMPARE(readFile(dir.profilePath(QStringLiteral("alice"))), m_save);
    QVERIFY(dir.importFile(source, QStringLiteral("../escape"), &e).isEmpty());
    QCOMPARE(e.kind, K::BadName);
}

void TestProfileDirectory::exportKeepsFormat()
{
    ProfileDirectory dir(m_root + QLatin1String("/profiles"));
    ProfileError e;
    auto file = dir.create(QStringLiteral("alice"), QStringLiteral("export pw"), &e);
    QVERIFY(file && file->write(m_save, &e));
    const QString target = m_root + QLatin1String("/for-qtox.tox");
    QVERIFY(writeFile(target, "an older export"));
    QVERIFY2(dir.exportTo(QStringLiteral("alice"), target, &e), qPrintable(e.message));
    QCOMPARE(readFile(target), readFile(dir.profilePath(QStringLiteral("alice"))));
    QCOMPARE(toxPassDecrypt(readFile(target), "export pw"), m_save); // what qTox/toxic do

    QVERIFY(!dir.exportTo(QStringLiteral("nobody"), target, &e));
    QCOMPARE(e.kind, K::NotFound);
    QVERIFY(!dir.exportTo(QStringLiteral("alice"), m_root + QLatin1String("/for-qtox.tox/x/y.tox"), &e));
    QCOMPARE(e.kind, K::Unwritable);
}

void TestProfileDirectory::unusableDirectory()
{
    // A file where the directory should be: cannot be read or used.
    const QString file = m_root + QLatin1String("/afile");
    QVERIFY(writeFile(file, "x"));
    ProfileDirectory notDir(file);
    ProfileError e;
    QVERIFY(notDir.profiles(&e).isEmpty());
    QCOMPARE(e.kind, K::Unreadable);
    QVERIFY2(e.message.contains(QLatin1String("not a directory")), qPrintable(e.message));
    QVERIFY(!notDir.ensureUsable(&e));
    QCOMPARE(e.kind, K::Unreadable);
    QVERIFY(!notDir.open(QStringLiteral("alice"), QString(), nullptr, &e));
    QCOMPARE(e.kind, K::Unreadable);

    // Below a file: cannot be created (this stops root too).
    ProfileDirectory under(file + QLatin1String("/profiles"));
    QVERIFY(!under.ensureUsable(&e));
    QCOMPARE(e.kind, K::Unwritable);
    QVERIFY(e.message.contains(QLatin1String("afile/profiles")));
    QVERIFY(!under.create(QStringLiteral("alice"), QString(), &e));
    QCOMPARE(e.kind, K::Unwritable);
    QCOMPARE(readFile(file), QByteArray("x"));

    if (geteuid() != 0) { // modes do not stop root
        const QString locked = m_root + QLatin1String("/locked");
        QVERIFY(QDir(m_root).mkdir(QStringLiteral("locked")));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QVERIFY(!ProfileDirectory(locked).ensureUsable(&e));
        QCOMPARE(e.kind, K::Unwritable);
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        QVERIFY(ProfileDirectory(locked).profiles(&e).isEmpty());
        QCOMPARE(e.kind, K::Unreadable);
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
}

QTEST_GUILESS_MAIN(TestProfileDirectory)
#include "test_profiledirectory.moc"
