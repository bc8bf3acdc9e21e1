#include "gui/tunnels/offerdialog.h"

#include "gui/tunnels/friendnames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace warren {

OfferDialog::OfferDialog(const ContactModel* contacts, QWidget* parent)
    : QDialog(parent)
    , m_contacts(contacts)
    , m_friend(new QComboBox)
    , m_port(new QSpinBox)
    , m_host(new QLineEdit(QStringLiteral("127.0.0.1")))
    , m_label(new QLineEdit)
    , m_problem(new QLabel)
    , m_ok(new QPushButton(tr("&Offer")))
{
    setObjectName(QStringLiteral("offerDialog"));
    setWindowTitle(tr("Offer a port"));
    m_friend->setObjectName(QStringLiteral("offerFriend"));
    m_friend->setAccessibleName(tr("Friend"));
    friendnames::fill(m_friend, contacts, {});
    m_port->setObjectName(QStringLiteral("offerPort"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("choose"));
    m_host->setObjectName(QStringLiteral("offerHost"));
    m_host->setAccessibleName(tr("Host"));
    m_label->setObjectName(QStringLiteral("offerLabel"));
    m_label->setAccessibleName(tr("Description"));
    m_label->setMaxLength(60);
    m_label->setPlaceholderText(tr("optional, e.g. SSH"));
    m_problem->setObjectName(QStringLiteral("offerProblem"));
    m_problem->setWordWrap(true);
    m_ok->setObjectName(QStringLiteral("offerOkButton"));
    m_ok->setDefault(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &QDialog::accept);

    auto* intro = new QLabel(tr("Your friend is asked first. If they accept, they reach this port through a "
                                "port of their own, until you withdraw the offer."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Friend:"), m_friend);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Description:"), m_label);
    form->addRow(QString(), m_problem);
    form->addRow(buttons);

    connect(m_friend, &QComboBox::currentIndexChanged, this, &OfferDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &OfferDialog::validate);
    connect(m_host, &QLineEdit::textChanged, this, &OfferDialog::validate);
    validate();
}

void OfferDialog::setFriend(const PublicKey& key)
{
    friendnames::fill(m_friend, m_contacts, key);
    validate();
}

PublicKey OfferDialog::friendKey() const
{
    return friendnames::selected(m_friend);
}

QString OfferDialog::host() const
{
    return m_host->text().trimmed();
}

quint16 OfferDialog::port() const
{
    return static_cast<quint16>(m_port->value());
}

QString OfferDialog::label() const
{
    return m_label->text().trimmed();
}

void OfferDialog::validate()
{
    QString problem;
    if (friendKey().isNull())
        problem = tr("Choose the friend you offer the port to (add a friend first).");
    else if (port() == 0)
        problem = tr("Enter the port you offer, e.g. 22.");
    else if (host().isEmpty() || host().toUtf8().size() > 255)
        problem = tr("Enter the host: 127.0.0.1 for this computer.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace warren
