#include "core/chat/contactbook.h"

namespace warren {

QList<Contact> ContactBook::all() const
{
    QList<Contact> out;
    out.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        out.append(e.contact);
    return out;
}

QList<PublicKey> ContactBook::friends() const
{
    QList<PublicKey> out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it->isFriend)
            out.append(it.key());
    return out;
}

bool ContactBook::putFriend(const FriendInfo& info, const ContactExtras& extras)
{
    const bool added = !m_entries.contains(info.key);
    Entry& e = m_entries[info.key];
    const bool typing = e.isFriend && e.contact.typing;
    e.isFriend = true;
    e.contact.key = info.key;
    e.contact.name = info.name;
    e.contact.statusMessage = info.statusMessage;
    e.contact.status = info.status;
    e.contact.connection = info.connection;
    e.contact.typing = typing && info.connection != Connection::None;
    setExtras(info.key, extras);
    return added;
}

void ContactBook::putBlocked(const PublicKey& key, const ContactExtras& extras)
{
    Entry& e = m_entries[key];
    e.contact.key = key;
    setExtras(key, extras);
}

bool ContactBook::dropFriend(const PublicKey& key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return false;
    if (!it->contact.blocked) {
        m_entries.erase(it);
        return false;
    }
    it->isFriend = false;
    it->contact.connection = Connection::None;
    it->contact.typing = false;
    return true;
}

void ContactBook::setExtras(const PublicKey& key, const ContactExtras& extras)
{
    Contact* c = find(key);
    if (!c)
        return;
    c->alias = extras.alias;
    c->blocked = extras.blocked;
    c->unread = extras.unread;
    c->lastActivity = extras.lastActivity;
}

Contact* ContactBook::find(const PublicKey& key)
{
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? nullptr : &it->contact;
}

} // namespace warren
