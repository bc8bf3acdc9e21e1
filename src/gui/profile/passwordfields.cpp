#include "gui/profile/passwordfields.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace warren {

PasswordFields::PasswordFields(QFormLayout* form, QWidget* parent)
    : QObject(parent)
    , m_password(new QLineEdit)
    , m_confirm(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain")))
    , m_note(new QLabel)
{
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("optional"));
    m_confirm->setObjectName(QStringLiteral("confirmField"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Password again"));
    m_remember->setObjectName(QStringLiteral("rememberBox"));
    m_remember->setAccessibleName(tr("Remember the password in the system keychain"));
    m_note->setObjectName(QStringLiteral("passwordNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setAccessibleName(tr("Password hint"));
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Again:"), m_confirm);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_note);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordFields::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &PasswordFields::update);
    update();
}

QString PasswordFields::password() const
{
    return m_password->text();
}

bool PasswordFields::matches() const
{
    return m_password->text() == m_confirm->text();
}

bool PasswordFields::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked() && !password().isEmpty();
}

void PasswordFields::setKeychainAvailable(bool available, const QString& reason)
{
    m_keychainReason = available ? QString() : reason;
    if (!available)
        m_remember->setChecked(false);
    update();
}

void PasswordFields::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void PasswordFields::clear()
{
    m_password->clear();
    m_confirm->clear();
}

QString PasswordFields::note() const
{
    return m_note->text();
}

void PasswordFields::update()
{
    QStringList lines;
    if (!matches())
        lines << tr("The two passwords differ.");
    else if (m_password->text().isEmpty())
        lines << tr("Without a password, anyone who can read your files can use this profile.");
    if (!m_keychainReason.isEmpty())
        lines << tr("No keychain to remember the password in: %1").arg(m_keychainReason);
    m_note->setText(lines.join(u'\n'));
    m_remember->setEnabled(m_keychainReason.isEmpty() && !m_password->text().isEmpty());
    Q_EMIT changed();
}

} // namespace warren
