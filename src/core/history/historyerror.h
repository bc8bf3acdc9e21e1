// The one error type of the history layer: a kind the caller can branch on
// (ask for the password again, tell the user the file is damaged, ...) and a
// sentence the user can read. A history that fails to open is left exactly
// as it was: it is never replaced, repaired or re-created behind the user's
// back.
#pragma once

#include <QMetaType>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace warren {

struct HistoryError {
    enum class Kind {
        None,
        PasswordRequired, ///< the history is encrypted and no password was given
        WrongPassword, ///< the password does not unlock the history's key
        Corrupted, ///< not an SQLite database any more, or damaged inside
        Foreign, ///< a valid SQLite database, but not a Warren history
        TooNew, ///< written by a newer Warren (unknown schema version)
        Unreadable, ///< the file cannot be opened or read
        Unwritable, ///< a write failed (disk full, read-only, locked); nothing changed
        CryptoFailed, ///< key derivation or encryption failed (out of memory)
        Busy, ///< the history is being re-keyed; try again afterwards
        Cancelled, ///< the caller cancelled a long operation; nothing changed
        NotFound, ///< no such message or contact
    };

    Kind kind = Kind::None;
    QString message;

    bool ok() const { return kind == Kind::None; }
    /// Stores @p kind and @p message in @p out (when not null); returns false
    /// so failing paths can `return HistoryError::set(...)`.
    static bool set(HistoryError* out, Kind kind, const QString& message);
    /// Maps an SQLite error (via Qt) to a kind: corruption, full disk,
    /// read-only and locking errors are told apart. @p what says what failed.
    static HistoryError fromSql(const QSqlError& error, const QString& what);
    /// set() with fromSql(@p query's last error, @p what): for failing SQL paths.
    static bool setFromSql(HistoryError* out, const QSqlQuery& query, const QString& what);
    /// A stable English name of @p kind ("WrongPassword"), for logs and tests.
    static QString kindName(Kind kind);
};

} // namespace warren

Q_DECLARE_METATYPE(warren::HistoryError)
