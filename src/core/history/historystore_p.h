// HistoryStore's inside: the connection, the codec and the tables, shared by
// historystore.cpp (data) and historykeying.cpp (creating, unlocking and
// re-keying).
#pragma once

#include "core/history/contacttable.h"
#include "core/history/fieldcodec.h"
#include "core/history/historydb.h"
#include "core/history/historystore.h"
#include "core/history/messagelog.h"
#include "core/history/requesttable.h"

namespace warren {

struct HistoryStore::Private {
    HistoryDb db;
    FieldCodec codec;
    ContactTable contacts{db, codec};
    RequestTable requestTable{db, codec};
    MessageLog log{db, codec};
    bool busy = false;

    bool setWrapped(const HistoryKeys::Wrapped& w, HistoryError* error)
    {
        return db.setMeta(QStringLiteral("kdf_salt"), w.salt, error)
            && db.setMeta(QStringLiteral("kdf_ops"), w.cost.ops, error)
            && db.setMeta(QStringLiteral("kdf_mem"), w.cost.memBytes, error)
            && db.setMeta(QStringLiteral("wrapped_key"), w.blob, error);
    }
    HistoryKeys::Wrapped wrapped() const
    {
        return {db.meta(QStringLiteral("kdf_salt")).toByteArray(),
            {db.meta(QStringLiteral("kdf_ops")).toULongLong(), db.meta(QStringLiteral("kdf_mem")).toULongLong()},
            db.meta(QStringLiteral("wrapped_key")).toByteArray()};
    }
    /// Fills a new file: schema, and the wrapped key when @p password is set.
    bool create(const QString& password, HistoryError* error);
    /// Reads the cipher of an existing file and unwraps its key with @p password.
    bool unlock(const QString& password, HistoryError* error);
    /// After a failed transaction: the caches may hold rows that were rolled back.
    void resync()
    {
        contacts.load(nullptr);
        log.init(nullptr);
    }
};

} // namespace warren
