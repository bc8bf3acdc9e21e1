// SaveDataFormat and PassKey on bytes in memory: genuine save data from an
// offline Tox instance, cut, garbled, foreign and encrypted.
#include "core/profile/passkey.h"
#include "core/profile/savedataformat.h"
#include "test_profilesupport.h"

#include <QRandomGenerator>
#include <QtEndian>

using namespace warren;
using namespace warren::test;
using K = ProfileError::Kind;

class TestProfileFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realSaveDataIsValid();
    void everyCutIsTruncated();
    void foreignData_data();
    void foreignData();
    void garbledSectionIsCorrupted();
    void dataAfterEndIsIgnored();
    void encryptedShortIsTruncated();
    void encryptRoundTrip();
    void warrenEncryptionDecryptsWithToxencryptsave();
    void toxencryptsaveDecryptsWithPassKey();
    void wrongPassword();
    void truncatedEncryptedIsTruncated();

private:
    QByteArray m_save;
};

void TestProfileFormat::initTestCase()
{
    m_save = realSaveData();
    QVERIFY(m_save.size() > 100);
}

void TestProfileFormat::realSaveDataIsValid()
{
    QVERIFY(!SaveDataFormat::isEncrypted(m_save));
    const ProfileError e = SaveDataFormat::check(m_save);
    QVERIFY2(e.ok(), qPrintable(e.message));
}

void TestProfileFormat::everyCutIsTruncated()
{
    // toxcore pads its save with zeros after the END section; a cut within
    // the padding loses nothing. Every cut before the end of END is truncated.
    qsizetype endOfEnd = 0;
    while (endOfEnd <= m_save.size() && !SaveDataFormat::check(m_save.left(endOfEnd)).ok())
        ++endOfEnd;
    QVERIFY(endOfEnd > m_save.size() / 2);
    QCOMPARE(m_save.mid(endOfEnd).count('\0'), m_save.size() - endOfEnd);
    for (qsizetype n = 0; n < endOfEnd; ++n) {
        const ProfileError e = SaveDataFormat::check(m_save.left(n));
        if (e.kind != K::Truncated)
            QFAIL(qPrintable(QStringLiteral("cut at %1 of %2: %3 (%4)")
                                 .arg(n)
                                 .arg(m_save.size())
                                 .arg(ProfileError::kindName(e.kind), e.message)));
    }
    QVERIFY(!SaveDataFormat::check(m_save.left(m_save.size() / 2)).message.isEmpty());
}

void TestProfileFormat::foreignData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("png") << pngBytes();
    QTest::newRow("text") << QByteArray("Hello, this is a text file.\n");
    QTest::newRow("zip") << QByteArray::fromHex("504b0304140000000800");
    QTest::newRow("one byte") << QByteArray("x");
    QByteArray random(4096, '\0');
    QRandomGenerator gen(20240601);
    for (char& c : random)
        c = static_cast<char>(gen.bounded(256));
    random[0] = 'R'; // never the zero a save starts with
    QTest::newRow("random") << random;
}

void TestProfileFormat::foreignData()
{
    QFETCH(QByteArray, data);
    const ProfileError e = SaveDataFormat::check(data);
    QCOMPARE(e.kind, K::NotAProfile);
    QVERIFY(e.message.contains(QLatin1String("not a Tox profile")));
}

void TestProfileFormat::garbledSectionIsCorrupted()
{
    QByteArray bad = m_save;
    bad[SaveDataFormat::headerSize + 6] = '\x55'; // first section's cookie
    QCOMPARE(SaveDataFormat::check(bad).kind, K::Corrupted);
}

void TestProfileFormat::dataAfterEndIsIgnored()
{
    QVERIFY(SaveDataFormat::check(m_save + QByteArray(10, '\0')).ok());
}

void TestProfileFormat::encryptedShortIsTruncated()
{
    QCOMPARE(SaveDataFormat::check("toxE").kind, K::Truncated);
    QCOMPARE(SaveDataFormat::check(QByteArray("toxEsave") + QByteArray(50, '\1')).kind, K::Truncated);
    QCOMPARE(SaveDataFormat::check(QByteArray("toxEsave") + QByteArray(200, '\1')).kind, K::None);
}

void TestProfileFormat::encryptRoundTrip()
{
    ProfileError e;
    const PassKey key = PassKey::derive(QStringLiteral("correct horse"), &e);
    QVERIFY2(!key.isNull(), qPrintable(e.message));
    const QByteArray encrypted = key.encrypt(m_save, &e);
    QVERIFY(e.ok());
    QVERIFY(SaveDataFormat::isEncrypted(encrypted));
    QVERIFY(SaveDataFormat::check(encrypted).ok());
    QCOMPARE(encrypted.size(), m_save.size() + TOX_PASS_ENCRYPTION_EXTRA_LENGTH);
    QCOMPARE(key.decrypt(encrypted, &e), m_save);

    // Each save gets a fresh nonce but keeps the key's salt.
    const QByteArray again = key.encrypt(m_save, &e);
    QVERIFY(again != encrypted);
    QCOMPARE(again.mid(8, TOX_PASS_SALT_LENGTH), encrypted.mid(8, TOX_PASS_SALT_LENGTH));

    PassKey reopened;
    QCOMPARE(PassKey::unlock(again, QStringLiteral("correct horse"), &reopened, &e), m_save);
    QVERIFY(!reopened.isNull());
    QCOMPARE(reopened.encrypt(m_save, &e).mid(8, TOX_PASS_SALT_LENGTH), encrypted.mid(8, TOX_PASS_SALT_LENGTH));
}

void TestProfileFormat::warrenEncryptionDecryptsWithToxencryptsave()
{
    ProfileError e;
    const QString password = QStringLiteral("pässword ✓");
    const PassKey key = PassKey::derive(password, &e);
    const QByteArray encrypted = key.encrypt(m_save, &e);
    QCOMPARE(toxPassDecrypt(encrypted, password.toUtf8()), m_save);
}

void TestProfileFormat::toxencryptsaveDecryptsWithPassKey()
{
    const QByteArray encrypted = toxPassEncrypt(m_save, "from another client");
    QVERIFY(!encrypted.isEmpty());
    ProfileError e;
    PassKey key;
    QCOMPARE(PassKey::unlock(encrypted, QStringLiteral("from another client"), &key, &e), m_save);
    QVERIFY2(e.ok(), qPrintable(e.message));
}

void TestProfileFormat::wrongPassword()
{
    const QByteArray encrypted = toxPassEncrypt(m_save, "right");
    ProfileError e;
    PassKey key;
    QVERIFY(PassKey::unlock(encrypted, QStringLiteral("wrong"), &key, &e).isEmpty());
    QCOMPARE(e.kind, K::WrongPassword);
    QVERIFY(e.message.contains(QLatin1String("password")));
    QVERIFY(key.isNull());
}

void TestProfileFormat::truncatedEncryptedIsTruncated()
{
    const QByteArray encrypted = toxPassEncrypt(m_save, "right");
    const QByteArray half = encrypted.left(encrypted.size() / 2);
    ProfileError e;
    PassKey key;
    QVERIFY(PassKey::unlock(half, QStringLiteral("right"), &key, &e).isEmpty());
    QCOMPARE(e.kind, K::Truncated);
    QVERIFY(e.message.contains(QLatin1String("password is right")));
    // Cut by one byte only: still told apart from a wrong password.
    QVERIFY(PassKey::unlock(encrypted.chopped(1), QStringLiteral("right"), &key, &e).isEmpty());
    QCOMPARE(e.kind, K::Truncated);
    // A wrong password on a cut file cannot know better than "wrong password".
    QVERIFY(PassKey::unlock(half, QStringLiteral("wrong"), &key, &e).isEmpty());
    QCOMPARE(e.kind, K::WrongPassword);
}

QTEST_GUILESS_MAIN(TestProfileFormat)
#include "test_profileformat.moc"
