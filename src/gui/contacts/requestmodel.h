// Pending friend requests as a list model (sender's key, message, time),
// for the request inbox. Filled by ContactsBinder or directly by tests.
#pragma once

#include "core/chat/chattypes.h"

#include <QAbstractListModel>

namespace warren {

class RequestModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, MessageRole };

    explicit RequestModel(QObject* parent = nullptr);

    void reset(const QList<FriendRequest>& requests);
    void upsert(const FriendRequest& request);
    void remove(const PublicKey& from);
    const FriendRequest* find(const PublicKey& from) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    int rowOf(const PublicKey& from) const;

    QList<FriendRequest> m_requests;
};

} // namespace warren
