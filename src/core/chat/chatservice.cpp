#include "core/chat/chatservice.h"

#include "core/chat/chatservice_p.h"
#include "core/chat/messagesplitter.h"

#include <tox/tox.h>

#include <algorithm>

namespace warren {

ChatService::ChatService(Engine& engine, std::unique_ptr<HistoryStore> history, QObject* parent)
    : QObject(parent)
    , m_d(std::make_unique<Private>(this, engine, std::move(history)))
{
    registerChatTypes();
    HistoryError e;
    for (const FriendRequest& r : m_d->history->requests(&e))
        m_d->requests.insert(r.from, r);
    m_d->report(e);
    for (const PublicKey& k : m_d->history->knownContacts())
        if (const ContactExtras x = m_d->history->extras(k); x.blocked)
            m_d->book.putBlocked(k, x);
    m_d->connectEngine();
    m_d->refreshFriends();
}

ChatService::~ChatService() = default;

QList<Contact> ChatService::contacts() const
{
    return m_d->book.all();
}

Contact ChatService::contact(const PublicKey& key) const
{
    return m_d->book.value(key);
}

bool ChatService::isContact(const PublicKey& key) const
{
    return m_d->book.contains(key);
}

void ChatService::addFriend(const ToxAddress& address, const QString& message)
{
    m_d->run([this, address, message] {
        const PublicKey key = address.publicKey();
        if (m_d->requests.contains(key)) { // they asked first: accepting is enough
            acceptRequest(key);
            Q_EMIT friendRequestResult(address, true, {});
            return;
        }
        if (m_d->history->extras(key).blocked) {
            HistoryError e;
            m_d->history->setBlocked(key, false, false, &e);
            m_d->report(e);
            m_d->refreshExtras(key);
        }
        m_d->engine.sendFriendRequest(address, message);
    });
}

void ChatService::removeFriend(const PublicKey& key)
{
    m_d->run([this, key] {
        HistoryError e;
        for (const UnsentMessage& u : m_d->history->unsent(key, &e)) {
            m_d->history->setState(u.message.id, ChatMessage::State::Failed, &e);
            Q_EMIT messageStateChanged(key, u.message.id, ChatMessage::State::Failed);
        }
        if (m_d->history->extras(key).blocked)
            m_d->history->setBlocked(key, false, false, &e);
        m_d->report(e);
        m_d->refreshExtras(key);
        m_d->outbox.forget(key);
        if (m_d->book.isFriend(key)) {
            m_d->engine.removeFriend(key); // friendRemoved() takes it off the list
        } else if (m_d->book.contains(key)) {
            m_d->book.remove(key);
            Q_EMIT contactRemoved(key);
        }
    });
}

void ChatService::setAlias(const PublicKey& key, const QString& alias)
{
    m_d->run([this, key, alias] {
        HistoryError e;
        m_d->history->setAlias(key, alias, &e);
        m_d->report(e);
        m_d->refreshExtras(key);
        m_d->emitChanged(key);
    });
}

void ChatService::setBlocked(const PublicKey& key, bool blocked)
{
    m_d->run([this, key, blocked] {
        const bool wasFriend = m_d->book.isFriend(key);
        const ContactExtras before = m_d->history->extras(key);
        if (before.blocked == blocked)
            return;
        HistoryError e;
        m_d->history->setBlocked(key, blocked, wasFriend, &e);
        m_d->report(e);
        if (!e.ok())
            return;
        const ContactExtras now = m_d->history->extras(key);
        if (blocked) {
            if (m_d->requests.contains(key))
                declineRequest(key);
            if (!m_d->book.contains(key)) {
                m_d->book.putBlocked(key, now);
                Q_EMIT contactAdded(m_d->book.value(key));
                return;
            }
            m_d->book.setExtras(key, now);
            m_d->emitChanged(key);
            if (wasFriend)
                m_d->engine.removeFriend(key); // toxcore drops it; it stays listed as blocked
            return;
        }
        m_d->book.setExtras(key, now);
        if (before.restoreOnUnblock && !wasFriend) {
            m_d->engine.acceptFriendRequest(key); // adds it back without a request
            m_d->emitChanged(key);
        } else if (!wasFriend) {
            m_d->book.remove(key);
            Q_EMIT contactRemoved(key);
        } else {
            m_d->emitChanged(key);
        }
    });
}

QList<FriendRequest> ChatService::pendingRequests() const
{
    QList<FriendRequest> out = m_d->requests.values();
    std::sort(
        out.begin(), out.end(), [](const FriendRequest& a, const FriendRequest& b) { return a.received < b.received; });
    return out;
}

void ChatService::acceptRequest(const PublicKey& from)
{
    m_d->run([this, from] {
        HistoryError e;
        if (m_d->history->extras(from).blocked)
            m_d->history->setBlocked(from, false, false, &e);
        m_d->history->removeRequest(from, &e);
        m_d->report(e);
        m_d->engine.acceptFriendRequest(from);
        if (m_d->requests.remove(from))
            Q_EMIT requestRemoved(from);
    });
}

void ChatService::declineRequest(const PublicKey& from)
{
    m_d->run([this, from] {
        HistoryError e;
        m_d->history->removeRequest(from, &e);
        m_d->report(e);
        if (m_d->requests.remove(from))
            Q_EMIT requestRemoved(from);
    });
}

void ChatService::sendMessage(const PublicKey& to, const QString& text)
{
    m_d->run([this, to, text] {
        const MessageSplitter::Typed typed = MessageSplitter::parse(text);
        if (typed.text.trimmed().isEmpty())
            return;
        const bool failed = m_d->friendsKnown && !m_d->book.isFriend(to);
        QList<ChatMessage> messages;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString& piece : MessageSplitter::split(typed.text, TOX_MAX_MESSAGE_LENGTH)) {
            ChatMessage m;
            m.friendKey = to;
            m.outgoing = true;
            m.action = typed.action;
            m.text = piece;
            m.time = now;
            m.state = failed ? ChatMessage::State::Failed : ChatMessage::State::Queued;
            messages.append(m);
        }
        HistoryError e;
        if (!m_d->history->addMessages(messages, &e)) {
            m_d->report(e);
            return;
        }
        for (const ChatMessage& m : std::as_const(messages))
            Q_EMIT messageAdded(m);
        m_d->refreshExtras(to);
        m_d->emitChanged(to);
        if (!failed)
            for (const ChatMessage& m : std::as_const(messages))
                m_d->outbox.enqueue(m);
    });
}

void ChatService::retry(const PublicKey& to, qint64 messageId)
{
    m_d->run([this, to, messageId] {
        ChatMessage m;
        HistoryError e;
        if (!m_d->history->message(to, messageId, &m, &e) || !m.outgoing || m.state == ChatMessage::State::Delivered
            || !m_d->history->requeue(messageId, &e)) {
            m_d->report(e);
            return;
        }
        m.state = ChatMessage::State::Queued;
        Q_EMIT messageStateChanged(to, messageId, m.state);
        m_d->outbox.enqueue(m);
    });
}

void ChatService::setTyping(const PublicKey& to, bool typing)
{
    if (m_d->book.isFriend(to))
        m_d->engine.setTyping(to, typing);
}

QList<ChatMessage> ChatService::page(const PublicKey& with, int count, qint64 beforeId) const
{
    HistoryError e;
    QList<ChatMessage> out = m_d->history->page(with, count, beforeId, &e);
    m_d->report(e);
    return out;
}

void ChatService::markRead(const PublicKey& with)
{
    m_d->run([this, with] {
        if (m_d->history->extras(with).unread == 0)
            return;
        HistoryError e;
        m_d->history->markRead(with, &e);
        m_d->report(e);
        m_d->refreshExtras(with);
        m_d->emitChanged(with);
    });
}

void ChatService::search(const QString& query, int limit)
{
    if (!m_d->searcher) {
        m_d->searcher = std::make_unique<HistorySearcher>(m_d->history->readerSpec());
        connect(m_d->searcher.get(), &HistorySearcher::finished, this,
            [this](const QString& q, QList<SearchHit> hits, const HistoryError& e) {
                m_d->report(e);
                for (SearchHit& h : hits)
                    h.contactName = m_d->book.contains(h.message.friendKey)
                        ? m_d->book.value(h.message.friendKey).displayName()
                        : h.message.friendKey.shortId();
                Q_EMIT searchFinished(q, hits);
            });
    }
    m_d->searcher->search(query, limit);
}

bool ChatService::exportChat(const PublicKey& with, const QString& path, QString* error) const
{
    const QString self = m_d->selfName.isEmpty() ? QStringLiteral("Me") : m_d->selfName;
    const QString peer = m_d->book.contains(with) ? m_d->book.value(with).displayName() : with.shortId();
    HistoryError e;
    const bool ok = m_d->history->exportChat(with, path, self, peer, &e);
    if (!ok && error)
        *error = e.message;
    return ok;
}

bool ChatService::deleteHistory(const PublicKey& with, QString* error)
{
    HistoryError e;
    if (!m_d->history->deleteChat(with, &e)) {
        if (error)
            *error = e.message;
        return false;
    }
    m_d->refreshExtras(with);
    m_d->emitChanged(with);
    Q_EMIT historyDeleted(with);
    return true;
}

bool ChatService::historyEncrypted() const
{
    return m_d->history->isEncrypted();
}

bool ChatService::setHistoryPassword(const QString& password, const HistoryProgress& progress, QString* error)
{
    m_d->searcher.reset(); // its connection would hold old pages and keys
    m_d->rekeying = true;
    HistoryError e;
    const bool ok = m_d->history->setPassword(password, progress, &e);
    m_d->rekeying = false;
    if (!ok && error)
        *error = e.message;
    const QList<std::function<void()>> later = std::exchange(m_d->deferred, {});
    for (const auto& f : later)
        f();
    return ok;
}

} // namespace warren
