// The contact list: one row per friend with name and presence, kept up to
// date from Engine's signals (keyed by public key).
#pragma once

#include "core/coreevents.h"

#include <QListWidget>

namespace warren {

class Engine;

class ContactList : public QListWidget {
    Q_OBJECT
public:
    explicit ContactList(Engine& engine, QWidget* parent = nullptr);

private:
    QListWidgetItem* itemFor(const PublicKey& key, bool create);
    void refresh(QListWidgetItem* item);

    QHash<PublicKey, FriendInfo> m_friends;
};

} // namespace warren
