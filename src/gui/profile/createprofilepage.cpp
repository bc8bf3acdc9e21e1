#include "gui/profile/createprofilepage.h"

#include "core/profile/profiledirectory.h"
#include "gui/profile/passwordfields.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace warren {

CreateProfilePage::CreateProfilePage(std::function<bool(const QString&)> exists, QWidget* parent)
    : QWidget(parent)
    , m_exists(std::move(exists))
    , m_name(new QLineEdit)
    , m_nameProblem(new QLabel)
    , m_error(new QLabel)
    , m_create(new QPushButton(tr("&Create profile")))
    , m_back(new QPushButton(tr("&Back")))
{
    setObjectName(QStringLiteral("createProfilePage"));
    auto* title = new QLabel(tr("<b>Create a new profile</b><br>A profile is your Tox identity: your ID, "
                                "your friends and your name. It is kept in a .tox file that other Tox "
                                "clients can read."));
    title->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("profileNameField"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setText(qEnvironmentVariable("USER", QStringLiteral("default")));
    m_nameProblem->setObjectName(QStringLiteral("profileNameProblem"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setAccessibleName(tr("Profile name check"));
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_create->setObjectName(QStringLiteral("createProfileButton"));
    m_create->setDefault(true);
    m_back->setObjectName(QStringLiteral("backButton"));
    auto* import = new QPushButton(tr("&Import a .tox file…"));
    import->setObjectName(QStringLiteral("importButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    m_passwords = new PasswordFields(form, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(import);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CreateProfilePage::validate);
    connect(m_passwords, &PasswordFields::changed, this, &CreateProfilePage::validate);
    connect(m_back, &QPushButton::clicked, this, &CreateProfilePage::backRequested);
    connect(import, &QPushButton::clicked, this, &CreateProfilePage::importRequested);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (m_create->isEnabled())
            Q_EMIT createRequested(m_name->text().trimmed(), m_passwords->password(), m_passwords->remember());
    });
    connect(m_name, &QLineEdit::returnPressed, m_create, &QPushButton::click);
    validate();
}

void CreateProfilePage::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
}

void CreateProfilePage::showError(const QString& message)
{
    m_error->setText(message);
}

QString CreateProfilePage::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (QString why = ProfileDirectory::checkName(name); !why.isEmpty())
        return why;
    if (m_exists && m_exists(name))
        return tr("A profile named “%1” exists already.").arg(name);
    return {};
}

void CreateProfilePage::validate()
{
    const QString problem = nameProblem();
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    m_error->clear();
    m_create->setEnabled(problem.isEmpty() && m_passwords->matches());
}

} // namespace warren
