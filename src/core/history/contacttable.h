// The contacts table: one row per public key Warren keeps something about
// (an alias, a block, unread count, last activity, or messages, which refer
// to the row's id). Every row is cached in memory, keyed both ways, so the
// chat layer reads extras without touching the disk. Not thread-safe: used
// by the HistoryStore that owns it, on its thread.
#pragma once

#include "core/history/fieldcodec.h"
#include "core/history/historydb.h"
#include "core/history/historytypes.h"

#include <QHash>

namespace warren {

class ContactTable {
public:
    ContactTable(HistoryDb& db, const FieldCodec& codec);

    /// (Re)reads every row; after opening and after a re-key.
    bool load(HistoryError* error);

    /// The row id of @p key; 0 when it has none and @p create is false.
    qint64 id(const PublicKey& key, bool create, HistoryError* error);
    PublicKey key(qint64 id) const { return m_byId.value(id); }
    QList<PublicKey> keys() const { return m_byId.values(); }
    ContactExtras extras(const PublicKey& key) const;

    bool setAlias(const PublicKey& key, const QString& alias, HistoryError* error);
    /// @p wasFriend: remember to add it back to toxcore when unblocked.
    bool setBlocked(const PublicKey& key, bool blocked, bool wasFriend, HistoryError* error);
    bool setUnread(const PublicKey& key, int unread, HistoryError* error);
    /// Counts @p incoming new unread messages and the latest message time of
    /// contact row @p id (inside the caller's transaction).
    bool noteMessages(qint64 id, int incoming, const QDateTime& latest, HistoryError* error);
    /// Forgets the cached row of @p key after it was deleted.
    void forget(const PublicKey& key);

private:
    struct Row {
        qint64 id = 0;
        ContactExtras extras;
    };
    bool update(const PublicKey& key, const QString& column, const QVariant& value, HistoryError* error);

    HistoryDb& m_db;
    const FieldCodec& m_codec;
    QHash<PublicKey, Row> m_rows;
    QHash<qint64, PublicKey> m_byId;
    qint64 m_nextId = 1;
};

} // namespace warren
