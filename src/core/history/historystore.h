// A profile's chat history: one SQLite file beside the profile
// (NAME.history.db for NAME.tox), in WAL mode. Holds every message with its
// time, direction, action flag and delivery state, the persistent offline
// queue (messages in state Queued), the friend-request inbox and what Warren
// keeps about contacts (alias, blocked, unread count, last activity).
//
// With a password the history is encrypted at rest (see HistoryKeys and
// FieldCodec): texts, aliases, keys and request messages are sealed, and the
// search index holds only blind terms. Without one, texts are stored plain
// and indexed by FTS5.
//
// Owned by ChatService and used on its (the GUI) thread only; searches that
// must not block that thread run on HistorySearcher's own connection, made
// from readerSpec().
#pragma once

#include "core/history/historyerror.h"
#include "core/history/historykeys.h"
#include "core/history/historytypes.h"

#include <memory>

namespace warren {

class HistoryStore {
public:
    /// Opens the history at @p path, or creates it when there is no file
    /// (encrypted when @p password is not empty). An encrypted history needs
    /// its password (PasswordRequired, WrongPassword). A plain history opens
    /// whatever @p password says: compare isEncrypted() with the profile and
    /// call setPassword() to bring them in line. A damaged or foreign file
    /// gives Corrupted or Foreign and is left untouched.
    static std::unique_ptr<HistoryStore> open(const QString& path, const QString& password, HistoryError* error);
    /// "dir/NAME.history.db" for the profile "dir/NAME.tox".
    static QString pathForProfile(const QString& profilePath);

    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    const QString& path() const;
    bool isEncrypted() const;
    /// True while setPassword() runs (then everything else fails with Busy).
    bool isBusy() const;
    /// What a reader on another thread needs: the file and the keys.
    struct ReaderSpec {
        QString path;
        std::shared_ptr<const HistoryKeys> keys;
    };
    ReaderSpec readerSpec() const;

    // Contacts
    QList<PublicKey> knownContacts() const;
    ContactExtras extras(const PublicKey& key) const;
    bool setAlias(const PublicKey& key, const QString& alias, HistoryError* error = nullptr);
    /// @p wasFriend: it was a toxcore friend, to be added back when unblocked.
    bool setBlocked(const PublicKey& key, bool blocked, bool wasFriend = false, HistoryError* error = nullptr);
    bool markRead(const PublicKey& key, HistoryError* error = nullptr);

    // Friend requests
    QList<FriendRequest> requests(HistoryError* error = nullptr) const;
    bool putRequest(const FriendRequest& request, HistoryError* error = nullptr);
    bool removeRequest(const PublicKey& from, HistoryError* error = nullptr);

    // Messages
    /// Stores @p messages (all or none, in one transaction), assigning ids
    /// in order; incoming ones count as unread. Each needs friendKey.
    bool addMessages(QList<ChatMessage>& messages, HistoryError* error = nullptr);
    bool addMessage(ChatMessage& message, HistoryError* error = nullptr);
    /// The newest @p count messages with id < @p beforeId (0 = newest), oldest first.
    QList<ChatMessage> page(const PublicKey& with, int count, qint64 beforeId = 0, HistoryError* error = nullptr) const;
    /// One message of the chat with @p with.
    bool message(const PublicKey& with, qint64 id, ChatMessage* out, HistoryError* error = nullptr) const;
    /// Outgoing messages without a receipt, oldest first, with their attempts.
    QList<UnsentMessage> unsent(const PublicKey& with, HistoryError* error = nullptr) const;
    bool setState(qint64 id, ChatMessage::State state, HistoryError* error = nullptr);
    /// The message was handed to toxcore: state Sent, one more attempt.
    bool markHanded(qint64 id, HistoryError* error = nullptr);
    /// Back to Queued with no attempts (a user's retry).
    bool requeue(qint64 id, HistoryError* error = nullptr);
    /// Deletes the chat with @p with and its search entries (extras stay).
    bool deleteChat(const PublicKey& with, HistoryError* error = nullptr);

    /// Searches on this thread's connection (tests, benchmarks); the GUI
    /// uses HistorySearcher. Newest first.
    QList<SearchHit> search(const QString& query, int limit, HistoryError* error = nullptr) const;
    /// Writes the chat with @p with as text to @p path (see ChatExport).
    bool exportChat(const PublicKey& with, const QString& path, const QString& selfName, const QString& peerName,
        HistoryError* error = nullptr) const;

    /// Re-keys for a new profile password; empty = no password. Between two
    /// passwords only the data key is rewrapped (fast). Turning encryption
    /// on or off, or @p rotateDataKey, rewrites every row and the search
    /// index in one transaction (about 1.5 minutes per million messages), then
    /// purges old pages from the file. Blocks the calling thread; @p progress
    /// may cancel. On any failure nothing changes. No other connection
    /// (HistorySearcher) should be open meanwhile.
    bool setPassword(const QString& newPassword, const HistoryProgress& progress = {}, HistoryError* error = nullptr,
        bool rotateDataKey = false);

private:
    struct Private;
    explicit HistoryStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> m_d;
};

} // namespace warren
