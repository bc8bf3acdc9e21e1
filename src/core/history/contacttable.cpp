#include "core/history/contacttable.h"

#include <QSqlError>
#include <QSqlQuery>

namespace warren {

namespace {
using K = HistoryError::Kind;

bool contactFailed(const QSqlQuery& q, HistoryError* error)
{
    return HistoryError::setFromSql(error, q, QStringLiteral("Writing a contact"));
}

QDateTime fromMs(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}
} // namespace

ContactTable::ContactTable(HistoryDb& db, const FieldCodec& codec)
    : m_db(db)
    , m_codec(codec)
{
}

bool ContactTable::load(HistoryError* error)
{
    m_rows.clear();
    m_byId.clear();
    m_nextId = 1;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, pk, alias, blocked, unread, last_activity FROM contacts"))) {
        const HistoryError e = HistoryError::fromSql(q.lastError(), QStringLiteral("Reading the contacts"));
        return HistoryError::set(error, e.kind, e.message);
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        Row row;
        row.id = id;
        const PublicKey key = m_codec.readKey(q.value(1), FieldCodec::ad('k', id));
        if (key.isNull() || !m_codec.readText(q.value(2), FieldCodec::ad('a', id), &row.extras.alias))
            return HistoryError::set(error, K::Corrupted,
                QStringLiteral("Contact %1 of the history cannot be read: the history is damaged.").arg(id));
        row.extras.blocked = q.value(3).toInt() != 0;
        row.extras.restoreOnUnblock = q.value(3).toInt() == 2;
        row.extras.unread = q.value(4).toInt();
        row.extras.lastActivity = fromMs(q.value(5).toLongLong());
        m_rows.insert(key, row);
        m_byId.insert(id, key);
        m_nextId = std::max(m_nextId, id + 1);
    }
    return true;
}

qint64 ContactTable::id(const PublicKey& key, bool create, HistoryError* error)
{
    if (const auto it = m_rows.constFind(key); it != m_rows.cend())
        return it->id;
    if (!create || key.isNull())
        return 0;
    const qint64 id = m_nextId;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO contacts(id, tag, pk) VALUES(?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(m_codec.keyTag(key));
    q.addBindValue(m_codec.key(key, FieldCodec::ad('k', id)));
    if (!q.exec()) {
        contactFailed(q, error);
        return 0;
    }
    ++m_nextId;
    m_rows.insert(key, Row{id, {}});
    m_byId.insert(id, key);
    return id;
}

ContactExtras ContactTable::extras(const PublicKey& key) const
{
    return m_rows.value(key).extras;
}

bool ContactTable::update(const PublicKey& key, const QString& column, const QVariant& value, HistoryError* error)
{
    const qint64 row = id(key, true, error);
    if (!row)
        return false;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE contacts SET %1 = ? WHERE id = ?").arg(column));
    q.addBindValue(value);
    q.addBindValue(row);
    return q.exec() || contactFailed(q, error);
}

bool ContactTable::setAlias(const PublicKey& key, const QString& alias, HistoryError* error)
{
    const qint64 row = id(key, true, error);
    if (!row || !update(key, QStringLiteral("alias"), m_codec.text(alias, FieldCodec::ad('a', row)), error))
        return false;
    m_rows[key].extras.alias = alias;
    return true;
}

bool ContactTable::setBlocked(const PublicKey& key, bool blocked, bool wasFriend, HistoryError* error)
{
    // 0: not blocked, 1: blocked, 2: blocked and to be added back when unblocked.
    const int value = blocked ? (wasFriend ? 2 : 1) : 0;
    if (!update(key, QStringLiteral("blocked"), value, error))
        return false;
    m_rows[key].extras.blocked = blocked;
    m_rows[key].extras.restoreOnUnblock = blocked && wasFriend;
    return true;
}

bool ContactTable::setUnread(const PublicKey& key, int unread, HistoryError* error)
{
    if (!update(key, QStringLiteral("unread"), unread, error))
        return false;
    m_rows[key].extras.unread = unread;
    return true;
}

bool ContactTable::noteMessages(qint64 id, int incoming, const QDateTime& latest, HistoryError* error)
{
    const PublicKey key = m_byId.value(id);
    if (key.isNull())
        return HistoryError::set(error, K::NotFound, QStringLiteral("No contact %1 in the history.").arg(id));
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("UPDATE contacts SET unread = unread + ?, last_activity = max(last_activity, ?) WHERE id = ?"));
    q.addBindValue(incoming);
    q.addBindValue(latest.toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return contactFailed(q, error);
    ContactExtras& e = m_rows[key].extras;
    e.unread += incoming;
    if (!e.lastActivity.isValid() || e.lastActivity < latest)
        e.lastActivity = latest.toUTC();
    return true;
}

void ContactTable::forget(const PublicKey& key)
{
    m_byId.remove(m_rows.value(key).id);
    m_rows.remove(key);
}

} // namespace warren
