// Value types of the messenger layer: what the contact list, the chat view
// and the request inbox show. Plain data, registered for queued signals.
#pragma once

#include "core/toxtypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace warren {

struct ChatMessage {
    enum class State : uint8_t {
        Queued, ///< written while the friend was offline; waits in the persistent queue
        Sent, ///< handed to toxcore, no receipt yet
        Delivered, ///< the friend's client acknowledged it
        Failed, ///< cannot be sent (e.g. friend removed); kept, can be retried
    };
    qint64 id = 0; ///< history row id, increasing per profile
    PublicKey friendKey;
    bool outgoing = false;
    bool action = false; ///< a "/me" action
    QString text;
    QDateTime time; ///< UTC
    State state = State::Delivered;
};

struct Contact {
    PublicKey key;
    QString name; ///< the name the friend chose
    QString alias; ///< a local name set by the user; wins over name
    QString statusMessage;
    UserStatus status = UserStatus::Online;
    Connection connection = Connection::None;
    int unread = 0;
    QDateTime lastActivity; ///< last message either way (UTC)
    bool blocked = false;
    bool typing = false;

    QString displayName() const { return !alias.isEmpty() ? alias : !name.isEmpty() ? name : key.shortId(); }
    bool online() const { return connection != Connection::None; }
};

struct FriendRequest {
    PublicKey from;
    QString message;
    QDateTime received; ///< UTC
};

struct SearchHit {
    ChatMessage message;
    QString contactName;
};

/// Registers the types above for queued connections. Idempotent; ChatService calls it.
void registerChatTypes();

} // namespace warren

Q_DECLARE_METATYPE(warren::ChatMessage)
Q_DECLARE_METATYPE(warren::ChatMessage::State)
Q_DECLARE_METATYPE(warren::Contact)
Q_DECLARE_METATYPE(warren::FriendRequest)
Q_DECLARE_METATYPE(warren::SearchHit)
