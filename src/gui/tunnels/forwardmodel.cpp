#include "gui/tunnels/forwardmodel.h"

#include "gui/contacts/contactmodel.h"
#include "gui/tunnels/friendnames.h"
#include "gui/tunnels/tunnelformat.h"
#include "gui/tunnels/tunnelmanager.h"

#include <QApplication>
#include <QStyle>

namespace warren {

using namespace tunnel;

ForwardModel::ForwardModel(const TunnelManager& manager, const ContactModel* contacts, QObject* parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
    , m_contacts(contacts)
{
    connect(&manager, &TunnelManager::forwardsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&manager, &TunnelManager::statisticsChanged, this, &ForwardModel::refresh);
    if (contacts) {
        connect(contacts, &QAbstractItemModel::dataChanged, this, &ForwardModel::refresh);
        connect(contacts, &QAbstractItemModel::modelReset, this, &ForwardModel::refresh);
        connect(contacts, &QAbstractItemModel::rowsInserted, this, &ForwardModel::refresh);
    }
}

void ForwardModel::refresh()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ForwardModel::idAt(int row) const
{
    const auto& fs = m_manager.settings().forwards;
    return row >= 0 && row < fs.size() ? fs[row].spec.id : QString();
}

int ForwardModel::rowOf(const QString& id) const
{
    const auto& fs = m_manager.settings().forwards;
    for (int i = 0; i < fs.size(); ++i)
        if (fs[i].spec.id == id)
            return i;
    return -1;
}

int ForwardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_manager.settings().forwards.size());
}

int ForwardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ForwardModel::stateText(int row) const
{
    const SavedForward& f = m_manager.settings().forwards[row];
    if (!f.enabled)
        return tr("Stopped");
    if (const QString e = m_manager.startError(f.spec.id); !e.isEmpty())
        return tr("Failed");
    ForwardInfo info;
    if (!m_manager.forwardInfo(f.spec.id, &info))
        return tr("Starting…");
    if (info.state != ForwardInfo::State::Listening)
        return tr("Not listening");
    if (friendnames::connection(m_contacts, f.spec.friendKey) == Connection::None)
        return tr("Listening, friend offline");
    return tr("Listening");
}

QVariant ForwardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SavedForward& f = m_manager.settings().forwards[index.row()];
    if (role == IdRole)
        return f.spec.id;
    if (role == EnabledRole)
        return f.enabled;
    if (role == OfferRole)
        return f.spec.offerId != 0;
    ForwardInfo info;
    const bool live = f.enabled && m_manager.forwardInfo(f.spec.id, &info);
    const Connection path = friendnames::connection(m_contacts, f.spec.friendKey);
    const QString problem = f.enabled ? m_manager.startError(f.spec.id) : QString();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Friend:
            return friendnames::name(m_contacts, f.spec.friendKey);
        case Local:
            if (role == Qt::ToolTipRole && f.spec.exposesBeyondLoopback())
                return tr("Listens on %1: anyone who can reach this address can use the tunnel to your friend.")
                    .arg(f.spec.listenAddress.toString());
            return live ? info.listen
                        : tunnelformat::hostPort(f.spec.listenAddress.toString(), f.spec.listenPort)
                    + (f.spec.listenPort == 0 ? tr(" (any free port)") : QString());
        case Target:
            if (f.spec.offerId != 0)
                return offeredTarget(f, role == Qt::ToolTipRole);
            return tunnelformat::hostPort(f.spec.host, f.spec.port);
        case State:
            return stateText(index.row());
        case Streams:
            return live ? QString::number(info.openStreams) : QString();
        case Rate:
            return live ? tunnelformat::upDownRate(info.rateUp, info.rateDown) : QString();
        case Transferred:
            return live ? tunnelformat::upDown(info.bytes) : QString();
        case Path:
            return tunnelformat::pathWithRoundTrip(path, m_manager.roundTripMs(f.spec.friendKey));
        case Problem:
            return !problem.isEmpty() ? problem : live ? info.error : QString();
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Local && f.spec.exposesBeyondLoopback())
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::DecorationRole && index.column() == Problem
        && (!problem.isEmpty() || (live && !info.error.isEmpty())))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    if (role == Qt::TextAlignmentRole && index.column() == Streams)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString ForwardModel::offeredTarget(const tunnel::SavedForward& f, bool tooltip) const
{
    const QString target = tunnelformat::hostPort(f.spec.host, f.spec.port);
    const QString name = friendnames::name(m_contacts, f.spec.friendKey);
    QString label;
    for (const tunnel::ReceivedOffer& r : m_manager.receivedOffers())
        if (r.friendKey == f.spec.friendKey && r.id == f.spec.offerId)
            label = r.label;
    if (tooltip)
        return tr("%1 offered you this port. Removing the forward tells them you no longer use it.").arg(name);
    return label.isEmpty() ? tr("%1, offered by %2").arg(target, name)
                           : tr("%1, offered by %2: %3").arg(target, name, label);
}

QVariant ForwardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Friend:
        return tr("Friend");
    case Local:
        return tr("Local address");
    case Target:
        return tr("Target at the friend");
    case State:
        return tr("State");
    case Streams:
        return tr("Streams");
    case Rate:
        return tr("Rate");
    case Transferred:
        return tr("Transferred");
    case Path:
        return tr("Friend's path");
    case Problem:
        return tr("Last problem");
    default:
        return {};
    }
}

} // namespace warren
