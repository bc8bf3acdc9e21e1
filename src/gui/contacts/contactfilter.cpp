#include "gui/contacts/contactfilter.h"

#include "gui/contacts/contactmodel.h"

namespace warren {

ContactFilter::ContactFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContactModel::SortKeyRole);
    setDynamicSortFilter(true);
    sort(0);
}

void ContactFilter::setSearch(const QString& text)
{
    const QString s = text.trimmed();
    if (s == m_search)
        return;
    m_search = s;
    invalidateFilter();
}

bool ContactFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto has = [this](const QString& s) { return s.contains(m_search, Qt::CaseInsensitive); };
    return has(i.data(Qt::DisplayRole).toString()) || has(i.data(ContactModel::StatusMessageRole).toString())
        || ContactModel::keyOf(i).toHex().startsWith(m_search, Qt::CaseInsensitive);
}

} // namespace warren
