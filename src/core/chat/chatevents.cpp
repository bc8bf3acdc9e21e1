#include "core/chat/chatservice_p.h"

#include "core/toxworker.h"

#include <tox/tox.h>

namespace warren {

namespace {
/// Engine reports send failures as sentences (see ToxWorker::sendMessage).
Outbox::Failure classify(const QString& reason)
{
    if (reason == QLatin1String("friend offline"))
        return Outbox::Failure::Offline;
    if (reason == QStringLiteral("send failed (error %1)").arg(int(TOX_ERR_FRIEND_SEND_MESSAGE_SENDQ)))
        return Outbox::Failure::QueueFull;
    return Outbox::Failure::Permanent;
}
} // namespace

void ChatService::Private::run(std::function<void()> f)
{
    if (rekeying)
        deferred.append(std::move(f));
    else
        f();
}

void ChatService::Private::connectEngine()
{
    retryTimer.setSingleShot(true);
    retryTimer.setInterval(20);
    QObject::connect(&retryTimer, &QTimer::timeout, q, [this] { run([this] { retryQueued(); }); });
    listen(&Engine::selfChanged, [this](const SelfInfo& s) { selfName = s.name; });
    listen(&Engine::started, [this](const SelfInfo& s) { selfName = s.name; });
    listen(&Engine::friendsLoaded, [this](const QList<FriendInfo>& f) { run([=, this] { friendsLoaded(f); }); });
    listen(&Engine::friendAdded, [this](const FriendInfo& f) { run([=, this] { friendAdded(f); }); });
    listen(&Engine::friendRemoved, [this](const PublicKey& k) { run([=, this] { friendRemoved(k); }); });
    listen(&Engine::friendConnectionChanged,
        [this](const PublicKey& k, Connection c) { run([=, this] { connectionChanged(k, c); }); });
    listen(&Engine::friendRequestSent,
        [this](const ToxAddress& to, const EngineError& e) { Q_EMIT q->friendRequestResult(to, e.ok(), e.message); });
    listen(&Engine::friendRequestReceived,
        [this](const PublicKey& k, const QString& m) { run([=, this] { requestReceived(k, m); }); });
    listen(&Engine::friendStatusChanged, [this](const PublicKey& k, UserStatus s) {
        if (Contact* c = book.find(k)) {
            c->status = s;
            emitChanged(k);
        }
    });
    listen(&Engine::friendNameChanged, [this](const PublicKey& k, const QString& name) {
        if (Contact* c = book.find(k)) {
            c->name = name;
            emitChanged(k);
        }
    });
    listen(&Engine::friendStatusMessageChanged, [this](const PublicKey& k, const QString& m) {
        if (Contact* c = book.find(k)) {
            c->statusMessage = m;
            emitChanged(k);
        }
    });
    listen(&Engine::friendTyping, [this](const PublicKey& k, bool typing) {
        if (Contact* c = book.find(k); c && c->typing != typing) {
            c->typing = typing;
            emitChanged(k);
        }
    });
    listen(&Engine::messageReceived,
        [this](const PublicKey& k, const QString& t, bool a) { run([=, this] { messageReceived(k, t, a); }); });
    listen(&Engine::messageSent, [this](const PublicKey& k, quint64 cookie, quint32 receipt) {
        run([=, this] { outbox.sent(k, static_cast<qint64>(cookie), receipt); });
    });
    listen(&Engine::messageFailed, [this](const PublicKey& k, quint64 cookie, const QString& reason) {
        run([=, this] { messageFailed(k, cookie, reason); });
    });
    listen(&Engine::messageDelivered,
        [this](const PublicKey& k, quint32 receipt) { run([=, this] { outbox.delivered(k, receipt); }); });
}

void ChatService::Private::refreshFriends()
{
    engine.post([](ToxWorker& w) {
        Q_EMIT w.selfChanged(w.selfInfo());
        Q_EMIT w.friendsLoaded(w.friends());
    });
}

void ChatService::Private::report(const HistoryError& error)
{
    if (!error.ok())
        Q_EMIT q->problem(error.message);
}

void ChatService::Private::refreshExtras(const PublicKey& key)
{
    book.setExtras(key, history->extras(key));
}

void ChatService::Private::emitChanged(const PublicKey& key)
{
    if (book.contains(key))
        Q_EMIT q->contactChanged(book.value(key));
}

void ChatService::Private::friendsLoaded(const QList<FriendInfo>& friends)
{
    friendsKnown = true;
    QSet<PublicKey> listed;
    for (const FriendInfo& f : friends) {
        listed.insert(f.key);
        friendAdded(f);
    }
    for (const PublicKey& k : book.friends())
        if (!listed.contains(k))
            friendRemoved(k);
}

void ChatService::Private::friendAdded(const FriendInfo& info)
{
    const ContactExtras extras = history->extras(info.key);
    if (extras.blocked) {
        engine.removeFriend(info.key); // blocked while the engine was not running
        return;
    }
    const bool added = book.putFriend(info, extras);
    if (added)
        Q_EMIT q->contactAdded(book.value(info.key));
    else
        Q_EMIT q->contactChanged(book.value(info.key));
    if (requests.contains(info.key)) {
        HistoryError e;
        history->removeRequest(info.key, &e);
        report(e);
        requests.remove(info.key);
        Q_EMIT q->requestRemoved(info.key);
    }
    outbox.setOnline(info.key, info.connection != Connection::None);
}

void ChatService::Private::friendRemoved(const PublicKey& key)
{
    outbox.forget(key);
    if (book.dropFriend(key))
        Q_EMIT q->contactChanged(book.value(key));
    else
        Q_EMIT q->contactRemoved(key);
}

void ChatService::Private::connectionChanged(const PublicKey& key, Connection c)
{
    Contact* contact = book.find(key);
    if (!contact || !book.isFriend(key))
        return;
    contact->connection = c;
    if (c == Connection::None)
        contact->typing = false;
    emitChanged(key);
    outbox.setOnline(key, c != Connection::None);
}

void ChatService::Private::requestReceived(const PublicKey& from, const QString& message)
{
    if (history->extras(from).blocked || book.isFriend(from))
        return; // a blocked contact's requests are dropped unseen
    const FriendRequest request{from, message, QDateTime::currentDateTimeUtc()};
    HistoryError e;
    history->putRequest(request, &e);
    report(e);
    requests.insert(from, request);
    Q_EMIT q->requestReceived(request);
}

void ChatService::Private::messageReceived(const PublicKey& from, const QString& text, bool action)
{
    if (history->extras(from).blocked || (friendsKnown && !book.isFriend(from)))
        return;
    ChatMessage m;
    m.friendKey = from;
    m.text = text;
    m.action = action;
    m.time = QDateTime::currentDateTimeUtc();
    m.state = ChatMessage::State::Delivered;
    HistoryError e;
    history->addMessage(m, &e);
    report(e);
    Q_EMIT q->messageAdded(m);
    refreshExtras(from);
    emitChanged(from);
}

void ChatService::Private::messageFailed(const PublicKey& to, quint64 cookie, const QString& reason)
{
    outbox.failed(to, static_cast<qint64>(cookie), classify(reason));
}

void ChatService::Private::retryQueued()
{
    const QSet<PublicKey> keys = std::exchange(retryKeys, {});
    for (const PublicKey& k : keys)
        outbox.pump(k);
}

QList<UnsentMessage> ChatService::Private::unsent(const PublicKey& to)
{
    HistoryError e;
    QList<UnsentMessage> out = history->unsent(to, &e);
    report(e);
    return out;
}

void ChatService::Private::hand(const ChatMessage& message)
{
    engine.sendMessage(message.friendKey, message.text, message.action, static_cast<quint64>(message.id));
}

void ChatService::Private::changeState(const PublicKey& with, qint64 id, ChatMessage::State state, bool handed)
{
    HistoryError e;
    if (handed)
        history->markHanded(id, &e);
    else
        history->setState(id, state, &e);
    report(e);
    Q_EMIT q->messageStateChanged(with, id, state);
}

void ChatService::Private::retrySoon(const PublicKey& to)
{
    retryKeys.insert(to);
    if (!retryTimer.isActive())
        retryTimer.start();
}

} // namespace warren
