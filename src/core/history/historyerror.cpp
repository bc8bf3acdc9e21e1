#include "core/history/historyerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace warren {

namespace {
// SQLite's primary result codes (the low byte of an extended code).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteNoMem = 7;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoErr = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADb = 26;
} // namespace

bool HistoryError::set(HistoryError* out, Kind kind, const QString& message)
{
    if (out) {
        out->kind = kind;
        out->message = message;
    }
    return false;
}

bool HistoryError::setFromSql(HistoryError* out, const QSqlQuery& query, const QString& what)
{
    const HistoryError e = fromSql(query.lastError(), what);
    return set(out, e.kind, e.message);
}

HistoryError HistoryError::fromSql(const QSqlError& error, const QString& what)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    const QString detail = error.text().trimmed();
    const QString sentence = QStringLiteral("%1: %2").arg(what, detail);
    if (!numeric)
        return {Kind::Unwritable, sentence};
    switch (code) {
    case sqliteCorrupt:
    case sqliteNotADb:
        return {Kind::Corrupted,
            QStringLiteral("%1: the history database is damaged or is not a database (%2). It was left "
                           "untouched; move it aside to start a new history.")
                .arg(what, detail)};
    case sqliteCantOpen:
        return {Kind::Unreadable, sentence};
    case sqliteBusy:
    case sqliteLocked:
        return {
            Kind::Unwritable, QStringLiteral("%1: the history is locked by another program (%2).").arg(what, detail)};
    case sqliteFull:
        return {Kind::Unwritable, QStringLiteral("%1: the disk is full (%2).").arg(what, detail)};
    case sqliteReadOnly:
        return {Kind::Unwritable, QStringLiteral("%1: the history is read-only (%2).").arg(what, detail)};
    case sqliteNoMem:
        return {Kind::CryptoFailed, QStringLiteral("%1: out of memory (%2).").arg(what, detail)};
    case sqliteIoErr:
        return {Kind::Unreadable, QStringLiteral("%1: input/output error (%2).").arg(what, detail)};
    default:
        return {Kind::Unwritable, sentence};
    }
}

QString HistoryError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::PasswordRequired:
        return QStringLiteral("PasswordRequired");
    case Kind::WrongPassword:
        return QStringLiteral("WrongPassword");
    case Kind::Corrupted:
        return QStringLiteral("Corrupted");
    case Kind::Foreign:
        return QStringLiteral("Foreign");
    case Kind::TooNew:
        return QStringLiteral("TooNew");
    case Kind::Unreadable:
        return QStringLiteral("Unreadable");
    case Kind::Unwritable:
        return QStringLiteral("Unwritable");
    case Kind::CryptoFailed:
        return QStringLiteral("CryptoFailed");
    case Kind::Busy:
        return QStringLiteral("Busy");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    }
    return QStringLiteral("Unknown");
}

} // namespace warren
