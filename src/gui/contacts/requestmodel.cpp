#include "gui/contacts/requestmodel.h"

#include <QLocale>

namespace warren {

RequestModel::RequestModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void RequestModel::reset(const QList<FriendRequest>& requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

void RequestModel::upsert(const FriendRequest& request)
{
    if (const int row = rowOf(request.from); row >= 0) {
        m_requests[row] = request;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    const int row = static_cast<int>(m_requests.size());
    beginInsertRows({}, row, row);
    m_requests.append(request);
    endInsertRows();
}

void RequestModel::remove(const PublicKey& from)
{
    const int row = rowOf(from);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_requests.removeAt(row);
    endRemoveRows();
}

const FriendRequest* RequestModel::find(const PublicKey& from) const
{
    const int row = rowOf(from);
    return row < 0 ? nullptr : &m_requests[row];
}

int RequestModel::rowOf(const PublicKey& from) const
{
    for (int i = 0; i < m_requests.size(); ++i)
        if (m_requests[i].from == from)
            return i;
    return -1;
}

int RequestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_requests.size());
}

QVariant RequestModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const FriendRequest& r = m_requests[index.row()];
    const QString when = QLocale().toString(r.received.toLocalTime(), QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)\n%3").arg(r.from.shortId(), when, r.message);
    case Qt::AccessibleTextRole:
        return tr("Request from %1, %2: %3").arg(r.from.shortId(), when, r.message);
    case Qt::ToolTipRole:
        return r.from.toHex();
    case KeyRole:
        return r.from.bytes();
    case MessageRole:
        return r.message;
    default:
        return {};
    }
}

} // namespace warren
