// ChatService's inside: the state it keeps on the GUI thread and its
// handlers for Engine's events (chatevents.cpp). Also the Outbox's port:
// it stores states in the history and hands messages to the engine.
#pragma once

#include "core/chat/chatservice.h"
#include "core/chat/contactbook.h"
#include "core/chat/outbox.h"
#include "core/engine.h"
#include "core/history/historysearcher.h"
#include "core/history/historystore.h"

#include <QSet>
#include <QTimer>

#include <functional>

namespace warren {

struct ChatService::Private final : public OutboxPort {
    Private(ChatService* service, Engine& e, std::unique_ptr<HistoryStore> h)
        : q(service)
        , engine(e)
        , history(std::move(h))
    {
    }

    ChatService* q;
    Engine& engine;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<HistorySearcher> searcher; ///< made on the first search
    ContactBook book;
    Outbox outbox{*this};
    QHash<PublicKey, FriendRequest> requests;
    QSet<PublicKey> retryKeys; ///< lanes waiting for room in toxcore's queue
    QTimer retryTimer;
    QString selfName;
    bool friendsKnown = false; ///< toxcore's friend list has arrived
    bool rekeying = false;
    QList<std::function<void()>> deferred; ///< events that came in while rekeying

    /// Runs @p f now, or after the history is re-keyed when that is under
    /// way (the re-key's progress callback may process events).
    void run(std::function<void()> f);
    void connectEngine();
    template <typename Signal, typename Slot>
    void listen(Signal signal, Slot slot)
    {
        QObject::connect(&engine, signal, q, std::move(slot));
    }
    /// Asks the engine to publish who we are and its friend list again
    /// (ChatService may be made after Engine::friendsLoaded was emitted).
    void refreshFriends();
    void report(const HistoryError& error);
    void refreshExtras(const PublicKey& key);
    void emitChanged(const PublicKey& key);

    // Engine events
    void friendsLoaded(const QList<FriendInfo>& friends);
    void friendAdded(const FriendInfo& info);
    void friendRemoved(const PublicKey& key);
    void connectionChanged(const PublicKey& key, Connection c);
    void requestReceived(const PublicKey& from, const QString& message);
    void messageReceived(const PublicKey& from, const QString& text, bool action);
    void messageFailed(const PublicKey& to, quint64 cookie, const QString& reason);
    void retryQueued();

    // OutboxPort
    QList<UnsentMessage> unsent(const PublicKey& to) override;
    void hand(const ChatMessage& message) override;
    void changeState(const PublicKey& with, qint64 id, ChatMessage::State state, bool handed) override;
    void retrySoon(const PublicKey& to) override;
};

} // namespace warren
