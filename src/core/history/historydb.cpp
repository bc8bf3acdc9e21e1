#include "core/history/historydb.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace warren {

namespace {
using K = HistoryError::Kind;
const QString appName = QStringLiteral("warren-history");

QString connectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("warren-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString display(const QString& path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

HistoryDb::~HistoryDb()
{
    close();
}

void HistoryDb::close()
{
    if (m_connection.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool HistoryDb::open(const QString& path, Access access, HistoryError* error)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    m_new = !info.exists() || (info.isFile() && info.size() == 0);
    if (m_new && access == Access::ReadOnly)
        return HistoryError::set(error, K::Unreadable, QStringLiteral("There is no history at %1.").arg(display(path)));
    if (!m_new) {
        QFile f(path);
        if (!info.isFile() || !f.open(QIODevice::ReadOnly))
            return HistoryError::set(
                error, K::Unreadable, QStringLiteral("The history %1 cannot be read.").arg(display(path)));
        if (f.read(16) != QByteArrayView("SQLite format 3\0", 16))
            return HistoryError::set(error, K::Corrupted,
                QStringLiteral("%1 is not a Warren chat history: it is not an SQLite database (damaged, or "
                               "another kind of file). It was left untouched.")
                    .arg(display(path)));
    }
    m_connection = connectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(access == Access::ReadOnly
            ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
            : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const HistoryError e = HistoryError::fromSql(m_db.lastError(), QStringLiteral("Opening the history"));
        close();
        return HistoryError::set(error, e.kind == K::Corrupted ? K::Corrupted : K::Unreadable, e.message);
    }
    if ((!m_new && !checkExisting(error)) || !configure(error)) {
        close();
        return false;
    }
    return true;
}

bool HistoryDb::checkExisting(HistoryError* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))) {
        const HistoryError e = HistoryError::fromSql(q.lastError(), QStringLiteral("Reading the history"));
        return HistoryError::set(error, e.kind, e.message);
    }
    const QString foreign
        = QStringLiteral("%1 is an SQLite database, but not a Warren chat history. It was left untouched.")
              .arg(display(m_path));
    if (!q.next())
        return HistoryError::set(error, K::Foreign, foreign);
    q.finish();
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'app'")) || !q.next()
        || q.value(0).toString() != appName)
        return HistoryError::set(error, K::Foreign, foreign);
    const int version = meta(QStringLiteral("schema")).toInt();
    if (version > schemaVersion)
        return HistoryError::set(error, K::TooNew,
            QStringLiteral("The history %1 was written by a newer version of Warren (format %2); this "
                           "version reads format %3.")
                .arg(display(m_path))
                .arg(version)
                .arg(schemaVersion));
    if (version < 1)
        return HistoryError::set(
            error, K::Corrupted, QStringLiteral("The history %1 has no valid format number.").arg(display(m_path)));
    return true;
}

bool HistoryDb::configure(HistoryError* error)
{
    // Only after checkExisting(): switching to WAL writes to the file.
    const bool readOnly = m_db.connectOptions().contains(QStringLiteral("READONLY"));
    if (!readOnly && !exec(QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("Opening the history"), error))
        return false;
    // secure_delete zeroes deleted content; temp_store keeps sorts off disk.
    return exec(QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("Opening the history"), error)
        && exec(QStringLiteral("PRAGMA secure_delete = ON"), QStringLiteral("Opening the history"), error)
        && exec(QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("Opening the history"), error)
        && exec(QStringLiteral("PRAGMA cache_size = -16000"), QStringLiteral("Opening the history"), error);
}

QString HistoryDb::searchTableSql(const QString& name, bool encrypted)
{
    // Contentless (no copy of any text), rowids only (detail=none). Plain
    // histories also keep a 3-character prefix index for short prefix queries.
    return QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(terms, content='', detail=none, columnsize=0, "
                          "tokenize='ascii'%2)")
        .arg(name, encrypted ? QString() : QStringLiteral(", prefix='3'"));
}

bool HistoryDb::createSchema(bool encrypted, HistoryError* error)
{
    const QString what = QStringLiteral("Creating the history");
    const QStringList statements{
        QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE contacts(id INTEGER PRIMARY KEY, tag BLOB NOT NULL UNIQUE, pk BLOB NOT NULL, "
                       "alias, blocked INTEGER NOT NULL DEFAULT 0, unread INTEGER NOT NULL DEFAULT 0, "
                       "last_activity INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE messages(id INTEGER PRIMARY KEY, contact INTEGER NOT NULL, time INTEGER NOT NULL, "
                       "flags INTEGER NOT NULL, state INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, body)"),
        QStringLiteral("CREATE INDEX messages_by_contact ON messages(contact, id)"),
        QStringLiteral("CREATE INDEX messages_unsent ON messages(contact, id) WHERE state <= 1"),
        QStringLiteral("CREATE TABLE requests(tag BLOB PRIMARY KEY, pk BLOB NOT NULL, message, "
                       "received INTEGER NOT NULL) WITHOUT ROWID"),
        searchTableSql(QStringLiteral("search"), encrypted),
    };
    for (const QString& sql : statements)
        if (!exec(sql, what, error))
            return false;
    return setMeta(QStringLiteral("app"), appName, error) && setMeta(QStringLiteral("schema"), schemaVersion, error)
        && setMeta(QStringLiteral("cipher"), encrypted ? cipherName() : QStringLiteral("none"), error);
}

QString HistoryDb::cipherName()
{
    return QStringLiteral("xchacha20poly1305");
}

QVariant HistoryDb::meta(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0);
    return {};
}

bool HistoryDb::setMeta(const QString& key, const QVariant& value, HistoryError* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (q.exec())
        return true;
    const HistoryError e = HistoryError::fromSql(q.lastError(), QStringLiteral("Writing the history"));
    return HistoryError::set(error, e.kind, e.message);
}

bool HistoryDb::exec(const QString& sql, const QString& what, HistoryError* error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    const HistoryError e = HistoryError::fromSql(q.lastError(), what);
    return HistoryError::set(error, e.kind, e.message);
}

bool HistoryDb::begin(HistoryError* error)
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("Writing the history"), error);
}

bool HistoryDb::commit(HistoryError* error)
{
    if (exec(QStringLiteral("COMMIT"), QStringLiteral("Writing the history"), error))
        return true;
    rollback();
    return false;
}

void HistoryDb::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace warren
