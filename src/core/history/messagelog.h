// The messages table and its search index. Every message is one row: time
// (UTC milliseconds), direction and action flags, delivery state, how many
// times it was handed to toxcore, and its text (sealed with a password).
// Ids are assigned here, increasing, so the text can be sealed bound to its
// row before the insert. Writes happen inside the store's transactions; not
// thread-safe.
#pragma once

#include "core/history/fieldcodec.h"
#include "core/history/historydb.h"
#include "core/history/historytypes.h"

#include <QSqlQuery>

namespace warren {

class MessageLog {
public:
    MessageLog(HistoryDb& db, const FieldCodec& codec);

    /// Reads the highest id and prepares the statements; after opening.
    bool init(HistoryError* error);

    /// Assigns @p message an id and writes it with its search terms.
    bool insert(ChatMessage& message, qint64 contactId, HistoryError* error);
    /// The newest @p count messages of the contact with id < @p beforeId
    /// (0 = newest), oldest first. Uses the (contact, id) index: it reads only the page.
    QList<ChatMessage> page(qint64 contactId, const PublicKey& key, int count, qint64 beforeId, HistoryError* error);
    /// Outgoing messages without a receipt (Queued or Sent), oldest first.
    QList<UnsentMessage> unsent(qint64 contactId, const PublicKey& key, HistoryError* error);
    /// One message of the contact; NotFound when it has no such message.
    bool find(qint64 contactId, qint64 id, ChatMessage* message, HistoryError* error);
    /// Sets the state; @p handed also counts a hand-over to toxcore.
    bool setState(qint64 id, ChatMessage::State state, bool handed, HistoryError* error);
    /// Back to Queued with no attempts, for a retry.
    bool requeue(qint64 id, HistoryError* error);
    /// Deletes every message of the contact and its index entries.
    bool removeAll(qint64 contactId, HistoryError* error);

    /// Decodes one row of (id, time, flags, state, body).
    bool decode(const QSqlQuery& q, const PublicKey& key, ChatMessage* out) const;

private:
    QList<ChatMessage> select(const QString& where, const QVariantList& binds, const PublicKey& key,
        HistoryError* error, QList<int>* attempts = nullptr);

    HistoryDb& m_db;
    const FieldCodec& m_codec;
    QSqlQuery m_insert;
    QSqlQuery m_index;
    qint64 m_nextId = 1;
};

} // namespace warren
