#include "gui/tunnels/sharemodel.h"

#include "gui/contacts/contactmodel.h"
#include "gui/tunnels/friendnames.h"
#include "gui/tunnels/tunnelmanager.h"

namespace warren {

namespace {
QList<const tunnel::PortOffer*> acceptedOffers(const TunnelManager& manager)
{
    QList<const tunnel::PortOffer*> out;
    for (const tunnel::PortOffer& o : manager.settings().offers)
        if (o.state == tunnel::PortOffer::State::Accepted)
            out.append(&o);
    return out;
}
} // namespace

ShareModel::ShareModel(const TunnelManager& manager, const ContactModel* contacts, QObject* parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
    , m_contacts(contacts)
{
    connect(&manager, &TunnelManager::sharesChanged, this, &ShareModel::reset);
    connect(&manager, &TunnelManager::offersChanged, this, &ShareModel::reset);
    if (contacts)
        connect(contacts, &QAbstractItemModel::dataChanged, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, Friend), index(rowCount() - 1, Friend));
        });
}

void ShareModel::reset()
{
    beginResetModel();
    endResetModel();
}

bool ShareModel::isOffer(int row) const
{
    return row >= static_cast<int>(m_manager.settings().shares.size()) && row < rowCount();
}

int ShareModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_manager.settings().shares.size() + acceptedOffers(m_manager).size());
}

int ShareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShareModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (isOffer(index.row())) {
        const tunnel::PortOffer& o
            = *acceptedOffers(m_manager).at(index.row() - static_cast<int>(m_manager.settings().shares.size()));
        if (role == Qt::ToolTipRole)
            return tr("You offered this port and your friend accepted it. Withdraw it under \"Offered ports\".");
        switch (index.column()) {
        case Friend:
            return friendnames::name(m_contacts, o.friendKey);
        case Host:
            return o.host;
        case Ports:
            return QString::number(o.port);
        case Label:
            return o.label.isEmpty() ? tr("Offered by you") : tr("Offered by you: %1").arg(o.label);
        default:
            return {};
        }
    }
    const tunnel::SharedPort& s = m_manager.settings().shares[index.row()];
    switch (index.column()) {
    case Friend:
        return friendnames::name(m_contacts, s.friendKey);
    case Host:
        return s.rule.anyHost() ? tr("Any host (*)") : s.rule.host();
    case Ports:
        return s.rule.ports().isAny() ? tr("Any port (*)") : s.rule.ports().toString();
    case Label:
        return s.label;
    default:
        return {};
    }
}

QVariant ShareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Friend:
        return tr("Friend");
    case Host:
        return tr("Host they may reach");
    case Ports:
        return tr("Ports");
    case Label:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace warren
