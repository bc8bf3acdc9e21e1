#include "gui/profile/profilescreen.h"

#include "core/profile/passwordkeychain.h"
#include "gui/icons.h"
#include "gui/profile/createprofilepage.h"
#include "gui/profile/passwordfields.h"
#include "gui/profile/profilelistpage.h"
#include "gui/profile/unlockpage.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace warren {

ProfileScreen::ProfileScreen(const ProfileDirectory& dir, PasswordKeychain& keychain, Opener opener, QWidget* parent)
    : QDialog(parent)
    , m_dir(dir)
    , m_keychain(keychain)
    , m_opener(std::move(opener))
    , m_pages(new QStackedWidget)
    , m_list(new ProfileListPage)
    , m_create(new CreateProfilePage([this](const QString& n) { return m_dir.contains(n); }))
    , m_unlock(new UnlockPage)
{
    setObjectName(QStringLiteral("profileScreen"));
    setWindowTitle(tr("Warren — profile"));
    setWindowIcon(icons::app());
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_create);
    m_pages->addWidget(m_unlock);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_list, &ProfileListPage::openRequested, this, &ProfileScreen::openProfile);
    connect(m_list, &ProfileListPage::createRequested, this, &ProfileScreen::showCreate);
    connect(m_list, &ProfileListPage::importRequested, this, &ProfileScreen::importProfile);
    connect(m_create, &CreateProfilePage::createRequested, this, &ProfileScreen::create);
    connect(m_create, &CreateProfilePage::importRequested, this, &ProfileScreen::importProfile);
    connect(m_create, &CreateProfilePage::backRequested, this, &ProfileScreen::showList);
    connect(m_unlock, &UnlockPage::unlockRequested, this,
        [this](const QString& pw, bool remember) { unlock(pw, remember, false); });
    connect(m_unlock, &UnlockPage::backRequested, this, &ProfileScreen::showList);
    connect(&m_keychain, &PasswordKeychain::passwordRead, this, &ProfileScreen::keychainAnswered);

    // Ask the keychain early: the answer tells whether there is one at all.
    m_keychain.readPassword(QStringLiteral("warren-probe"));
    showList();
    resize(520, 400);
}

void ProfileScreen::showList()
{
    ProfileError err;
    const QStringList names = m_dir.profiles(&err);
    if (names.isEmpty()) {
        showCreate();
        return;
    }
    QStringList encrypted;
    for (const QString& n : names)
        if (ProfileFile::inspect(m_dir.profilePath(n)).encrypted)
            encrypted << n;
    m_list->setProfiles(names, encrypted);
    m_pages->setCurrentWidget(m_list);
    m_list->setFocus();
}

void ProfileScreen::showCreate()
{
    ProfileError err;
    m_create->setBackVisible(!m_dir.profiles(&err).isEmpty());
    m_pages->setCurrentWidget(m_create);
    m_create->setFocus();
}

void ProfileScreen::openProfile(const QString& name)
{
    m_unlock->setProfile(name);
    ProfileError err;
    m_unlock->setBackVisible(m_dir.profiles(&err).size() > 1);
    const ProfileFile::Inspection info = ProfileFile::inspect(m_dir.profilePath(name));
    if (!info.error.ok() && info.error.kind != ProfileError::Kind::NotFound) {
        QMessageBox::warning(this, windowTitle(), info.error.message);
        return;
    }
    if (!info.encrypted) {
        unlock({}, false, false);
        return;
    }
    m_pages->setCurrentWidget(m_unlock);
    m_unlock->setFocus();
    // The remembered password first; the prompt stays for when there is none.
    m_awaitingKeychainFor = name;
    m_keychain.readPassword(name);
}

void ProfileScreen::keychainAnswered(const KeychainResult& r)
{
    const bool available = r.status != KeychainResult::Status::Unavailable;
    m_unlock->setKeychainAvailable(available, r.message);
    m_create->passwords()->setKeychainAvailable(available, r.message);
    if (r.profile != m_awaitingKeychainFor || m_awaitingKeychainFor.isEmpty())
        return;
    m_awaitingKeychainFor.clear();
    if (r.ok() && m_pages->currentWidget() == m_unlock && r.profile == m_unlock->profile())
        unlock(r.password, true, true);
}

void ProfileScreen::unlock(const QString& password, bool remember, bool fromKeychain)
{
    const QString name = m_unlock->profile();
    ProfileError err;
    if (tryOpen(name, password, false, &err)) {
        finish(name, password, remember && !fromKeychain);
        return;
    }
    if (fromKeychain && err.kind == ProfileError::Kind::WrongPassword) {
        m_unlock->showError(tr("The password remembered in the keychain did not work. Enter the password."));
        return;
    }
    if (m_pages->currentWidget() != m_unlock) {
        QMessageBox::warning(this, windowTitle(), err.message);
        return;
    }
    m_unlock->showError(err.kind == ProfileError::Kind::WrongPassword ? tr("Wrong password. Try again.") : err.message);
}

void ProfileScreen::create(const QString& name, const QString& password, bool remember)
{
    ProfileError err;
    if (!m_dir.ensureUsable(&err) || !tryOpen(name, password, true, &err)) {
        m_create->showError(err.message);
        return;
    }
    finish(name, password, remember);
}

void ProfileScreen::importProfile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a Tox profile"), QDir::homePath(), tr("Tox profiles (*.tox);;All files (*)"));
    if (path.isEmpty())
        return;
    ProfileError err;
    const QString name = m_dir.ensureUsable(&err) ? m_dir.importFile(path, {}, &err) : QString();
    if (name.isEmpty()) {
        QMessageBox::warning(this, tr("Import a Tox profile"), err.message);
        return;
    }
    openProfile(name);
}

bool ProfileScreen::tryOpen(const QString& name, const QString& password, bool create, ProfileError* error)
{
    // Deriving the key of an encrypted profile takes a moment.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_opener(name, password, create, error);
    QApplication::restoreOverrideCursor();
    return ok;
}

void ProfileScreen::finish(const QString& name, const QString& password, bool remember)
{
    m_name = name;
    m_password = password;
    if (remember && !password.isEmpty())
        m_keychain.writePassword(name, password);
    accept();
}

} // namespace warren
