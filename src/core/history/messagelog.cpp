#include "core/history/messagelog.h"

#include <QSqlError>

#include <algorithm>

namespace warren {

namespace {
using K = HistoryError::Kind;
enum Flags { outgoingFlag = 1, actionFlag = 2 };
const QString columns = QStringLiteral("id, time, flags, state, body, attempts");

} // namespace

MessageLog::MessageLog(HistoryDb& db, const FieldCodec& codec)
    : m_db(db)
    , m_codec(codec)
{
}

bool MessageLog::init(HistoryError* error)
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT max(id) FROM messages")))
        return HistoryError::setFromSql(error, q, QStringLiteral("Reading the history"));
    m_nextId = q.next() ? q.value(0).toLongLong() + 1 : 1;
    m_insert = QSqlQuery(m_db.db());
    m_index = QSqlQuery(m_db.db());
    m_insert.prepare(
        QStringLiteral("INSERT INTO messages(id, contact, time, flags, state, body) VALUES(?, ?, ?, ?, ?, ?)"));
    m_index.prepare(QStringLiteral("INSERT INTO search(rowid, terms) VALUES(?, ?)"));
    return true;
}

bool MessageLog::insert(ChatMessage& message, qint64 contactId, HistoryError* error)
{
    const qint64 id = m_nextId;
    if (!message.time.isValid())
        message.time = QDateTime::currentDateTimeUtc();
    m_insert.bindValue(0, id);
    m_insert.bindValue(1, contactId);
    m_insert.bindValue(2, message.time.toMSecsSinceEpoch());
    m_insert.bindValue(3, (message.outgoing ? outgoingFlag : 0) | (message.action ? actionFlag : 0));
    m_insert.bindValue(4, static_cast<int>(message.state));
    m_insert.bindValue(5, m_codec.text(message.text, FieldCodec::ad('m', id)));
    if (!m_insert.exec())
        return HistoryError::setFromSql(error, m_insert, QStringLiteral("Saving a message"));
    const QString doc = m_codec.searchDocument(message.text);
    if (!doc.isEmpty()) {
        m_index.bindValue(0, id);
        m_index.bindValue(1, doc);
        if (!m_index.exec())
            return HistoryError::setFromSql(error, m_index, QStringLiteral("Indexing a message"));
    }
    ++m_nextId;
    message.id = id;
    return true;
}

bool MessageLog::decode(const QSqlQuery& q, const PublicKey& key, ChatMessage* out) const
{
    out->id = q.value(0).toLongLong();
    out->friendKey = key;
    out->time = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    const int flags = q.value(2).toInt();
    out->outgoing = flags & outgoingFlag;
    out->action = flags & actionFlag;
    out->state = static_cast<ChatMessage::State>(std::clamp(q.value(3).toInt(), 0, 3));
    return m_codec.readText(q.value(4), FieldCodec::ad('m', out->id), &out->text);
}

QList<ChatMessage> MessageLog::select(
    const QString& where, const QVariantList& binds, const PublicKey& key, HistoryError* error, QList<int>* attempts)
{
    QList<ChatMessage> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages %2").arg(columns, where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        HistoryError::setFromSql(error, q, QStringLiteral("Reading messages"));
        return out;
    }
    while (q.next()) {
        ChatMessage m;
        if (!decode(q, key, &m)) {
            HistoryError::set(error, K::Corrupted,
                QStringLiteral("Message %1 of the history cannot be decrypted: the history is damaged.").arg(m.id));
            return {};
        }
        out.append(m);
        if (attempts)
            attempts->append(q.value(5).toInt());
    }
    return out;
}

QList<ChatMessage> MessageLog::page(
    qint64 contactId, const PublicKey& key, int count, qint64 beforeId, HistoryError* error)
{
    const qint64 before = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    QList<ChatMessage> out = select(QStringLiteral("WHERE contact = ? AND id < ? ORDER BY id DESC LIMIT ?"),
        {contactId, before, std::max(count, 0)}, key, error);
    std::reverse(out.begin(), out.end());
    return out;
}

QList<UnsentMessage> MessageLog::unsent(qint64 contactId, const PublicKey& key, HistoryError* error)
{
    // "state <= 1" matches the partial index messages_unsent.
    QList<int> attempts;
    const QList<ChatMessage> rows
        = select(QStringLiteral("WHERE contact = ? AND state <= 1 ORDER BY id"), {contactId}, key, error, &attempts);
    QList<UnsentMessage> out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        out.append({rows[i], attempts[i]});
    return out;
}

bool MessageLog::find(qint64 contactId, qint64 id, ChatMessage* message, HistoryError* error)
{
    HistoryError e;
    const QList<ChatMessage> rows
        = select(QStringLiteral("WHERE contact = ? AND id = ?"), {contactId, id}, message->friendKey, &e);
    if (!e.ok())
        return HistoryError::set(error, e.kind, e.message);
    if (rows.isEmpty())
        return HistoryError::set(error, K::NotFound, QStringLiteral("There is no message %1 in this chat.").arg(id));
    *message = rows.first();
    return true;
}

bool MessageLog::setState(qint64 id, ChatMessage::State state, bool handed, HistoryError* error)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE messages SET state = ?, attempts = attempts + ? WHERE id = ?"));
    q.addBindValue(static_cast<int>(state));
    q.addBindValue(handed ? 1 : 0);
    q.addBindValue(id);
    return q.exec() || HistoryError::setFromSql(error, q, QStringLiteral("Updating a message"));
}

bool MessageLog::requeue(qint64 id, HistoryError* error)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE messages SET state = ?, attempts = 0 WHERE id = ?"));
    q.addBindValue(static_cast<int>(ChatMessage::State::Queued));
    q.addBindValue(id);
    return q.exec() || HistoryError::setFromSql(error, q, QStringLiteral("Updating a message"));
}

bool MessageLog::removeAll(qint64 contactId, HistoryError* error)
{
    // A contentless FTS5 table forgets a row only when told its terms again.
    QSqlQuery rows(m_db.db());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT id, body FROM messages WHERE contact = ?"));
    rows.addBindValue(contactId);
    if (!rows.exec())
        return HistoryError::setFromSql(error, rows, QStringLiteral("Deleting a chat"));
    QSqlQuery forget(m_db.db());
    forget.prepare(QStringLiteral("INSERT INTO search(search, rowid, terms) VALUES('delete', ?, ?)"));
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        QString text;
        if (!m_codec.readText(rows.value(1), FieldCodec::ad('m', id), &text))
            return HistoryError::set(error, K::Corrupted,
                QStringLiteral("Message %1 of the history cannot be decrypted: the history is damaged.").arg(id));
        const QString doc = m_codec.searchDocument(text);
        if (doc.isEmpty())
            continue;
        forget.bindValue(0, id);
        forget.bindValue(1, doc);
        if (!forget.exec())
            return HistoryError::setFromSql(error, forget, QStringLiteral("Deleting a chat"));
    }
    QSqlQuery del(m_db.db());
    del.prepare(QStringLiteral("DELETE FROM messages WHERE contact = ?"));
    del.addBindValue(contactId);
    return del.exec() || HistoryError::setFromSql(error, del, QStringLiteral("Deleting a chat"));
}

} // namespace warren
