// The send side of 1:1 chat: per friend, a lane that hands outgoing
// messages to toxcore strictly in order, one at a time (message n+1 only
// after toxcore accepted n), and maps toxcore's receipt numbers back to
// message ids for delivery receipts.
//
// The resend rule. A message is handed to toxcore at most once per online
// session of the friend. Toxcore retransmits on its own while the session
// lasts; when the friend drops, toxcore forgets the unacknowledged messages
// and their receipts. So on the next connection (also after a restart of
// Warren) the lane is rebuilt from the history: every Queued message, plus
// every Sent message without a receipt that was handed only once
// (attempts < maxAttempts) is sent again, once. That resend is the only one:
// after it a message without a receipt stays Sent (the user can retry it).
// It may duplicate a message whose receipt, not the message, was lost.
//
// Engine's signals arrive in the order the core thread emitted them, so a
// send answered after a reconnection was handed in the new session: a lane
// rebuilt while a message is in flight leaves that message out.
//
// Plain logic, no Qt objects: the OutboxPort does the storing and sending,
// so the rule is unit-tested without Tox.
#pragma once

#include "core/history/historytypes.h"

#include <QHash>

namespace warren {

class OutboxPort {
public:
    virtual ~OutboxPort() = default;
    /// Outgoing messages to @p to without a receipt, oldest first.
    virtual QList<UnsentMessage> unsent(const PublicKey& to) = 0;
    /// Hands @p message to toxcore (Engine::sendMessage, cookie = id).
    virtual void hand(const ChatMessage& message) = 0;
    /// Stores and announces a new state; @p handed counts one more hand-over.
    virtual void changeState(const PublicKey& with, qint64 id, ChatMessage::State state, bool handed) = 0;
    /// Toxcore's queue was full: call Outbox::pump(@p to) again a little later.
    virtual void retrySoon(const PublicKey& to) = 0;
};

class Outbox {
public:
    static constexpr int maxAttempts = 2;
    enum class Failure {
        Offline, ///< the friend is not connected: wait for the next session
        QueueFull, ///< toxcore's send queue is full: try again soon
        Permanent, ///< not a friend, too long, ...: the message becomes Failed
    };

    explicit Outbox(OutboxPort& port)
        : m_port(port)
    {
    }

    /// Connection changes. Going online starts a session: the lane is
    /// rebuilt from the history and sending starts.
    void setOnline(const PublicKey& friendKey, bool online);
    bool isOnline(const PublicKey& friendKey) const { return m_lanes.value(friendKey).online; }
    /// A new message stored as Queued.
    void enqueue(const ChatMessage& message);
    /// Engine answers for the message handed with cookie @p id.
    void sent(const PublicKey& to, qint64 id, quint32 receipt);
    void failed(const PublicKey& to, qint64 id, Failure why);
    void delivered(const PublicKey& to, quint32 receipt);
    /// Sends the next message of @p to's lane if nothing is in flight.
    void pump(const PublicKey& to);
    /// The friend was removed: its lane goes.
    void forget(const PublicKey& friendKey) { m_lanes.remove(friendKey); }

private:
    struct Lane {
        bool online = false;
        ChatMessage inFlight; ///< handed, toxcore's answer not yet here (id 0: none)
        QList<ChatMessage> waiting; ///< to hand in this session, in order
        QHash<quint32, qint64> receipts; ///< toxcore receipt -> message id, this session
    };

    static void drop(Lane& lane, qint64 id);

    OutboxPort& m_port;
    QHash<PublicKey, Lane> m_lanes;
};

} // namespace warren
