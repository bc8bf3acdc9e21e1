// One QtSql connection to a history file, for the thread that opened it
// (QtSql connections belong to their thread: the store has one on the GUI
// thread, the searcher one on its own thread). Checks that an existing file
// is a Warren history before anything is written to it, creates the schema
// in a new one, and sets WAL mode.
//
// Schema (version 1):
//   meta(key, value)                      app, schema, cipher, wrapped key
//   contacts(id, tag, pk, alias, blocked, unread, last_activity)
//   messages(id, contact, time, flags, state, attempts, body)
//     + index (contact, id) for paging, partial index for unsent messages
//   requests(tag, pk, message, received)   the friend-request inbox
//   search                                 FTS5, contentless, detail=none
// With a password pk, alias, body and message are sealed (HistoryKeys),
// tag is a keyed hash and search holds blind terms only.
#pragma once

#include "core/history/historyerror.h"

#include <QSqlDatabase>
#include <QVariant>

namespace warren {

class HistoryDb {
public:
    enum class Access { ReadWrite, ReadOnly };
    static constexpr int schemaVersion = 1;

    HistoryDb() = default;
    ~HistoryDb();
    HistoryDb(const HistoryDb&) = delete;
    HistoryDb& operator=(const HistoryDb&) = delete;

    /// Opens @p path. A missing or empty file becomes a new, empty history
    /// (ReadWrite only; isNew() then says so and createSchema() must follow).
    /// An existing file must be a Warren history: Corrupted, Foreign or
    /// TooNew otherwise, and it is left untouched.
    bool open(const QString& path, Access access, HistoryError* error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    bool isNew() const { return m_new; }
    const QString& path() const { return m_path; }
    QSqlDatabase& db() { return m_db; }

    /// Creates every table of a new history, plain or encrypted; call it
    /// inside a transaction.
    bool createSchema(bool encrypted, HistoryError* error);
    /// The meta "cipher" value of an encrypted history ("none" when plain).
    static QString cipherName();
    /// The DDL of the search table @p name for a plain or encrypted history.
    static QString searchTableSql(const QString& name, bool encrypted);

    QVariant meta(const QString& key) const;
    bool setMeta(const QString& key, const QVariant& value, HistoryError* error);

    /// Runs one statement; on failure fills @p error, prefixed by @p what.
    bool exec(const QString& sql, const QString& what, HistoryError* error);
    bool begin(HistoryError* error);
    bool commit(HistoryError* error);
    void rollback();

private:
    bool checkExisting(HistoryError* error);
    bool configure(HistoryError* error);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    bool m_new = false;
};

} // namespace warren
