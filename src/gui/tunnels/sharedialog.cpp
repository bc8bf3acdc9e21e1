#include "gui/tunnels/sharedialog.h"

#include "gui/tunnels/friendnames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace warren {

ShareDialog::ShareDialog(const ContactModel* contacts, QWidget* parent)
    : QDialog(parent)
    , m_contacts(contacts)
    , m_friend(new QComboBox)
    , m_host(new QLineEdit(QStringLiteral("127.0.0.1")))
    , m_ports(new QLineEdit)
    , m_label(new QLineEdit)
    , m_warning(new QLabel)
    , m_problem(new QLabel)
    , m_ok(new QPushButton(tr("&Share")))
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Share a port"));
    m_friend->setObjectName(QStringLiteral("shareFriend"));
    m_friend->setAccessibleName(tr("Friend"));
    friendnames::fill(m_friend, contacts, {});
    m_host->setObjectName(QStringLiteral("shareHost"));
    m_host->setAccessibleName(tr("Host the friend may reach"));
    m_host->setPlaceholderText(tr("127.0.0.1 is this computer; * is any host"));
    m_ports->setObjectName(QStringLiteral("sharePorts"));
    m_ports->setAccessibleName(tr("Ports the friend may reach"));
    m_ports->setPlaceholderText(tr("22, or a range such as 8000-8080, or *"));
    m_label->setObjectName(QStringLiteral("shareLabel"));
    m_label->setAccessibleName(tr("Description"));
    m_label->setPlaceholderText(tr("optional, e.g. SSH"));
    m_warning->setObjectName(QStringLiteral("shareWarning"));
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->setWordWrap(true);
    m_warning->setVisible(false);
    m_problem->setObjectName(QStringLiteral("shareProblem"));
    m_problem->setAccessibleName(tr("Problem with the input"));
    m_problem->setWordWrap(true);
    m_ok->setObjectName(QStringLiteral("shareOkButton"));
    m_ok->setDefault(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &QDialog::accept);

    auto* intro = new QLabel(tr("Your friend can then open tunnels through your computer to this host and these "
                                "ports, and to nothing else."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Friend:"), m_friend);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Ports:"), m_ports);
    form->addRow(QString(), m_warning);
    form->addRow(tr("&Description:"), m_label);
    form->addRow(QString(), m_problem);
    form->addRow(buttons);

    connect(m_friend, &QComboBox::currentIndexChanged, this, &ShareDialog::validate);
    connect(m_host, &QLineEdit::textChanged, this, &ShareDialog::validate);
    connect(m_ports, &QLineEdit::textChanged, this, &ShareDialog::validate);
    validate();
}

void ShareDialog::setShare(const tunnel::SharedPort& s)
{
    setWindowTitle(tr("Edit shared port"));
    m_ok->setText(tr("&Save"));
    friendnames::fill(m_friend, m_contacts, s.friendKey);
    m_host->setText(s.rule.host());
    m_ports->setText(s.rule.ports().toString());
    m_label->setText(s.label);
    validate();
}

void ShareDialog::setFriend(const PublicKey& key)
{
    friendnames::fill(m_friend, m_contacts, key);
    validate();
}

std::optional<tunnel::SharedPort> ShareDialog::share() const
{
    const PublicKey key = friendnames::selected(m_friend);
    QString host = m_host->text().trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QStringLiteral("[%1]").arg(host);
    const auto rule = tunnel::Rule::parse(QStringLiteral("%1:%2").arg(host, m_ports->text().trimmed()));
    if (key.isNull() || !rule)
        return std::nullopt;
    return tunnel::SharedPort{key, *rule, m_label->text().trimmed()};
}

void ShareDialog::validate()
{
    QString problem;
    QString host = m_host->text().trimmed();
    if (friendnames::selected(m_friend).isNull()) {
        problem = tr("Choose the friend you share with (add a friend first).");
    } else if (host.isEmpty()) {
        problem = tr("Enter the host your friend may reach: 127.0.0.1 for this computer.");
    } else if (m_ports->text().trimmed().isEmpty()) {
        problem = tr("Enter the port your friend may reach, e.g. 22.");
    } else {
        if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
            host = QStringLiteral("[%1]").arg(host);
        const auto rule = tunnel::Rule::parse(QStringLiteral("%1:%2").arg(host, m_ports->text().trimmed()));
        if (!rule)
            problem = rule.error();
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool wide = m_host->text().trimmed() == QLatin1String("*") || m_ports->text().trimmed() == QLatin1String("*");
    m_warning->setText(tr("<b>Note:</b> a * lets your friend reach any host or any port your computer can reach."));
    m_warning->setVisible(problem.isEmpty() && wide);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace warren
