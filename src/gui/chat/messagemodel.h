// The messages of one chat as a list model, oldest first, keyed by history
// id. Filled by ChatBinder from ChatService (or directly by tests). Each row
// carries its text and a sentence for assistive technology
// (Qt::AccessibleTextRole: "You, 14:02, delivered: hello"). File transfers
// are rows too (TransferRole: their id, in order of arrival), which the
// chat view covers with a card; they have negative ids of their own.
#pragma once

#include "core/chat/chattypes.h"

#include <QAbstractListModel>
#include <QHash>

namespace warren {

class MessageModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        OutgoingRole, ///< bool
        ActionRole, ///< bool: a "/me" action
        StateRole, ///< int (ChatMessage::State)
        TimeRole, ///< QDateTime, local time
        SenderRole, ///< QString: "You" or the friend's name
        TransferRole, ///< QString: a file row's transfer id; empty for messages
    };

    explicit MessageModel(QObject* parent = nullptr);

    /// The friend's name, used for incoming rows.
    void setPeerName(const QString& name);
    /// Our own name, used for our "/me" actions.
    void setSelfName(const QString& name);
    void setMessages(const QList<ChatMessage>& messages);
    /// Older messages, loaded when scrolling up.
    void prepend(const QList<ChatMessage>& older);
    /// Adds @p message, or replaces the row with the same id.
    void append(const ChatMessage& message);
    void setState(qint64 id, ChatMessage::State state);
    /// Adds a row for the file transfer @p transferId (once), after the
    /// rows not newer than @p created (at the end when it is invalid).
    void appendTransfer(
        const QString& transferId, const QString& name, bool outgoing, const QDateTime& created = QDateTime());
    /// The row of the file transfer @p transferId, or -1.
    int rowOfTransfer(const QString& transferId) const;

    int rowOf(qint64 id) const;
    const ChatMessage& at(int row) const { return m_messages[row]; }
    /// The oldest message's history id (file rows skipped), or 0.
    qint64 oldestId() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    static QString stateName(ChatMessage::State state);

private:
    QString accessibleText(const ChatMessage& m) const;

    QString m_peerName;
    QString m_selfName;
    QList<ChatMessage> m_messages;
    QHash<qint64, QString> m_transfers; ///< file row id (negative) -> transfer id
};

} // namespace warren
