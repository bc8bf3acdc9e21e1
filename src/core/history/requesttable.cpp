#include "core/history/requesttable.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace warren {

RequestTable::RequestTable(HistoryDb& db, const FieldCodec& codec)
    : m_db(db)
    , m_codec(codec)
{
}

QList<FriendRequest> RequestTable::all(HistoryError* error) const
{
    QList<FriendRequest> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT tag, pk, message, received FROM requests"))) {
        HistoryError::setFromSql(error, q, QStringLiteral("Reading friend requests"));
        return out;
    }
    while (q.next()) {
        const QByteArray tag = q.value(0).toByteArray();
        FriendRequest r;
        r.from = m_codec.readKey(q.value(1), FieldCodec::ad('q', tag));
        if (r.from.isNull() || !m_codec.readText(q.value(2), FieldCodec::ad('r', tag), &r.message)) {
            HistoryError::set(error, HistoryError::Kind::Corrupted,
                QStringLiteral("A friend request in the history cannot be read: the history is damaged."));
            return {};
        }
        r.received = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        out.append(r);
    }
    std::sort(
        out.begin(), out.end(), [](const FriendRequest& a, const FriendRequest& b) { return a.received < b.received; });
    return out;
}

bool RequestTable::put(const FriendRequest& request, HistoryError* error)
{
    const QByteArray tag = m_codec.keyTag(request.from);
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO requests(tag, pk, message, received) VALUES(?, ?, ?, ?)"));
    q.addBindValue(tag);
    q.addBindValue(m_codec.key(request.from, FieldCodec::ad('q', tag)));
    q.addBindValue(m_codec.text(request.message, FieldCodec::ad('r', tag)));
    q.addBindValue(request.received.toMSecsSinceEpoch());
    return q.exec() || HistoryError::setFromSql(error, q, QStringLiteral("Saving a friend request"));
}

bool RequestTable::remove(const PublicKey& from, HistoryError* error)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM requests WHERE tag = ?"));
    q.addBindValue(m_codec.keyTag(from));
    return q.exec() || HistoryError::setFromSql(error, q, QStringLiteral("Removing a friend request"));
}

} // namespace warren
