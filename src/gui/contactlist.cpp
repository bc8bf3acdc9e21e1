#include "gui/contactlist.h"

#include "core/engine.h"

namespace warren {

namespace {
constexpr int keyRole = Qt::UserRole + 1;
}

ContactList::ContactList(Engine& engine, QWidget* parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Contacts"));
    auto upsert = [this](const FriendInfo& f) {
        m_friends.insert(f.key, f);
        refresh(itemFor(f.key, true));
    };
    connect(&engine, &Engine::friendsLoaded, this, [upsert](const QList<FriendInfo>& fs) {
        for (const FriendInfo& f : fs)
            upsert(f);
    });
    connect(&engine, &Engine::friendAdded, this, upsert);
    connect(&engine, &Engine::friendRemoved, this, [this](const PublicKey& k) {
        m_friends.remove(k);
        delete itemFor(k, false);
    });
    auto update = [this](const PublicKey& k, auto apply) {
        auto it = m_friends.find(k);
        if (it == m_friends.end())
            return;
        apply(*it);
        refresh(itemFor(k, false));
    };
    connect(&engine, &Engine::friendConnectionChanged, this,
        [update](const PublicKey& k, Connection c) { update(k, [c](FriendInfo& f) { f.connection = c; }); });
    connect(&engine, &Engine::friendStatusChanged, this,
        [update](const PublicKey& k, UserStatus s) { update(k, [s](FriendInfo& f) { f.status = s; }); });
    connect(&engine, &Engine::friendNameChanged, this,
        [update](const PublicKey& k, const QString& n) { update(k, [n](FriendInfo& f) { f.name = n; }); });
    connect(&engine, &Engine::friendStatusMessageChanged, this,
        [update](const PublicKey& k, const QString& m) { update(k, [m](FriendInfo& f) { f.statusMessage = m; }); });
}

QListWidgetItem* ContactList::itemFor(const PublicKey& key, bool create)
{
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(keyRole).toByteArray() == key.bytes())
            return item(i);
    if (!create)
        return nullptr;
    auto* it = new QListWidgetItem(this);
    it->setData(keyRole, key.bytes());
    return it;
}

void ContactList::refresh(QListWidgetItem* item)
{
    if (!item)
        return;
    const FriendInfo f = m_friends.value(PublicKey::fromBytes(item->data(keyRole).toByteArray()));
    const QString name = f.name.isEmpty() ? f.key.shortId() : f.name;
    const QString presence = f.connection == Connection::None ? tr("offline") : toString(f.status);
    item->setText(QStringLiteral("%1 — %2").arg(name, presence));
    item->setToolTip(f.statusMessage);
}

} // namespace warren
