#include "gui/tunnels/offerspage.h"

#include "gui/tunnels/friendnames.h"
#include "gui/tunnels/offerdialog.h"
#include "gui/tunnels/tunnelmanager.h"
#include "gui/tunnels/tunnelspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warren {

namespace {
constexpr int keyRole = Qt::UserRole + 1; ///< friend key (hex) on column 0
constexpr int idRole = Qt::UserRole + 2; ///< offer id on column 0

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

/// The selected row's friend and offer id.
std::pair<PublicKey, quint32> selected(const QTableWidget* t)
{
    const auto rows = t->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem* i = t->item(rows.first().row(), 0);
    return {PublicKey::fromHex(i->data(keyRole).toString()), i->data(idRole).toUInt()};
}

void setRow(QTableWidget* t, int row, const PublicKey& key, quint32 id, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
    t->item(row, 0)->setData(keyRole, key.toHex());
    t->item(row, 0)->setData(idRole, id);
}
} // namespace

OffersPage::OffersPage(TunnelManager& manager, const ContactModel* contacts, QWidget* parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_contacts(contacts)
    , m_mine(makeTable(QStringLiteral("offerList"), {tr("Friend"), tr("Port"), tr("Description"), tr("State")}))
    , m_received(makeTable(QStringLiteral("receivedOfferList"), {tr("Friend"), tr("Port"), tr("Description")}))
    , m_withdraw(new QPushButton(tr("&Withdraw")))
    , m_accept(new QPushButton(tr("&Accept")))
    , m_decline(new QPushButton(tr("De&cline")))
{
    m_mine->setAccessibleName(tr("Ports I offer"));
    m_received->setAccessibleName(tr("Ports offered to me"));
    for (QTableWidget* t : {m_mine, m_received})
        t->horizontalHeader()->setAccessibleName(TunnelsPanel::tr("Columns of %1").arg(t->accessibleName()));
    auto* offer = new QPushButton(tr("O&ffer a port…"));
    offer->setObjectName(QStringLiteral("offerPortButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawOfferButton"));
    m_accept->setObjectName(QStringLiteral("acceptOfferButton"));
    m_decline->setObjectName(QStringLiteral("declineOfferButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(tr("Ports I offer")));
    layout->addWidget(m_mine, 1);
    auto* mineButtons = new QHBoxLayout;
    mineButtons->addWidget(offer);
    mineButtons->addWidget(m_withdraw);
    mineButtons->addStretch(1);
    layout->addLayout(mineButtons);
    layout->addWidget(new QLabel(tr("Ports offered to me")));
    layout->addWidget(m_received, 1);
    auto* receivedButtons = new QHBoxLayout;
    receivedButtons->addWidget(m_accept);
    receivedButtons->addWidget(m_decline);
    receivedButtons->addStretch(1);
    layout->addLayout(receivedButtons);

    connect(offer, &QPushButton::clicked, this, [this] { offerPortTo(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        if (const auto [key, id] = selected(m_mine); id != 0)
            m_manager.withdrawOffer(key, id);
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (const auto [key, id] = selected(m_received); id != 0)
            m_manager.acceptOffer(key, id);
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        if (const auto [key, id] = selected(m_received); id != 0)
            m_manager.declineOffer(key, id);
    });
    connect(&manager, &TunnelManager::offersChanged, this, &OffersPage::refresh);
    connect(&manager, &TunnelManager::offerArrived, this, &OffersPage::ask);
    connect(&manager, &TunnelManager::offerWithdrawn, this, [this](const PublicKey& key, const QString& label) {
        QMessageBox::information(this, tr("Offer withdrawn"),
            tr("%1 withdrew the port they offered (%2); its forward was removed.")
                .arg(friendnames::name(m_contacts, key), label));
    });
    refresh();
}

void OffersPage::offerPortTo(const PublicKey& key)
{
    OfferDialog dialog(m_contacts, this);
    if (!key.isNull())
        dialog.setFriend(key);
    if (dialog.exec() == QDialog::Accepted)
        m_manager.offerPort(dialog.friendKey(), dialog.host(), dialog.port(), dialog.port(), dialog.label());
}

void OffersPage::ask(const tunnel::ReceivedOffer& offer)
{
    // Not modal: the question waits beside the chat; nothing listens until "Accept".
    auto* box = new QMessageBox(QMessageBox::Question, tr("Port offered"),
        tr("%1 offers you their port %2 (%3). Accept it, to reach it through a port on this computer?")
            .arg(friendnames::name(m_contacts, offer.friendKey))
            .arg(offer.port)
            .arg(offer.label),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("offerPrompt"));
    QPushButton* accept = box->addButton(tr("&Accept"), QMessageBox::AcceptRole);
    box->addButton(tr("De&cline"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, accept, offer] {
        if (box->clickedButton() == accept)
            m_manager.acceptOffer(offer.friendKey, offer.id);
        else
            m_manager.declineOffer(offer.friendKey, offer.id);
    });
    box->open();
}

QString OffersPage::stateText(const tunnel::PortOffer& o) const
{
    using S = tunnel::PortOffer::State;
    switch (o.state) {
    case S::Waiting:
        return tr("waiting for the friend to come online");
    case S::Offered:
        return tr("offered");
    case S::Accepted:
        return tr("accepted on port %1").arg(o.boundPort);
    case S::Declined:
        return o.reason.isEmpty() ? tr("declined") : tr("declined: %1").arg(o.reason);
    case S::Removed:
        return tr("removed by the friend");
    case S::Unsupported:
        return tr("this friend does not support remote forwards");
    }
    return {};
}

void OffersPage::refresh()
{
    const auto& mine = m_manager.settings().offers;
    m_mine->setRowCount(static_cast<int>(mine.size()));
    for (int row = 0; row < mine.size(); ++row) {
        const tunnel::PortOffer& o = mine[row];
        setRow(m_mine, row, o.friendKey, o.id,
            {friendnames::name(m_contacts, o.friendKey), QStringLiteral("%1:%2").arg(o.host).arg(o.port), o.label,
                stateText(o)});
    }
    QList<tunnel::ReceivedOffer> pending;
    for (const tunnel::ReceivedOffer& r : m_manager.receivedOffers())
        if (!r.accepted)
            pending.append(r); // accepted ones are forwards
    m_received->setRowCount(static_cast<int>(pending.size()));
    for (int row = 0; row < pending.size(); ++row)
        setRow(m_received, row, pending[row].friendKey, pending[row].id,
            {friendnames::name(m_contacts, pending[row].friendKey), QString::number(pending[row].port),
                pending[row].label});
}

} // namespace warren
