// Sorts the contacts (online first, then by name) and filters them by the
// search field's text: name (or alias), status message, or the start of
// the public key.
#pragma once

#include <QSortFilterProxyModel>

namespace warren {

class ContactFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ContactFilter(QObject* parent = nullptr);

    void setSearch(const QString& text);
    const QString& search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
};

} // namespace warren
