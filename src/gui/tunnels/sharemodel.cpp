#include "gui/tunnels/sharemodel.h"

#include "gui/contacts/contactmodel.h"
#include "gui/tunnels/friendnames.h"
#include "gui/tunnels/tunnelmanager.h"

namespace warren {

ShareModel::ShareModel(const TunnelManager& manager, const ContactModel* contacts, QObject* parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
    , m_contacts(contacts)
{
    connect(&manager, &TunnelManager::sharesChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    if (contacts)
        connect(contacts, &QAbstractItemModel::dataChanged, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, Friend), index(rowCount() - 1, Friend));
        });
}

int ShareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_manager.settings().shares.size());
}

int ShareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShareModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
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
