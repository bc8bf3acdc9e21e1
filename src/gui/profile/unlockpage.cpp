#include "gui/profile/unlockpage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace warren {

UnlockPage::UnlockPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_password(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain")))
    , m_error(new QLabel)
    , m_back(new QPushButton(tr("&Back")))
{
    setObjectName(QStringLiteral("unlockPage"));
    m_title->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("unlockPasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Profile password"));
    m_remember->setObjectName(QStringLiteral("unlockRememberBox"));
    m_remember->setAccessibleName(tr("Remember the password in the system keychain"));
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    auto* open = new QPushButton(tr("&Open"));
    open->setObjectName(QStringLiteral("unlockButton"));
    open->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setFocusProxy(m_password);

    connect(open, &QPushButton::clicked, this,
        [this] { Q_EMIT unlockRequested(m_password->text(), m_remember->isEnabled() && m_remember->isChecked()); });
    connect(m_password, &QLineEdit::returnPressed, open, &QPushButton::click);
    connect(m_back, &QPushButton::clicked, this, &UnlockPage::backRequested);
}

void UnlockPage::setProfile(const QString& name)
{
    m_profile = name;
    m_title->setText(tr("<b>%1</b> is protected by a password.").arg(name.toHtmlEscaped()));
    m_password->clear();
    m_error->clear();
}

void UnlockPage::setKeychainAvailable(bool available, const QString& reason)
{
    m_remember->setEnabled(available);
    m_remember->setToolTip(available ? QString() : reason);
    if (!available)
        m_remember->setText(tr("Remember the password (no keychain: %1)").arg(reason));
}

void UnlockPage::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
}

void UnlockPage::showError(const QString& message)
{
    m_error->setText(message);
    m_password->selectAll();
    m_password->setFocus();
}

} // namespace warren
