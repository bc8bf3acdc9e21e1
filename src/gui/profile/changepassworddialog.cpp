#include "gui/profile/changepassworddialog.h"

#include "core/profile/passwordkeychain.h"
#include "core/profile/profilefile.h"
#include "gui/profile/passwordfields.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace warren {

ChangePasswordDialog::ChangePasswordDialog(
    std::shared_ptr<ProfileFile> file, const QString& profileName, PasswordKeychain& keychain, QWidget* parent)
    : QDialog(parent)
    , m_file(std::move(file))
    , m_profile(profileName)
    , m_keychain(keychain)
    , m_current(new QLineEdit)
    , m_error(new QLabel)
    , m_change(new QPushButton(tr("&Change password")))
    , m_remove(new QPushButton(tr("&Remove password")))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Profile password"));
    const bool has = m_file->hasPassword();
    auto* intro = new QLabel(has ? tr("Your profile “%1” is encrypted with a password.").arg(profileName)
                                 : tr("Your profile “%1” has no password yet: anyone who can read your files "
                                      "can use it.")
                                       .arg(profileName));
    intro->setWordWrap(true);
    m_current->setObjectName(QStringLiteral("currentPasswordField"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setAccessibleName(tr("Current password"));
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setDefault(true);
    m_remove->setObjectName(QStringLiteral("removePasswordButton"));
    m_remove->setVisible(has);

    auto* form = new QFormLayout;
    if (has)
        form->addRow(tr("C&urrent password:"), m_current);
    else
        m_current->hide();
    m_passwords = new PasswordFields(form, this);
    m_passwords->passwordField()->setPlaceholderText(QString());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_change, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passwords, &PasswordFields::changed, this, &ChangePasswordDialog::updateButtons);
    connect(m_change, &QPushButton::clicked, this, [this] {
        if (apply(m_passwords->password()))
            accept();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, windowTitle(),
            tr("Remove the password? The profile will be stored unencrypted."), QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer == QMessageBox::Yes && apply({}))
            accept();
    });
    connect(&m_keychain, &PasswordKeychain::passwordRead, this, &ChangePasswordDialog::keychainAnswered);
    m_keychain.readPassword(m_profile); // is one remembered? pre-ticks the box
    updateButtons();
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->text();
}

void ChangePasswordDialog::keychainAnswered(const KeychainResult& r)
{
    if (r.profile != m_profile)
        return;
    m_passwords->setKeychainAvailable(r.status != KeychainResult::Status::Unavailable, r.message);
    m_passwords->setRemember(r.ok());
}

void ChangePasswordDialog::updateButtons()
{
    m_change->setEnabled(m_passwords->matches() && !m_passwords->password().isEmpty());
}

bool ChangePasswordDialog::currentPasswordIsRight()
{
    if (!m_file->hasPassword())
        return true;
    // Opening a second handle only reads and decrypts; the lock stays ours.
    QByteArray plain;
    ProfileError err;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ProfileFile::open(m_file->path(), m_current->text(), &plain, &err) != nullptr;
    QApplication::restoreOverrideCursor();
    plain.fill('\0');
    if (!ok)
        m_error->setText(
            err.kind == ProfileError::Kind::WrongPassword ? tr("The current password is wrong.") : err.message);
    return ok;
}

bool ChangePasswordDialog::apply(const QString& newPassword)
{
    m_error->clear();
    if (!currentPasswordIsRight())
        return false;
    const QString oldPassword = m_file->hasPassword() ? m_current->text() : QString();
    QString why;
    if (m_rekey && !m_rekey(newPassword, &why)) {
        m_error->setText(tr("The chat history could not be re-keyed, nothing was changed: %1").arg(why));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // key derivation takes a moment
    ProfileError err;
    const bool ok = m_file->setPassword(newPassword, &err);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        if (m_rekey)
            m_rekey(oldPassword, &why); // back to the key the profile still has
        m_error->setText(err.message);
        return false;
    }
    if (!newPassword.isEmpty() && m_passwords->remember())
        m_keychain.writePassword(m_profile, newPassword);
    else
        m_keychain.deletePassword(m_profile);
    Q_EMIT passwordChanged(newPassword);
    return true;
}

} // namespace warren
