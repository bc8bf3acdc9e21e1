// The hits of a full-text history search as a list model, newest first as
// the history returns them: who, when, and the message text. Assistive
// technology reads each row through Qt::AccessibleTextRole.
#pragma once

#include "core/chat/chattypes.h"

#include <QAbstractListModel>

namespace warren {

class SearchResultModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< QByteArray: the friend's public key
        MessageIdRole, ///< qint64
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    const SearchHit& at(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QString heading(const SearchHit& hit) const;

    QList<SearchHit> m_hits;
};

} // namespace warren
