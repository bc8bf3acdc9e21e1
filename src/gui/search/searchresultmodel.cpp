#include "gui/search/searchresultmodel.h"

#include <QLocale>

namespace warren {

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QString SearchResultModel::heading(const SearchHit& hit) const
{
    const QString when = QLocale().toString(hit.message.time.toLocalTime(), QLocale::ShortFormat);
    return hit.message.outgoing ? tr("You to %1, %2").arg(hit.contactName, when)
                                : tr("%1 to you, %2").arg(hit.contactName, when);
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit& hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return heading(hit) + u'\n' + hit.message.text.simplified();
    case Qt::ToolTipRole:
        return hit.message.text;
    case Qt::AccessibleTextRole:
        return heading(hit) + QStringLiteral(": ") + hit.message.text;
    case KeyRole:
        return hit.message.friendKey.bytes();
    case MessageIdRole:
        return hit.message.id;
    default:
        return {};
    }
}

} // namespace warren
