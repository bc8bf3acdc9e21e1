// The messages of one chat as a list model, oldest first, keyed by history
// id. Filled by ChatBinder from ChatService (or directly by tests). Each row
// carries its text and a sentence for assistive technology
// (Qt::AccessibleTextRole: "You, 14:02, delivered: hello").
#pragma once

#include "core/chat/chattypes.h"

#include <QAbstractListModel>

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

    int rowOf(qint64 id) const;
    const ChatMessage& at(int row) const { return m_messages[row]; }
    qint64 oldestId() const { return m_messages.isEmpty() ? 0 : m_messages.first().id; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    static QString stateName(ChatMessage::State state);

private:
    QString accessibleText(const ChatMessage& m) const;

    QString m_peerName;
    QString m_selfName;
    QList<ChatMessage> m_messages;
};

} // namespace warren
