// The profile screen: first start creates a profile with a password (the
// file is encrypted), remembered in the keychain when asked; opening tries
// the keychain first and asks for the password when it does not work;
// the password can be changed and removed later.
#include "app/profilesession.h"
#include "core/profile/passwordkeychain.h"
#include "core/profile/savedataformat.h"
#include "gui/profile/changepassworddialog.h"
#include "gui/profile/createprofilepage.h"
#include "gui/profile/passwordfields.h"
#include "gui/profile/profilescreen.h"
#include "gui/profile/unlockpage.h"
#include "guitestsupport.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace warren;
using namespace warren::test;

namespace {
/// The smallest plain save toxcore writes: header and an END section.
QByteArray minimalSave()
{
    QByteArray d(SaveDataFormat::minimumPlainSize, '\0');
    auto* p = reinterpret_cast<uchar*>(d.data());
    qToLittleEndian<quint32>(0, p);
    qToLittleEndian<quint32>(SaveDataFormat::stateCookie, p + 4);
    qToLittleEndian<quint32>(0, p + 8);
    qToLittleEndian<quint16>(SaveDataFormat::endSectionType, p + 12);
    qToLittleEndian<quint16>(SaveDataFormat::sectionCookie, p + 14);
    return d;
}

/// What the keychain holds for @p profile (empty when nothing or no keychain).
KeychainResult readKeychain(PasswordKeychain& k, const QString& profile)
{
    QSignalSpy read(&k, &PasswordKeychain::passwordRead);
    k.readPassword(profile);
    // Other requests may be answered first: wait for the one about @p profile.
    for (int i = 0; QTest::qWaitFor([&] { return read.size() > i; }, 10000); ++i)
        if (const auto r = read[i][0].value<KeychainResult>(); r.profile == profile)
            return r;
    return {};
}
} // namespace

class TestProfileScreen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createWithPassword();
    void openRemembersAndAsks();
    void changeAndRemovePassword();
    void keychainUnavailableIsSaid();

private:
    QTemporaryDir m_dir;
    // One keychain for the whole run: QtKeychain's libsecret backend crashes
    // when a PasswordKeychain is destroyed with a request still pending.
    std::unique_ptr<PasswordKeychain> m_keychain = std::make_unique<PasswordKeychain>();
    std::unique_ptr<ProfileSession> m_session;
    ProfileScreen::Opener opener()
    {
        return [this](const QString& name, const QString& pw, bool create, ProfileError* err) {
            m_session = ProfileSession::open(ProfileDirectory(m_dir.path()).profilePath(name), pw, create, err);
            return m_session != nullptr;
        };
    }
};

void TestProfileScreen::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestProfileScreen::createWithPassword()
{
    const ProfileDirectory dir(m_dir.path());
    PasswordKeychain& keychain = *m_keychain;
    ProfileScreen screen(dir, keychain, opener());
    screen.show();
    CreateProfilePage* page = screen.createPage();
    QVERIFY(page->isVisible()); // nothing to choose from at first start
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("backButton"))->isVisible());

    page->nameField()->setText(QStringLiteral("bad/name"));
    QVERIFY(!page->nameProblem().isEmpty());
    QVERIFY(!page->createButton()->isEnabled());
    page->nameField()->setText(QStringLiteral("alice"));
    QVERIFY(page->nameProblem().isEmpty());

    PasswordFields* pw = page->passwords();
    QTest::keyClicks(pw->passwordField(), QStringLiteral("correct horse"));
    QTest::keyClicks(pw->confirmField(), QStringLiteral("correct hors"));
    QVERIFY(pw->note().contains(QStringLiteral("differ")));
    QVERIFY(!page->createButton()->isEnabled());
    QTest::keyClicks(pw->confirmField(), QStringLiteral("e"));
    QVERIFY(page->createButton()->isEnabled());

    // The keychain probe has answered by now (or soon): the box follows it.
    const bool haveKeychain = readKeychain(keychain, QStringLiteral("nobody")).available;
    QTRY_COMPARE(pw->rememberBox()->isEnabled(), haveKeychain);
    if (haveKeychain)
        pw->rememberBox()->setChecked(true);
    QTest::mouseClick(page->createButton(), Qt::LeftButton);
    QCOMPARE(screen.result(), int(QDialog::Accepted));
    QCOMPARE(screen.profileName(), QStringLiteral("alice"));
    QVERIFY(m_session);
    QVERIFY(m_session->file()->hasPassword());

    // The first save writes the file, encrypted.
    ProfileError err;
    QVERIFY(m_session->file()->write(minimalSave(), &err));
    const auto info = ProfileFile::inspect(dir.profilePath(QStringLiteral("alice")));
    QVERIFY(info.error.ok());
    QVERIFY(info.encrypted);
    if (haveKeychain)
        QTRY_COMPARE(readKeychain(keychain, QStringLiteral("alice")).password, QStringLiteral("correct horse"));
    m_session.reset();
}

void TestProfileScreen::openRemembersAndAsks()
{
    const ProfileDirectory dir(m_dir.path());
    PasswordKeychain& keychain = *m_keychain;
    if (!readKeychain(keychain, QStringLiteral("alice")).ok())
        QSKIP("no keychain here (run through scripts/isolated)");

    // Remembered: opens without asking.
    {
        ProfileScreen screen(dir, keychain, opener());
        screen.show();
        screen.openProfile(QStringLiteral("alice"));
        QTRY_COMPARE(screen.result(), int(QDialog::Accepted));
        QVERIFY(m_session);
        m_session.reset();
    }
    // Forgotten: asks; a wrong password is said on the page.
    QSignalSpy deleted(&keychain, &PasswordKeychain::passwordDeleted);
    keychain.deletePassword(QStringLiteral("alice"));
    QVERIFY(deleted.wait(10000));
    ProfileScreen screen(dir, keychain, opener());
    screen.show();
    screen.openProfile(QStringLiteral("alice"));
    UnlockPage* unlock = screen.unlockPage();
    QTRY_VERIFY(unlock->isVisible());
    QTest::keyClicks(unlock->passwordField(), QStringLiteral("wrong"));
    QTest::keyClick(unlock->passwordField(), Qt::Key_Return);
    QCOMPARE(screen.result(), int(QDialog::Rejected));
    QVERIFY(screen.isVisible());
    QVERIFY(unlock->findChild<QLabel*>(QStringLiteral("unlockError"))->text().contains(QStringLiteral("Wrong")));
    unlock->passwordField()->setText(QStringLiteral("correct horse"));
    unlock->rememberBox()->setChecked(true);
    QTest::keyClick(unlock->passwordField(), Qt::Key_Return);
    QCOMPARE(screen.result(), int(QDialog::Accepted));
    QTRY_COMPARE(readKeychain(keychain, QStringLiteral("alice")).password, QStringLiteral("correct horse"));
    m_session.reset();
}

void TestProfileScreen::changeAndRemovePassword()
{
    const ProfileDirectory dir(m_dir.path());
    const QString path = dir.profilePath(QStringLiteral("alice"));
    PasswordKeychain& keychain = *m_keychain;
    ProfileError err;
    m_session = ProfileSession::open(path, QStringLiteral("correct horse"), false, &err);
    QVERIFY2(m_session, qPrintable(err.message));

    ChangePasswordDialog d(m_session->file(), QStringLiteral("alice"), keychain);
    QSignalSpy changed(&d, &ChangePasswordDialog::passwordChanged);
    d.show();
    d.currentField()->setText(QStringLiteral("not it"));
    d.passwords()->passwordField()->setText(QStringLiteral("battery staple"));
    QVERIFY(!d.changeButton()->isEnabled()); // not confirmed yet
    d.passwords()->confirmField()->setText(QStringLiteral("battery staple"));
    QVERIFY(d.changeButton()->isEnabled());
    QVERIFY(!d.apply(QStringLiteral("battery staple")));
    QVERIFY(d.errorText().contains(QStringLiteral("wrong")));
    QCOMPARE(changed.size(), 0);

    d.currentField()->setText(QStringLiteral("correct horse"));
    QVERIFY(d.apply(QStringLiteral("battery staple")));
    QCOMPARE(changed.size(), 1); // the history hook
    QCOMPARE(changed[0][0].toString(), QStringLiteral("battery staple"));
    QVERIFY(ProfileFile::inspect(path).encrypted);
    QByteArray plain;
    QVERIFY(ProfileFile::open(path, QStringLiteral("battery staple"), &plain, &err));
    QVERIFY(!ProfileFile::open(path, QStringLiteral("correct horse"), &plain, &err));

    // Removing it leaves a plain profile, after a confirmation.
    ChangePasswordDialog r(m_session->file(), QStringLiteral("alice"), keychain);
    QSignalSpy removed(&r, &ChangePasswordDialog::passwordChanged);
    r.show();
    r.currentField()->setText(QStringLiteral("battery staple"));
    whenModal([](QWidget* w) { qobject_cast<QMessageBox*>(w)->button(QMessageBox::Yes)->click(); });
    r.removeButton()->click();
    QCOMPARE(removed.size(), 1);
    QVERIFY(removed[0][0].toString().isEmpty());
    QVERIFY(!ProfileFile::inspect(path).encrypted);
    m_session.reset();
}

void TestProfileScreen::keychainUnavailableIsSaid()
{
    QWidget w;
    auto* form = new QFormLayout(&w);
    PasswordFields f(form, &w);
    w.show();
    f.passwordField()->setText(QStringLiteral("pw"));
    f.confirmField()->setText(QStringLiteral("pw"));
    QVERIFY(f.rememberBox()->isEnabled());
    f.setKeychainAvailable(false, QStringLiteral("No Secret Service on the session bus."));
    QVERIFY(!f.rememberBox()->isEnabled());
    QVERIFY(!f.remember());
    QVERIFY(f.note().contains(QStringLiteral("No Secret Service on the session bus.")));
}

QTEST_MAIN(TestProfileScreen)
#include "test_profilescreen.moc"
