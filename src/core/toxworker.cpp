#include "core/toxworker.h"

#include "core/socketwaker.h"
#include "core/toxcallbacks.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcEngine, "warren.engine")

#define WARREN_ASSERT_CORE_THREAD() Q_ASSERT(QThread::currentThread() == thread())

namespace warren {

namespace {
constexpr int maxBootstrapNodes = 8;
constexpr int bootstrapRetryMs = 10000;

QByteArray toUtf8Capped(const QString& s, size_t cap)
{
    QByteArray b = s.toUtf8();
    if (static_cast<size_t>(b.size()) > cap) {
        // Cut on a UTF-8 boundary: never leave a continuation byte dangling.
        qsizetype n = static_cast<qsizetype>(cap);
        while (n > 0 && (static_cast<uint8_t>(b[n]) & 0xC0) == 0x80)
            --n;
        b.truncate(n);
    }
    return b;
}

template <typename Getter, typename SizeGetter>
QString readString(Tox* tox, uint32_t fn, SizeGetter sizeOf, Getter get)
{
    const size_t n = sizeOf(tox, fn, nullptr);
    QByteArray b(static_cast<qsizetype>(n), Qt::Uninitialized);
    get(tox, fn, reinterpret_cast<uint8_t*>(b.data()), nullptr);
    return QString::fromUtf8(b);
}

TOX_USER_STATUS toToxStatus(UserStatus s)
{
    switch (s) {
    case UserStatus::Away:
        return TOX_USER_STATUS_AWAY;
    case UserStatus::Busy:
        return TOX_USER_STATUS_BUSY;
    case UserStatus::Online:
        break;
    }
    return TOX_USER_STATUS_NONE;
}
} // namespace

ToxWorker::ToxWorker(QObject* parent)
    : QObject(parent)
{
    m_iterateTimer.setSingleShot(true);
    m_iterateTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_iterateTimer, &QTimer::timeout, this, &ToxWorker::iterate);
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &ToxWorker::saveNow);
    m_bootstrapTimer.setInterval(bootstrapRetryMs);
    connect(&m_bootstrapTimer, &QTimer::timeout, this, &ToxWorker::retryBootstrapIfOffline);
}

ToxWorker::~ToxWorker()
{
    if (m_tox) {
        if (m_saveTimer.isActive())
            saveNow();
        if (m_waker)
            m_waker->stop(); // before tox_kill closes the socket
    }
}

void ToxWorker::start(EngineConfig config)
{
    WARREN_ASSERT_CORE_THREAD();
    m_config = std::move(config);
    ToxCreation made = makeTox(m_config.network, m_config.saveData);
    m_config.saveData.clear(); // the only plain copy we kept
    if (!made.tox) {
        qCWarning(lcEngine) << "Tox did not start:" << made.error.message;
        Q_EMIT failed(made.error);
        return;
    }
    m_tox = std::move(made.tox);
    ToxCallbacks::install(m_tox.get());
    const bool newIdentity
        = tox_self_get_name_size(m_tox.get()) == 0 && tox_self_get_friend_list_size(m_tox.get()) == 0;
    if (newIdentity && !m_config.defaultName.isEmpty())
        setName(m_config.defaultName);

    m_waker = new SocketWaker(this);
    connect(m_waker, &SocketWaker::readable, this, &ToxWorker::iterate);
    const SelfInfo self = selfInfo();
    if (!m_waker->watchUdpPort(self.udpPort))
        qCInfo(lcEngine) << "no UDP socket to watch; iterating on toxcore's interval";

    rebuildFriendIndex();
    bootstrap(m_config.nodes);
    m_bootstrapTimer.start();
    if (newIdentity)
        markDirty(); // a new identity is worth saving at once
    Q_EMIT started(self);
    Q_EMIT friendsLoaded(friends());
    iterate();
}

bool ToxWorker::socketWakeupActive() const
{
    return m_waker && m_waker->active();
}

void ToxWorker::iterate()
{
    if (!m_tox || m_inIterate)
        return;
    m_inIterate = true;
    tox_iterate(m_tox.get(), this);
    ++m_iterations;
    m_inIterate = false;
    if (m_sendBlocked) {
        // A send was refused since the last iteration; the acknowledgements
        // and the new send budget of this iteration may have made room.
        // Handlers that are refused again set the flag again.
        m_sendBlocked = false;
        for (IPacketHandler* h : distinctHandlers())
            h->sendQueueMayHaveSpace();
    }
    if (m_fileBlocked) {
        m_fileBlocked = false;
        m_files.fileQueueMayHaveSpace();
    }
    scheduleNext();
}

void ToxWorker::scheduleNext()
{
    if (!m_tox)
        return;
    // While a sender waits for queue room, iterate again soon: toxcore only
    // retransmits and frees its queue inside tox_iterate.
    const int interval = m_sendBlocked || m_fileBlocked ? 1 : static_cast<int>(tox_iteration_interval(m_tox.get()));
    m_iterateTimer.start(interval);
}

void ToxWorker::markDirty()
{
    if (m_config.saver && !m_saveTimer.isActive())
        m_saveTimer.start(m_config.saveDelayMs);
}

void ToxWorker::saveNow()
{
    m_saveTimer.stop();
    if (!m_tox || !m_config.saver)
        return;
    const size_t n = tox_get_savedata_size(m_tox.get());
    QByteArray data(static_cast<qsizetype>(n), Qt::Uninitialized);
    tox_get_savedata(m_tox.get(), reinterpret_cast<uint8_t*>(data.data()));
    QString error;
    if (!m_config.saver->save(data, &error)) {
        qCWarning(lcEngine) << "saving the profile failed:" << error;
        Q_EMIT saveFailed(error);
    }
    data.fill('\0');
}

void ToxWorker::addBootstrapNodes(const QList<BootstrapNode>& nodes)
{
    // Kept, so that they are tried again while we are offline.
    for (const BootstrapNode& n : nodes) {
        const bool known = std::any_of(m_config.nodes.cbegin(), m_config.nodes.cend(),
            [&n](const BootstrapNode& k) { return k.key == n.key && k.host == n.host && k.udpPort == n.udpPort; });
        if (!known)
            m_config.nodes.append(n);
    }
    bootstrap(nodes);
}

void ToxWorker::bootstrap(const QList<BootstrapNode>& nodes)
{
    if (!m_tox || nodes.isEmpty())
        return;
    QList<BootstrapNode> pick = nodes;
    if (pick.size() > maxBootstrapNodes) {
        std::shuffle(pick.begin(), pick.end(), *QRandomGenerator::global());
        pick.resize(maxBootstrapNodes);
    }
    for (const BootstrapNode& n : pick) {
        const QByteArray host = n.host.toUtf8();
        if (n.udpPort && m_config.network.effectiveUdp())
            tox_bootstrap(m_tox.get(), host.constData(), n.udpPort, n.key.data(), nullptr);
        for (quint16 p : n.tcpPorts)
            tox_add_tcp_relay(m_tox.get(), host.constData(), p, n.key.data(), nullptr);
    }
}

void ToxWorker::retryBootstrapIfOffline()
{
    if (m_selfConnection == Connection::None)
        bootstrap(m_config.nodes);
}

namespace {
QString friendAddError(Tox_Err_Friend_Add err)
{
    switch (err) {
    case TOX_ERR_FRIEND_ADD_OK:
        return {};
    case TOX_ERR_FRIEND_ADD_OWN_KEY:
        return QStringLiteral("That is your own Tox ID.");
    case TOX_ERR_FRIEND_ADD_ALREADY_SENT:
        return QStringLiteral("This friend is already in your contact list.");
    case TOX_ERR_FRIEND_ADD_BAD_CHECKSUM:
        return ToxAddress::describe(ToxAddress::ParseError::BadChecksum);
    case TOX_ERR_FRIEND_ADD_SET_NEW_NOSPAM:
        return QStringLiteral("This contact changed its nospam; the request was updated.");
    case TOX_ERR_FRIEND_ADD_TOO_LONG:
        return QStringLiteral("The request message is too long.");
    default:
        return QStringLiteral("The friend request could not be sent (error %1).").arg(int(err));
    }
}
} // namespace

bool ToxWorker::addFriendWithRequest(const ToxAddress& to, QByteArrayView message, QString* error)
{
    WARREN_ASSERT_CORE_THREAD();
    if (!m_tox || to.isNull()) {
        if (error)
            *error = QStringLiteral("The engine is not running.");
        return false;
    }
    Tox_Err_Friend_Add err = TOX_ERR_FRIEND_ADD_OK;
    const uint32_t fn = tox_friend_add(m_tox.get(), to.data(), reinterpret_cast<const uint8_t*>(message.data()),
        static_cast<size_t>(message.size()), &err);
    if (err != TOX_ERR_FRIEND_ADD_OK) {
        if (error)
            *error = friendAddError(err);
        return false;
    }
    rebuildFriendIndex();
    Q_EMIT friendAdded(infoFor(fn));
    markDirty();
    return true;
}

void ToxWorker::sendFriendRequest(const ToxAddress& to, const QString& message)
{
    const QByteArray msg = toUtf8Capped(
        message.isEmpty() ? QStringLiteral("Hi, let's be friends.") : message, TOX_MAX_FRIEND_REQUEST_LENGTH);
    QString why;
    EngineError e;
    if (!addFriendWithRequest(to, msg, &why))
        e = {EngineError::Kind::Other, why};
    Q_EMIT friendRequestSent(to, e);
}

void ToxWorker::acceptFriendRequest(const PublicKey& from)
{
    m_pendingRequests.remove(from);
    addFriendNoRequest(from);
}

bool ToxWorker::addFriendNoRequest(const PublicKey& key)
{
    WARREN_ASSERT_CORE_THREAD();
    if (!m_tox || key.isNull())
        return false;
    if (m_friendNumbers.contains(key))
        return true;
    Tox_Err_Friend_Add err = TOX_ERR_FRIEND_ADD_OK;
    const uint32_t fn = tox_friend_add_norequest(m_tox.get(), key.data(), &err);
    if (err != TOX_ERR_FRIEND_ADD_OK) {
        qCWarning(lcEngine) << "adding friend" << key.shortId() << "failed:" << int(err);
        return false;
    }
    rebuildFriendIndex();
    Q_EMIT friendAdded(infoFor(fn));
    markDirty();
    return true;
}

void ToxWorker::removeFriend(const PublicKey& key)
{
    WARREN_ASSERT_CORE_THREAD();
    const auto fn = friendNumber(key);
    if (!m_tox || !fn)
        return;
    tox_friend_delete(m_tox.get(), *fn, nullptr);
    rebuildFriendIndex();
    m_files.friendRemoved(key);
    Q_EMIT friendRemoved(key);
    markDirty();
}

void ToxWorker::sendMessage(const PublicKey& to, const QString& text, bool action, quint64 cookie)
{
    WARREN_ASSERT_CORE_THREAD();
    const auto fn = friendNumber(to);
    if (!m_tox || !fn) {
        Q_EMIT messageFailed(to, cookie, QStringLiteral("not a friend"));
        return;
    }
    const QByteArray msg = text.toUtf8();
    if (msg.isEmpty() || static_cast<size_t>(msg.size()) > TOX_MAX_MESSAGE_LENGTH) {
        Q_EMIT messageFailed(
            to, cookie, QStringLiteral("message empty or longer than %1 bytes").arg(TOX_MAX_MESSAGE_LENGTH));
        return;
    }
    Tox_Err_Friend_Send_Message err = TOX_ERR_FRIEND_SEND_MESSAGE_OK;
    const uint32_t receipt
        = tox_friend_send_message(m_tox.get(), *fn, action ? TOX_MESSAGE_TYPE_ACTION : TOX_MESSAGE_TYPE_NORMAL,
            reinterpret_cast<const uint8_t*>(msg.constData()), static_cast<size_t>(msg.size()), &err);
    if (err != TOX_ERR_FRIEND_SEND_MESSAGE_OK) {
        Q_EMIT messageFailed(to, cookie,
            err == TOX_ERR_FRIEND_SEND_MESSAGE_FRIEND_NOT_CONNECTED
                ? QStringLiteral("friend offline")
                : QStringLiteral("send failed (error %1)").arg(int(err)));
        return;
    }
    Q_EMIT messageSent(to, cookie, receipt);
}

void ToxWorker::setTyping(const PublicKey& to, bool typing)
{
    if (const auto fn = friendNumber(to); m_tox && fn)
        tox_self_set_typing(m_tox.get(), *fn, typing, nullptr);
}

void ToxWorker::setName(const QString& name)
{
    if (!m_tox)
        return;
    const QByteArray b = toUtf8Capped(name, TOX_MAX_NAME_LENGTH);
    tox_self_set_name(
        m_tox.get(), reinterpret_cast<const uint8_t*>(b.constData()), static_cast<size_t>(b.size()), nullptr);
    markDirty();
    Q_EMIT selfChanged(selfInfo());
}

void ToxWorker::setStatusMessage(const QString& message)
{
    if (!m_tox)
        return;
    const QByteArray b = toUtf8Capped(message, TOX_MAX_STATUS_MESSAGE_LENGTH);
    tox_self_set_status_message(
        m_tox.get(), reinterpret_cast<const uint8_t*>(b.constData()), static_cast<size_t>(b.size()), nullptr);
    markDirty();
    Q_EMIT selfChanged(selfInfo());
}

void ToxWorker::setStatus(UserStatus status)
{
    if (!m_tox)
        return;
    tox_self_set_status(m_tox.get(), toToxStatus(status));
    markDirty();
    Q_EMIT selfChanged(selfInfo());
}

void ToxWorker::setNospam(quint32 nospam)
{
    if (!m_tox)
        return;
    tox_self_set_nospam(m_tox.get(), nospam);
    markDirty();
    Q_EMIT selfChanged(selfInfo());
}

void ToxWorker::registerPacketHandler(quint8 id, IPacketHandler* handler)
{
    Q_ASSERT((id >= 160 && id < 192) || (id >= 200 && id < 255));
    if (id < 192)
        m_handlers[static_cast<size_t>(id - 160)] = handler;
    else
        m_lossyHandlers[static_cast<size_t>(id - 200)] = handler;
}

QList<IPacketHandler*> ToxWorker::distinctHandlers() const
{
    QList<IPacketHandler*> out;
    for (IPacketHandler* h : m_handlers)
        if (h && !out.contains(h))
            out.append(h);
    for (IPacketHandler* h : m_lossyHandlers)
        if (h && !out.contains(h))
            out.append(h);
    return out;
}

void ToxWorker::unregisterPacketHandler(IPacketHandler* handler)
{
    for (IPacketHandler*& h : m_handlers)
        if (h == handler)
            h = nullptr;
    for (IPacketHandler*& h : m_lossyHandlers)
        if (h == handler)
            h = nullptr;
}

IPacketSender::SendResult ToxWorker::sendLossless(const PublicKey& friendKey, QByteArrayView packet)
{
    WARREN_ASSERT_CORE_THREAD();
    const auto fn = friendNumber(friendKey);
    if (!m_tox || !fn)
        return SendResult::UnknownFriend;
    if (packet.size() > TOX_MAX_CUSTOM_PACKET_SIZE)
        return SendResult::TooLarge;
    Tox_Err_Friend_Custom_Packet err = TOX_ERR_FRIEND_CUSTOM_PACKET_OK;
    tox_friend_send_lossless_packet(
        m_tox.get(), *fn, reinterpret_cast<const uint8_t*>(packet.data()), static_cast<size_t>(packet.size()), &err);
    switch (err) {
    case TOX_ERR_FRIEND_CUSTOM_PACKET_OK:
        return SendResult::Ok;
    case TOX_ERR_FRIEND_CUSTOM_PACKET_SENDQ:
        m_sendBlocked = true;
        if (!m_inIterate)
            scheduleNext();
        return SendResult::QueueFull;
    case TOX_ERR_FRIEND_CUSTOM_PACKET_FRIEND_NOT_CONNECTED:
        return SendResult::NotConnected;
    case TOX_ERR_FRIEND_CUSTOM_PACKET_TOO_LONG:
        return SendResult::TooLarge;
    default:
        return SendResult::Failed;
    }
}

IPacketSender::SendResult ToxWorker::sendLossy(const PublicKey& friendKey, QByteArrayView packet)
{
    WARREN_ASSERT_CORE_THREAD();
    const auto fn = friendNumber(friendKey);
    if (!m_tox || !fn)
        return SendResult::UnknownFriend;
    if (packet.size() > TOX_MAX_CUSTOM_PACKET_SIZE)
        return SendResult::TooLarge;
    Tox_Err_Friend_Custom_Packet err = TOX_ERR_FRIEND_CUSTOM_PACKET_OK;
    tox_friend_send_lossy_packet(
        m_tox.get(), *fn, reinterpret_cast<const uint8_t*>(packet.data()), static_cast<size_t>(packet.size()), &err);
    switch (err) {
    case TOX_ERR_FRIEND_CUSTOM_PACKET_OK:
        return SendResult::Ok;
    case TOX_ERR_FRIEND_CUSTOM_PACKET_SENDQ:
        return SendResult::QueueFull; // lossy: nothing waits, nothing to schedule
    case TOX_ERR_FRIEND_CUSTOM_PACKET_FRIEND_NOT_CONNECTED:
        return SendResult::NotConnected;
    case TOX_ERR_FRIEND_CUSTOM_PACKET_TOO_LONG:
        return SendResult::TooLarge;
    default:
        return SendResult::Failed;
    }
}

Connection ToxWorker::friendConnection(const PublicKey& key) const
{
    const auto fn = friendNumber(key);
    if (!m_tox || !fn)
        return Connection::None;
    switch (tox_friend_get_connection_status(m_tox.get(), *fn, nullptr)) {
    case TOX_CONNECTION_UDP:
        return Connection::Udp;
    case TOX_CONNECTION_TCP:
        return Connection::Tcp;
    default:
        return Connection::None;
    }
}

SelfInfo ToxWorker::selfInfo() const
{
    SelfInfo s;
    if (!m_tox)
        return s;
    Tox* t = m_tox.get();
    QByteArray addr(TOX_ADDRESS_SIZE, Qt::Uninitialized);
    tox_self_get_address(t, reinterpret_cast<uint8_t*>(addr.data()));
    s.address = ToxAddress::fromBytes(addr);
    QByteArray dht(TOX_PUBLIC_KEY_SIZE, Qt::Uninitialized);
    tox_self_get_dht_id(t, reinterpret_cast<uint8_t*>(dht.data()));
    s.dhtId = PublicKey::fromBytes(dht);
    Tox_Err_Get_Port perr = TOX_ERR_GET_PORT_OK;
    const uint16_t udp = tox_self_get_udp_port(t, &perr);
    s.udpPort = perr == TOX_ERR_GET_PORT_OK ? udp : 0;
    const uint16_t tcp = tox_self_get_tcp_port(t, &perr);
    s.tcpPort = perr == TOX_ERR_GET_PORT_OK ? tcp : 0;
    QByteArray name(static_cast<qsizetype>(tox_self_get_name_size(t)), Qt::Uninitialized);
    tox_self_get_name(t, reinterpret_cast<uint8_t*>(name.data()));
    s.name = QString::fromUtf8(name);
    QByteArray sm(static_cast<qsizetype>(tox_self_get_status_message_size(t)), Qt::Uninitialized);
    tox_self_get_status_message(t, reinterpret_cast<uint8_t*>(sm.data()));
    s.statusMessage = QString::fromUtf8(sm);
    switch (tox_self_get_status(t)) {
    case TOX_USER_STATUS_AWAY:
        s.status = UserStatus::Away;
        break;
    case TOX_USER_STATUS_BUSY:
        s.status = UserStatus::Busy;
        break;
    default:
        s.status = UserStatus::Online;
    }
    return s;
}

FriendInfo ToxWorker::infoFor(uint32_t fn) const
{
    FriendInfo f;
    Tox* t = m_tox.get();
    f.key = friendKey(fn);
    f.name = readString(t, fn, tox_friend_get_name_size, tox_friend_get_name);
    f.statusMessage = readString(t, fn, tox_friend_get_status_message_size, tox_friend_get_status_message);
    switch (tox_friend_get_status(t, fn, nullptr)) {
    case TOX_USER_STATUS_AWAY:
        f.status = UserStatus::Away;
        break;
    case TOX_USER_STATUS_BUSY:
        f.status = UserStatus::Busy;
        break;
    default:
        f.status = UserStatus::Online;
    }
    f.connection = friendConnection(f.key);
    const uint64_t seen = tox_friend_get_last_online(t, fn, nullptr);
    f.lastSeen = seen == UINT64_MAX ? 0 : static_cast<qint64>(seen);
    return f;
}

QList<FriendInfo> ToxWorker::friends() const
{
    QList<FriendInfo> out;
    if (!m_tox)
        return out;
    out.reserve(m_friendNumbers.size());
    for (auto it = m_friendNumbers.cbegin(); it != m_friendNumbers.cend(); ++it)
        out.append(infoFor(it.value()));
    return out;
}

std::optional<uint32_t> ToxWorker::friendNumber(const PublicKey& key) const
{
    const auto it = m_friendNumbers.constFind(key);
    if (it == m_friendNumbers.cend())
        return std::nullopt;
    return it.value();
}

PublicKey ToxWorker::friendKey(uint32_t fn) const
{
    if (!m_tox)
        return {};
    uint8_t pk[TOX_PUBLIC_KEY_SIZE];
    if (!tox_friend_get_public_key(m_tox.get(), fn, pk, nullptr))
        return {};
    return PublicKey::fromBytes(pk);
}

void ToxWorker::rebuildFriendIndex()
{
    m_friendNumbers.clear();
    m_friendKeys.clear();
    const size_t n = tox_self_get_friend_list_size(m_tox.get());
    std::vector<uint32_t> list(n);
    tox_self_get_friend_list(m_tox.get(), list.data());
    for (uint32_t fn : list) {
        const PublicKey key = friendKey(fn);
        m_friendNumbers.insert(key, fn);
        m_friendKeys.insert(fn, key);
    }
}

void ToxWorker::onSelfConnection(Connection c)
{
    m_selfConnection = c;
    qCInfo(lcEngine) << "self connection:" << toString(c);
    Q_EMIT selfConnectionChanged(c);
}

void ToxWorker::onFriendConnection(uint32_t fn, Connection c)
{
    const PublicKey key = friendKey(fn);
    Q_EMIT friendConnectionChanged(key, c);
    for (IPacketHandler* h : distinctHandlers())
        h->friendConnectionChanged(key, c);
    m_files.friendConnectionChanged(key, c);
    if (c == Connection::None)
        markDirty(); // last-seen time changed
}

void ToxWorker::onFriendRequest(const PublicKey& from, QByteArrayView message)
{
    for (IPacketHandler* h : distinctHandlers())
        if (h->friendRequest(from, message))
            return;
    const QString text = QString::fromUtf8(message);
    m_pendingRequests.insert(from, text);
    Q_EMIT friendRequestReceived(from, text);
}

void ToxWorker::onLosslessPacket(uint32_t fn, QByteArrayView packet)
{
    if (packet.isEmpty())
        return;
    const auto id = static_cast<uint8_t>(packet[0]);
    if (id < 160 || id >= 192)
        return;
    if (IPacketHandler* h = m_handlers[static_cast<size_t>(id - 160)])
        h->losslessPacket(friendKey(fn), packet);
}

void ToxWorker::onLossyPacket(uint32_t fn, QByteArrayView packet)
{
    if (packet.isEmpty())
        return;
    const auto id = static_cast<uint8_t>(packet[0]);
    if (id < 200 || id >= 255)
        return;
    if (IPacketHandler* h = m_lossyHandlers[static_cast<size_t>(id - 200)])
        h->lossyPacket(friendKey(fn), packet);
}

} // namespace warren
