#include "core/history/historyrekey.h"

#include <QSqlError>
#include <QSqlQuery>

namespace warren {

namespace {
using K = HistoryError::Kind;
constexpr int chunk = 2000;

bool rekeyFailed(const QSqlQuery& q, HistoryError* error)
{
    return HistoryError::setFromSql(error, q, QStringLiteral("Re-keying the history"));
}

bool damaged(const QString& what, HistoryError* error)
{
    return HistoryError::set(error, K::Corrupted,
        QStringLiteral("%1 cannot be decrypted: the history is damaged. Nothing was changed.").arg(what));
}

bool rewriteContacts(HistoryDb& db, const FieldCodec& from, const FieldCodec& to, HistoryError* error)
{
    QSqlQuery read(db.db());
    if (!read.exec(QStringLiteral("SELECT id, pk, alias FROM contacts")))
        return rekeyFailed(read, error);
    QSqlQuery write(db.db());
    write.prepare(QStringLiteral("UPDATE contacts SET tag = ?, pk = ?, alias = ? WHERE id = ?"));
    QList<std::tuple<qint64, PublicKey, QString>> rows;
    while (read.next()) {
        const qint64 id = read.value(0).toLongLong();
        const PublicKey key = from.readKey(read.value(1), FieldCodec::ad('k', id));
        QString alias;
        if (key.isNull() || !from.readText(read.value(2), FieldCodec::ad('a', id), &alias))
            return damaged(QStringLiteral("Contact %1").arg(id), error);
        rows.append({id, key, alias});
    }
    for (const auto& [id, key, alias] : rows) {
        write.bindValue(0, to.keyTag(key));
        write.bindValue(1, to.key(key, FieldCodec::ad('k', id)));
        write.bindValue(2, alias.isEmpty() ? QVariant() : to.text(alias, FieldCodec::ad('a', id)));
        write.bindValue(3, id);
        if (!write.exec())
            return rekeyFailed(write, error);
    }
    return true;
}

bool rewriteRequests(HistoryDb& db, const FieldCodec& from, const FieldCodec& to, HistoryError* error)
{
    QSqlQuery read(db.db());
    if (!read.exec(QStringLiteral("SELECT tag, pk, message, received FROM requests")))
        return rekeyFailed(read, error);
    QList<std::tuple<PublicKey, QString, qint64>> rows;
    while (read.next()) {
        const QByteArray tag = read.value(0).toByteArray();
        const PublicKey key = from.readKey(read.value(1), FieldCodec::ad('q', tag));
        QString message;
        if (key.isNull() || !from.readText(read.value(2), FieldCodec::ad('r', tag), &message))
            return damaged(QStringLiteral("A friend request"), error);
        rows.append({key, message, read.value(3).toLongLong()});
    }
    read.finish();
    if (!db.exec(QStringLiteral("DELETE FROM requests"), QStringLiteral("Re-keying the history"), error))
        return false;
    QSqlQuery write(db.db());
    write.prepare(QStringLiteral("INSERT INTO requests(tag, pk, message, received) VALUES(?, ?, ?, ?)"));
    for (const auto& [key, message, received] : rows) {
        const QByteArray tag = to.keyTag(key);
        write.bindValue(0, tag);
        write.bindValue(1, to.key(key, FieldCodec::ad('q', tag)));
        write.bindValue(2, to.text(message, FieldCodec::ad('r', tag)));
        write.bindValue(3, received);
        if (!write.exec())
            return rekeyFailed(write, error);
    }
    return true;
}

bool rewriteMessages(
    HistoryDb& db, const FieldCodec& from, const FieldCodec& to, const HistoryProgress& progress, HistoryError* error)
{
    QSqlQuery count(db.db());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM messages")) || !count.next())
        return rekeyFailed(count, error);
    const qint64 total = count.value(0).toLongLong();
    QSqlQuery read(db.db());
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT id, body FROM messages WHERE id > ? ORDER BY id LIMIT ?"));
    QSqlQuery write(db.db());
    write.prepare(QStringLiteral("UPDATE messages SET body = ? WHERE id = ?"));
    QSqlQuery index(db.db());
    index.prepare(QStringLiteral("INSERT INTO search_rekey(rowid, terms) VALUES(?, ?)"));
    qint64 last = 0;
    qint64 done = 0;
    for (;;) {
        read.bindValue(0, last);
        read.bindValue(1, chunk);
        if (!read.exec())
            return rekeyFailed(read, error);
        QList<std::pair<qint64, QString>> rows;
        while (read.next()) {
            const qint64 id = read.value(0).toLongLong();
            QString text;
            if (!from.readText(read.value(1), FieldCodec::ad('m', id), &text))
                return damaged(QStringLiteral("Message %1").arg(id), error);
            rows.append({id, text});
        }
        read.finish();
        if (rows.isEmpty())
            return true;
        for (const auto& [id, text] : std::as_const(rows)) {
            write.bindValue(0, to.text(text, FieldCodec::ad('m', id)));
            write.bindValue(1, id);
            if (!write.exec())
                return rekeyFailed(write, error);
            const QString doc = to.searchDocument(text);
            if (doc.isEmpty())
                continue;
            index.bindValue(0, id);
            index.bindValue(1, doc);
            if (!index.exec())
                return rekeyFailed(index, error);
        }
        last = rows.last().first;
        done += rows.size();
        if (progress && !progress(done, total))
            return HistoryError::set(
                error, K::Cancelled, QStringLiteral("Re-keying the history was cancelled; nothing was changed."));
    }
}
} // namespace

bool HistoryRekey::rewrite(
    HistoryDb& db, const FieldCodec& from, const FieldCodec& to, const HistoryProgress& progress, HistoryError* error)
{
    const QString what = QStringLiteral("Re-keying the history");
    return db.exec(HistoryDb::searchTableSql(QStringLiteral("search_rekey"), to.encrypted()), what, error)
        && rewriteContacts(db, from, to, error) && rewriteRequests(db, from, to, error)
        && rewriteMessages(db, from, to, progress, error) && db.exec(QStringLiteral("DROP TABLE search"), what, error)
        && db.exec(QStringLiteral("ALTER TABLE search_rekey RENAME TO search"), what, error);
}

bool HistoryRekey::purgeOldPages(HistoryDb& db, HistoryError* error)
{
    const QString what = QStringLiteral("Clearing old history pages");
    return db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), what, error)
        && db.exec(QStringLiteral("VACUUM"), what, error)
        && db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), what, error);
}

} // namespace warren
