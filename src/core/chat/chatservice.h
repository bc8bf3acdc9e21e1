// The messenger: contacts, friend requests, messages with receipts, the
// persistent offline queue and the history, on top of Engine. Lives on the
// GUI thread; talks to the core thread only through Engine's queued API.
// The GUI uses this class, never Engine's message signals directly.
#pragma once

#include "core/chat/chattypes.h"
#include "core/history/historytypes.h"

#include <QObject>

#include <memory>

namespace warren {

class Engine;
class HistoryStore;

class ChatService : public QObject {
    Q_OBJECT
public:
    /// @p history is the profile's opened history (owned here).
    ChatService(Engine& engine, std::unique_ptr<HistoryStore> history, QObject* parent = nullptr);
    ~ChatService() override;

    // Contacts
    QList<Contact> contacts() const;
    Contact contact(const PublicKey& key) const;
    bool isContact(const PublicKey& key) const;
    /// Sends a friend request; friendRequestResult() answers.
    void addFriend(const ToxAddress& address, const QString& message);
    /// Removes the friend from toxcore; its unsent messages become Failed.
    /// The history stays (deleteHistory() removes it).
    void removeFriend(const PublicKey& key);
    void setAlias(const PublicKey& key, const QString& alias);
    /// A blocked friend's messages and requests are dropped and not shown.
    /// Blocking also removes it from toxcore (it no longer sees us online);
    /// it stays listed with Contact::blocked. Unblocking a former friend adds
    /// it back without a request. Any key can be blocked, e.g. a requester.
    void setBlocked(const PublicKey& key, bool blocked);

    // Friend requests (kept across restarts until accepted or declined)
    QList<FriendRequest> pendingRequests() const;
    void acceptRequest(const PublicKey& from);
    void declineRequest(const PublicKey& from);

    // Messages
    /// Sends @p text ("/me ..." becomes an action), split on UTF-8
    /// boundaries when longer than toxcore allows. Queued persistently while
    /// the friend is offline and sent in order when it comes online.
    void sendMessage(const PublicKey& to, const QString& text);
    /// Retries a Failed message.
    void retry(const PublicKey& to, qint64 messageId);
    void setTyping(const PublicKey& to, bool typing);
    /// The newest @p count messages with id < @p beforeId (0 = newest), oldest first.
    QList<ChatMessage> page(const PublicKey& with, int count, qint64 beforeId = 0) const;
    void markRead(const PublicKey& with);

    // History
    /// Full-text search over all history; searchFinished() answers.
    void search(const QString& query, int limit = 200);
    /// Writes the chat with @p with as plain text to @p path.
    bool exportChat(const PublicKey& with, const QString& path, QString* error) const;
    /// Deletes every message of the chat with @p with (the contact stays); historyDeleted() follows.
    bool deleteHistory(const PublicKey& with, QString* error = nullptr);
    /// Whether the history is encrypted at rest (the profile has a password).
    bool historyEncrypted() const;
    /// Re-keys the history after the profile's password changed (empty = no
    /// password). Changing between two passwords is quick; adding or removing
    /// one rewrites every message (about 1.5 minutes per million here) in one
    /// transaction, blocking this thread: @p progress is called every 2000
    /// messages and may cancel. On failure nothing changes and @p error says
    /// why. Engine events that arrive meanwhile are handled afterwards.
    bool setHistoryPassword(const QString& password, const HistoryProgress& progress = {}, QString* error = nullptr);

Q_SIGNALS:
    void contactAdded(const warren::Contact& contact);
    void contactChanged(const warren::Contact& contact);
    void contactRemoved(const warren::PublicKey& key);
    void friendRequestResult(const warren::ToxAddress& address, bool ok, const QString& error);
    void requestReceived(const warren::FriendRequest& request);
    void requestRemoved(const warren::PublicKey& from);
    void messageAdded(const warren::ChatMessage& message);
    void messageStateChanged(const warren::PublicKey& with, qint64 messageId, warren::ChatMessage::State state);
    void searchFinished(const QString& query, const QList<warren::SearchHit>& hits);
    /// deleteHistory() removed the chat's messages.
    void historyDeleted(const warren::PublicKey& with);
    /// Something went wrong that the user should see (history write failed, ...).
    void problem(const QString& message);

private:
    struct Private; ///< defined in chatservice_p.h
    std::unique_ptr<Private> m_d;
};

} // namespace warren
