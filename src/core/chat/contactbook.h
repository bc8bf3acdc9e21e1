// The contact list as the GUI sees it: toxcore's friends (name, status,
// connection, typing) merged with what the history keeps (alias, blocked,
// unread count, last activity), plus blocked contacts that are no longer
// toxcore friends (blocking removes a friend from toxcore). Plain data on
// the GUI thread, keyed by public key.
#pragma once

#include "core/chat/chattypes.h"
#include "core/coreevents.h"
#include "core/history/historytypes.h"

#include <QHash>

namespace warren {

class ContactBook {
public:
    bool contains(const PublicKey& key) const { return m_entries.contains(key); }
    /// A toxcore friend (not just a blocked contact kept for its extras).
    bool isFriend(const PublicKey& key) const { return m_entries.value(key).isFriend; }
    Contact value(const PublicKey& key) const { return m_entries.value(key).contact; }
    QList<Contact> all() const;
    QList<PublicKey> friends() const;

    /// Adds or refreshes a toxcore friend; true when it was not listed before.
    bool putFriend(const FriendInfo& info, const ContactExtras& extras);
    /// Lists a blocked contact that toxcore does not know (any more).
    void putBlocked(const PublicKey& key, const ContactExtras& extras);
    /// Toxcore dropped the friend; a blocked contact stays listed. True when it stays.
    bool dropFriend(const PublicKey& key);
    void remove(const PublicKey& key) { m_entries.remove(key); }
    void setExtras(const PublicKey& key, const ContactExtras& extras);
    /// The contact to change in place; null when not listed.
    Contact* find(const PublicKey& key);

private:
    struct Entry {
        Contact contact;
        bool isFriend = false;
    };
    QHash<PublicKey, Entry> m_entries;
};

} // namespace warren
