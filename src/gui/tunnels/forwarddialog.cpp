#include "gui/tunnels/forwarddialog.h"

#include "gui/tunnels/friendnames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace warren {

namespace {
enum ListenChoice { Loopback4, Loopback6, Other };
} // namespace

ForwardDialog::ForwardDialog(const ContactModel* contacts, QWidget* parent)
    : QDialog(parent)
    , m_contacts(contacts)
    , m_friend(new QComboBox)
    , m_listenChoice(new QComboBox)
    , m_listenAddress(new QLineEdit)
    , m_listenPort(new QSpinBox)
    , m_host(new QLineEdit(QStringLiteral("127.0.0.1")))
    , m_port(new QSpinBox)
    , m_warning(new QLabel)
    , m_problem(new QLabel)
    , m_ok(new QPushButton(tr("&Open tunnel")))
{
    setObjectName(QStringLiteral("forwardDialog"));
    setWindowTitle(tr("Open a tunnel"));
    m_friend->setObjectName(QStringLiteral("forwardFriend"));
    m_friend->setAccessibleName(tr("Friend"));
    friendnames::fill(m_friend, contacts, {});

    m_listenChoice->setObjectName(QStringLiteral("forwardListenChoice"));
    m_listenChoice->setAccessibleName(tr("Who may use the tunnel"));
    m_listenChoice->addItem(tr("Only this computer (127.0.0.1)"));
    m_listenChoice->addItem(tr("Only this computer, IPv6 (::1)"));
    m_listenChoice->addItem(tr("Other address (exposes the tunnel)…"));
    m_listenAddress->setObjectName(QStringLiteral("forwardListenAddress"));
    m_listenAddress->setAccessibleName(tr("Address to listen on"));
    m_listenAddress->setPlaceholderText(tr("e.g. 0.0.0.0 or 192.168.1.10"));
    m_listenAddress->setEnabled(false);
    m_listenPort->setObjectName(QStringLiteral("forwardListenPort"));
    m_listenPort->setAccessibleName(tr("Local port"));
    m_listenPort->setRange(0, 65535);
    m_listenPort->setSpecialValueText(tr("Any free port"));
    m_listenPort->setValue(0);
    m_host->setObjectName(QStringLiteral("forwardHost"));
    m_host->setAccessibleName(tr("Host at the friend's side"));
    m_host->setPlaceholderText(tr("a host name or address, as the friend's computer sees it"));
    m_port->setObjectName(QStringLiteral("forwardPort"));
    m_port->setAccessibleName(tr("Port at the friend's side"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_warning->setObjectName(QStringLiteral("forwardWarning"));
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->setWordWrap(true);
    m_warning->setVisible(false);
    m_problem->setObjectName(QStringLiteral("forwardProblem"));
    m_problem->setAccessibleName(tr("Problem with the input"));
    m_problem->setWordWrap(true);
    m_ok->setObjectName(QStringLiteral("forwardOkButton"));
    m_ok->setDefault(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &QDialog::accept);

    auto* intro = new QLabel(tr("Connections to the local address are carried over Tox to your friend, whose "
                                "computer connects them to the target. Your friend must share that port with you."));
    intro->setWordWrap(true);
    auto* listenRow = new QHBoxLayout;
    listenRow->addWidget(m_listenChoice, 1);
    listenRow->addWidget(m_listenAddress, 1);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Friend:"), m_friend);
    form->addRow(tr("&Listen on:"), listenRow);
    form->addRow(QString(), m_warning);
    form->addRow(tr("Local &port:"), m_listenPort);
    form->addRow(tr("Target &host:"), m_host);
    form->addRow(tr("Target p&ort:"), m_port);
    form->addRow(QString(), m_problem);
    form->addRow(buttons);

    connect(m_listenChoice, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_listenAddress->setEnabled(i == Other);
        if (i == Other)
            m_listenAddress->setFocus();
        validate();
    });
    connect(m_listenAddress, &QLineEdit::textChanged, this, &ForwardDialog::validate);
    connect(m_host, &QLineEdit::textChanged, this, &ForwardDialog::validate);
    connect(m_friend, &QComboBox::currentIndexChanged, this, &ForwardDialog::validate);
    validate();
}

void ForwardDialog::setForward(const tunnel::SavedForward& f)
{
    setWindowTitle(tr("Edit tunnel"));
    m_ok->setText(tr("&Save"));
    m_id = f.spec.id;
    m_enabled = f.enabled;
    friendnames::fill(m_friend, m_contacts, f.spec.friendKey);
    const QHostAddress& a = f.spec.listenAddress;
    if (a == QHostAddress(QHostAddress::LocalHost)) {
        m_listenChoice->setCurrentIndex(Loopback4);
    } else if (a == QHostAddress(QHostAddress::LocalHostIPv6)) {
        m_listenChoice->setCurrentIndex(Loopback6);
    } else {
        m_listenChoice->setCurrentIndex(Other);
        m_listenAddress->setText(a.toString());
    }
    m_listenPort->setValue(f.spec.listenPort);
    m_host->setText(f.spec.host);
    m_port->setValue(f.spec.port);
    validate();
}

void ForwardDialog::setFriend(const PublicKey& key)
{
    friendnames::fill(m_friend, m_contacts, key);
    validate();
}

QString ForwardDialog::listenAddressText() const
{
    switch (m_listenChoice->currentIndex()) {
    case Loopback4:
        return QStringLiteral("127.0.0.1");
    case Loopback6:
        return QStringLiteral("::1");
    default:
        break;
    }
    QString t = m_listenAddress->text().trimmed();
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
        t = t.mid(1, t.size() - 2);
    return t;
}

tunnel::SavedForward ForwardDialog::forward() const
{
    tunnel::SavedForward f;
    f.spec.id = m_id;
    f.enabled = m_enabled;
    f.spec.friendKey = friendnames::selected(m_friend);
    f.spec.listenAddress.setAddress(listenAddressText());
    f.spec.listenPort = static_cast<quint16>(m_listenPort->value());
    f.spec.host = m_host->text().trimmed();
    if (f.spec.host.startsWith(QLatin1Char('[')) && f.spec.host.endsWith(QLatin1Char(']')))
        f.spec.host = f.spec.host.mid(1, f.spec.host.size() - 2);
    f.spec.port = static_cast<quint16>(m_port->value());
    return f;
}

void ForwardDialog::validate()
{
    QString problem;
    QHostAddress listen;
    const bool addressOk = listen.setAddress(listenAddressText());
    if (friendnames::selected(m_friend).isNull())
        problem = tr("Choose the friend whose computer makes the connections (add a friend first).");
    else if (!addressOk)
        problem = m_listenAddress->text().trimmed().isEmpty()
            ? tr("Enter the IP address to listen on.")
            : tr("“%1” is not an IP address of this computer.").arg(m_listenAddress->text().trimmed());
    else if (m_host->text().trimmed().isEmpty())
        problem = tr("Enter the host your friend's computer connects to (127.0.0.1 is your friend's computer itself).");
    else if (m_host->text().trimmed().contains(QLatin1Char(' ')))
        problem = tr("A host name has no spaces.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool exposed = addressOk && !listen.isLoopback();
    m_warning->setText(tr("<b>Warning:</b> anyone who can reach %1 on your network can use this tunnel to reach "
                          "your friend's service, as if they were you.")
                           .arg(listen.toString().toHtmlEscaped()));
    m_warning->setVisible(exposed);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace warren
