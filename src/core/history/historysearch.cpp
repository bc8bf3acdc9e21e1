#include "core/history/historysearch.h"

#include "core/history/searchterms.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace warren {

namespace {
enum Flags { outgoingFlag = 1, actionFlag = 2 };

bool searchFailed(const QSqlQuery& q, HistoryError* error)
{
    return HistoryError::setFromSql(error, q, QStringLiteral("Searching the history"));
}

bool contactKeys(HistoryDb& db, const FieldCodec& codec, QHash<qint64, PublicKey>* keys, HistoryError* error)
{
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, pk FROM contacts")))
        return searchFailed(q, error);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        keys->insert(id, codec.readKey(q.value(1), FieldCodec::ad('k', id)));
    }
    return true;
}
} // namespace

QList<SearchHit> HistorySearch::run(
    HistoryDb& db, const FieldCodec& codec, const QString& query, int limit, HistoryError* error)
{
    QList<SearchHit> hits;
    const QStringList words = SearchTerms::words(query);
    const QString match = codec.searchQuery(words);
    if (match.isEmpty() || limit <= 0)
        return hits;
    QHash<qint64, PublicKey> keys;
    if (!contactKeys(db, codec, &keys, error))
        return hits;

    QSqlQuery candidates(db.db());
    candidates.setForwardOnly(true);
    candidates.prepare(
        QStringLiteral("SELECT rowid FROM search WHERE search MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?"));
    QSqlQuery row(db.db());
    row.setForwardOnly(true);
    row.prepare(QStringLiteral("SELECT contact, time, flags, state, body FROM messages WHERE id = ?"));

    const int batch = limit + 32;
    qint64 below = std::numeric_limits<qint64>::max();
    for (;;) {
        candidates.bindValue(0, match);
        candidates.bindValue(1, below);
        candidates.bindValue(2, batch);
        if (!candidates.exec()) {
            searchFailed(candidates, error);
            return {};
        }
        QList<qint64> ids;
        while (candidates.next())
            ids.append(candidates.value(0).toLongLong());
        candidates.finish();
        for (qint64 id : std::as_const(ids)) {
            row.bindValue(0, id);
            if (!row.exec()) {
                searchFailed(row, error);
                return {};
            }
            if (!row.next())
                continue; // the index may briefly run ahead of a deleted chat
            SearchHit hit;
            ChatMessage& m = hit.message;
            m.id = id;
            m.friendKey = keys.value(row.value(0).toLongLong());
            m.time = QDateTime::fromMSecsSinceEpoch(row.value(1).toLongLong(), Qt::UTC);
            m.outgoing = row.value(2).toInt() & outgoingFlag;
            m.action = row.value(2).toInt() & actionFlag;
            m.state = static_cast<ChatMessage::State>(std::clamp(row.value(3).toInt(), 0, 3));
            const bool readable = codec.readText(row.value(4), FieldCodec::ad('m', id), &m.text);
            row.finish();
            if (readable && SearchTerms::matches(SearchTerms::words(m.text), words)) {
                hits.append(hit);
                if (hits.size() >= limit)
                    return hits;
            }
        }
        if (ids.size() < batch)
            return hits;
        below = ids.last();
    }
}

} // namespace warren
