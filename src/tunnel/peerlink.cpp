#include "tunnel/peerlink.h"

#include "tunnel/protocol/tunnelpayloads.h"
#include "tunnel/streamsocket.h"
#include "tunnel/tcpconnector.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QtEndian>

Q_LOGGING_CATEGORY(lcLink, "warren.tunnel")

namespace warren::tunnel {

namespace {
constexpr int pumpBudget = 512; ///< packets per pump before yielding to the event loop
constexpr quint32 baseCapabilities = quint32(Capability::CreditFlow) | quint32(Capability::HalfClose)
    | quint32(Capability::DenyWithReason) | quint32(Capability::KeepaliveRtt) | quint32(Capability::RemoteForwards);

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

PeerLink::PeerLink(IPacketSender& sender, const PublicKey& friendKey, Admission admission, const LinkSettings& settings,
    QObject* parent)
    : QObject(parent)
    , m_sender(sender)
    , m_friend(friendKey)
    , m_admission(std::move(admission))
    , m_settings(settings)
    , m_nextForwardId(QRandomGenerator::global()->generate() | 1u)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PeerLink::tick);
    m_tick.start();
}

PeerLink::~PeerLink()
{
    dropAll(QStringLiteral("the tunnel service stopped"));
    for (PendingRequest& r : m_requests)
        delete r.socket;
}

OfferSupport PeerLink::offerSupport() const
{
    if (!online())
        return OfferSupport::Offline;
    if (m_peer)
        return m_peer->caps.testFlag(Capability::RemoteForwards) ? OfferSupport::Yes : OfferSupport::No;
    return m_helloMissing ? OfferSupport::No : OfferSupport::Unknown;
}

PeerInfo PeerLink::info() const
{
    PeerInfo p;
    p.friendKey = m_friend;
    p.path = m_path;
    p.warrenPeer = m_peer.has_value();
    p.rttMs = m_rttMs;
    p.openStreams = static_cast<int>(m_streams.size());
    p.bytes = m_closedBytes;
    p.expressBytes = m_closedExpress;
    for (const TunnelStream* s : m_streams) {
        p.bytes.up += s->bytes().up;
        p.bytes.down += s->bytes().down;
        p.expressBytes += s->expressBytes();
    }
    return p;
}

QList<StreamInfo> PeerLink::streams() const
{
    QList<StreamInfo> out;
    for (const TunnelStream* s : m_streams) {
        StreamInfo i;
        i.connId = s->connId();
        i.target = s->target;
        i.bytes = s->bytes();
        i.openedAtMs = s->openedAtMs;
        i.friendKey = m_friend;
        i.forwardId = s->forwardId;
        i.incoming = s->role() == TunnelStream::Role::Server;
        out.append(i);
    }
    return out;
}

void PeerLink::addForwardStats(const QString& forwardId, int* open, ByteCounters* bytes) const
{
    const ByteCounters closed = m_closedByForward.value(forwardId);
    bytes->up += closed.up;
    bytes->down += closed.down;
    for (const TunnelStream* s : m_streams) {
        if (s->forwardId != forwardId)
            continue;
        ++*open;
        bytes->up += s->bytes().up;
        bytes->down += s->bytes().down;
    }
}

void PeerLink::setConnection(Connection c)
{
    const bool wasOnline = online();
    m_path = c;
    if (wasOnline && !online()) {
        dropAll(QStringLiteral("the friend went offline"));
        Q_EMIT peerChanged(m_friend);
    } else if (!wasOnline && online()) {
        m_onlineSinceMs = nowMs();
        m_helloMissing = false;
        ensureHello();
        sendPendingRequests();
        schedulePump();
        Q_EMIT peerChanged(m_friend);
    }
}

void PeerLink::dropAll(const QString& why)
{
    const auto streams = m_streams.values();
    for (TunnelStream* s : streams)
        s->abort(why);
    for (auto it = m_connects.begin(); it != m_connects.end(); ++it)
        if (it.value())
            it.value()->cancel();
    m_connects.clear();
    const auto ids = m_requests.keys();
    for (quint32 id : ids)
        if (m_requests.value(id).sent)
            failRequest(id, why);
    m_control.clear();
    m_ready.clear();
    m_peer.reset();
    m_helloSent = false;
    m_blocked = false;
}

void PeerLink::ensureHello()
{
    if (m_helloSent)
        return;
    m_helloSent = true;
    const Hello ours{extensionVersion, capabilities(), m_settings.receiveWindow};
    m_control.push_front(encode(makeHello(ours)));
}

void PeerLink::enqueue(const Frame& f)
{
    ensureHello();
    m_control.push_back(encode(f));
    schedulePump();
}

void PeerLink::sendControl(Frame f)
{
    enqueue(f);
}

void PeerLink::schedulePump()
{
    if (m_pumpScheduled || m_blocked)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &PeerLink::pump, Qt::QueuedConnection);
}

void PeerLink::streamReady(TunnelStream* s)
{
    if (!m_ready.contains(s))
        m_ready.append(s);
    schedulePump();
}

void PeerLink::pump()
{
    m_pumpScheduled = false;
    m_blocked = false;
    if (!online())
        return;
    for (int budget = pumpBudget; budget > 0; --budget) {
        if (!m_control.empty()) {
            const auto r = m_sender.sendLossless(m_friend, m_control.front());
            if (r == IPacketSender::SendResult::QueueFull) {
                m_blocked = true;
                return;
            }
            if (r != IPacketSender::SendResult::Ok)
                qCWarning(lcLink) << "control frame to" << m_friend.shortId() << "not sent:" << int(r);
            m_control.pop_front();
            continue;
        }
        if (m_ready.isEmpty())
            return;
        QPointer<TunnelStream> s = m_ready.takeFirst();
        if (!s || !s->ready())
            continue;
        if (s->sendOne(m_sender, m_friend) == TunnelStream::SendResult::Blocked) {
            m_ready.prepend(s);
            m_blocked = true;
            return;
        }
        if (s && s->ready() && !m_ready.contains(s))
            m_ready.append(s); // round-robin: one packet per stream per round
    }
    schedulePump(); // more to do: let the event loop (and tox_iterate) run first
}

void PeerLink::receive(const FrameView& f)
{
    if (f.type != FrameType::Hello && !m_peer && !m_helloMissing && online()) {
        m_helloMissing = true; // a Warren peer says HELLO before anything else
        Q_EMIT peerChanged(m_friend);
    }
    switch (f.type) {
    case FrameType::Hello:
        if (const auto h = parseHello(f)) {
            const Hello ours{extensionVersion, capabilities(), m_settings.receiveWindow};
            m_peer = negotiate(ours, *h);
            qCInfo(lcLink) << "friend" << m_friend.shortId() << "speaks Warren tunnels, version" << m_peer->version;
            Q_EMIT peerChanged(m_friend);
        }
        break;
    case FrameType::Offer:
    case FrameType::Answer:
    case FrameType::Withdraw:
        onOfferFrame(f);
        break;
    case FrameType::Ping:
        enqueue({FrameType::Pong, 0, f.data.toByteArray()});
        break;
    case FrameType::Pong:
        onPong(f.data);
        break;
    case FrameType::Keepalive:
        if (const auto k = parseKeepalive(f))
            enqueue(makeKeepaliveAck(*k));
        break;
    case FrameType::KeepaliveAck:
        if (const auto k = parseKeepalive(f))
            m_rttMs = static_cast<double>(nowMs() - static_cast<qint64>(k->timestamp));
        break;
    case FrameType::RequestTunnel:
        onRequestTunnel(f);
        break;
    case FrameType::AckTunnel:
        onAckTunnel(f);
        break;
    case FrameType::Deny:
        onDeny(f);
        break;
    case FrameType::Tcp:
        if (TunnelStream* s = m_streams.value(f.connId))
            s->receiveData(f.data);
        break;
    case FrameType::TcpFin:
        if (TunnelStream* s = m_streams.value(f.connId))
            s->receiveFin();
        break;
    case FrameType::Credit:
        if (const auto c = parseCredit(f); c && m_streams.contains(f.connId))
            m_streams.value(f.connId)->receiveCredit(c->bytes);
        break;
    case FrameType::HalfClose:
        if (const auto h = parseHalfClose(f); h && m_streams.contains(f.connId))
            m_streams.value(f.connId)->receiveHalfClose(h->direction);
        break;
    default:
        qCDebug(lcLink) << "ignoring frame" << frameTypeName(f.type) << "from" << m_friend.shortId();
        break;
    }
}

void PeerLink::onOfferFrame(const FrameView& f)
{
    if (offerSupport() != OfferSupport::Yes) {
        qCWarning(lcLink) << "ignoring" << frameTypeName(f.type) << "from" << m_friend.shortId()
                          << "(remote forwards were not announced)";
        return;
    }
    const auto bad = [this, &f](PayloadError e) {
        qCWarning(lcLink) << "ignoring a bad" << frameTypeName(f.type) << "from" << m_friend.shortId() << describe(e);
    };
    if (f.type == FrameType::Offer) {
        if (const auto m = parseOffer(f))
            Q_EMIT offerReceived(m_friend, *m);
        else
            bad(m.error());
    } else if (f.type == FrameType::Answer) {
        if (const auto m = parseAnswer(f))
            Q_EMIT answerReceived(m_friend, *m);
        else
            bad(m.error());
    } else if (const auto m = parseWithdraw(f)) {
        Q_EMIT withdrawReceived(m_friend, *m);
    } else {
        bad(m.error());
    }
}

void PeerLink::onPong(QByteArrayView data)
{
    if (data.size() == 8)
        m_rttMs = static_cast<double>(nowMs() - qFromBigEndian<qint64>(data.data()));
}

quint32 PeerLink::capabilities() const
{
    return baseCapabilities | (m_settings.express ? quint32(Capability::Express) : 0u);
}

TunnelStream::Options PeerLink::streamOptions(quint32 tag) const
{
    TunnelStream::Options o;
    o.tag = tag;
    if (m_peer) {
        o.creditFlow = m_peer->caps.testFlag(Capability::CreditFlow);
        o.halfClose = m_peer->caps.testFlag(Capability::HalfClose);
        o.express = m_peer->caps.testFlag(Capability::Express);
        o.sendWindow = m_peer->peerInitialWindow;
        o.receiveWindow = m_settings.receiveWindow;
    }
    return o;
}

void PeerLink::sendExpress(QByteArrayView packet)
{
    if (!packet.isEmpty())
        m_sender.sendLossy(m_friend, packet); // best effort: the lossless frame follows anyway
}

void PeerLink::receiveExpress(const ExpressView& e)
{
    TunnelStream* s = m_streams.value(e.connId);
    if (s && s->tag() == e.tag) // the tag keeps a late copy out of a tunnel that reuses the id
        s->receiveExpress(e.offset, e.data);
}

quint16 PeerLink::allocateConnId()
{
    for (int tries = 0; tries < 65536; ++tries) {
        const quint16 id = m_nextConnId++;
        if (m_nextConnId == 0)
            m_nextConnId = 1;
        if (id != 0 && !m_streams.contains(id))
            return id;
    }
    return 0;
}

// ---- server side ---------------------------------------------------------

void PeerLink::onRequestTunnel(const FrameView& f)
{
    const auto req = parseRequestTunnel(f);
    if (!req) {
        qCWarning(lcLink) << "bad REQUESTTUNNEL from" << m_friend.shortId() << describe(req.error());
        return;
    }
    const QString host = QString::fromUtf8(req->host);
    const QString target = QStringLiteral("%1:%2").arg(host).arg(req->port);
    if (m_streams.size() + m_connects.size() >= m_settings.maxStreams) {
        deny(req->port, req->forwardId, DenyReason::TooManyTunnels, QStringLiteral("too many tunnels open"));
        return;
    }
    if (!m_admission(m_friend, host, req->port)) {
        deny(req->port, req->forwardId, DenyReason::RuleDenied,
            QStringLiteral("%1 is not among the services shared with you").arg(target));
        return;
    }
    auto* c = new TcpConnector(host, req->port, m_settings.connectTimeoutMs, this);
    const quint32 fid = req->forwardId;
    const quint16 port = req->port;
    m_connects.insert(fid, c);
    connect(c, &TcpConnector::finished, this,
        [this, fid, port, target](StreamSocket* s, DenyReason reason, const QString& detail) {
            m_connects.remove(fid);
            if (!s) {
                deny(port, fid, reason, detail);
                return;
            }
            serverConnected(fid, target, s, reason, detail);
        });
    c->start();
}

void PeerLink::serverConnected(
    quint32 forwardId, const QString& target, StreamSocket* socket, DenyReason, const QString&)
{
    const quint16 id = online() ? allocateConnId() : 0;
    if (id == 0) {
        delete socket;
        return;
    }
    auto* s = new TunnelStream(*this, TunnelStream::Role::Server, id, socket, streamOptions(forwardId), this);
    s->target = target;
    connect(s, &TunnelStream::note, this, [this, id, target](const QString& m) {
        Q_EMIT note(m_friend, QStringLiteral("tunnel %1 to %2: %3").arg(id).arg(target, m));
    });
    m_streams.insert(id, s);
    enqueue(makeAckTunnel({id, forwardId})); // before any data: control frames go first
    qCInfo(lcLink) << "friend" << m_friend.shortId() << "opened tunnel" << id << "to" << target;
}

void PeerLink::deny(quint16 port, quint32 forwardId, DenyReason reason, const QString& text)
{
    Q_EMIT note(m_friend, QStringLiteral("refused a tunnel: %1").arg(text));
    if (m_peer && m_peer->caps.testFlag(Capability::DenyWithReason))
        enqueue(makeDeny({port, forwardId, reason, text}));
    // A tuntox client gets no answer, as from tuntox itself; it times out.
}

// ---- client side ---------------------------------------------------------

void PeerLink::openTunnel(
    StreamSocket* local, const QString& host, quint16 port, const QString& forwardId, TunnelResult done)
{
    local->setParent(this);
    local->setReadEnabled(false); // nothing to read until the tunnel exists
    PendingRequest r;
    r.forwardId = m_nextForwardId++;
    if (m_nextForwardId == 0)
        m_nextForwardId = 1;
    r.host = host;
    r.port = port;
    r.forward = forwardId;
    r.socket = local;
    r.createdMs = nowMs();
    r.done = std::move(done);
    m_requests.insert(r.forwardId, r);
    if (online())
        sendPendingRequests();
}

void PeerLink::sendPendingRequests()
{
    for (PendingRequest& r : m_requests) {
        if (r.sent)
            continue;
        const auto frame = makeRequestTunnel({r.forwardId, r.port, r.host.toUtf8()});
        if (!frame) {
            const quint32 id = r.forwardId;
            QMetaObject::invokeMethod(
                this, [this, id, why = describe(frame.error())] { failRequest(id, why); }, Qt::QueuedConnection);
            continue;
        }
        r.sent = true;
        r.createdMs = nowMs(); // the answer timeout starts when the request leaves
        enqueue(*frame);
    }
}

void PeerLink::onAckTunnel(const FrameView& f)
{
    const auto ack = parseAckTunnel(f);
    if (!ack)
        return;
    const auto it = m_requests.find(ack->forwardId);
    if (it == m_requests.end() || m_streams.contains(ack->tunnelId)) {
        // An answer we no longer wait for: free the server's side.
        enqueue({FrameType::TcpFin, ack->tunnelId, {}});
        return;
    }
    const PendingRequest r = it.value();
    m_requests.erase(it);
    if (r.done)
        r.done(true, DenyReason::Unspecified, {}); // its reply goes out before any tunnel data
    auto* s = new TunnelStream(
        *this, TunnelStream::Role::Client, ack->tunnelId, r.socket, streamOptions(r.forwardId), this);
    s->forwardId = r.forward;
    s->target = QStringLiteral("%1:%2").arg(r.host).arg(r.port);
    const quint16 id = ack->tunnelId;
    const QString target = s->target;
    connect(s, &TunnelStream::note, this, [this, id, target](const QString& m) {
        Q_EMIT note(m_friend, QStringLiteral("tunnel %1 to %2: %3").arg(id).arg(target, m));
    });
    m_streams.insert(id, s);
}

void PeerLink::onDeny(const FrameView& f)
{
    const auto d = parseDeny(f);
    if (!d)
        return;
    QString why = describe(d->reason);
    if (!d->text.isEmpty())
        why += QStringLiteral(": ") + d->text;
    failRequest(d->forwardId, QStringLiteral("the friend refused: %1").arg(why), d->reason);
}

void PeerLink::failRequest(quint32 forwardId, const QString& why, DenyReason reason)
{
    const auto it = m_requests.find(forwardId);
    if (it == m_requests.end())
        return;
    const PendingRequest r = it.value();
    m_requests.erase(it);
    Q_EMIT note(m_friend, QStringLiteral("tunnel to %1:%2 failed: %3").arg(r.host).arg(r.port).arg(why));
    if (r.done)
        r.done(false, reason, why);
    if (r.socket) {
        r.socket->setParent(nullptr);
        r.socket->close(); // prompt: the application sees the connection end at once
        r.socket->deleteLater();
    }
}

void PeerLink::tick()
{
    const qint64 now = nowMs();
    if (online() && !m_peer && !m_helloMissing && now - m_onlineSinceMs >= m_settings.helloWaitMs) {
        m_helloMissing = true;
        Q_EMIT peerChanged(m_friend);
    }
    QList<std::pair<quint32, bool>> expired; // forward id, request sent
    for (const PendingRequest& r : std::as_const(m_requests))
        if (now - r.createdMs > (r.sent ? m_settings.requestTimeoutMs : m_settings.offlineWaitMs))
            expired.append({r.forwardId, r.sent});
    for (const auto& [id, sent] : expired)
        failRequest(id,
            sent ? QStringLiteral("no answer within %1 s (the target may be refused, or not allowed by a "
                                  "tuntox server, which refuses silently)")
                       .arg(m_settings.requestTimeoutMs / 1000)
                 : QStringLiteral("the friend did not come online within %1 s").arg(m_settings.offlineWaitMs / 1000),
            sent ? DenyReason::TimedOut : DenyReason::Unreachable);
    if (online() && now - m_lastKeepaliveMs >= m_settings.keepaliveMs) {
        m_lastKeepaliveMs = now;
        if (m_peer && m_peer->caps.testFlag(Capability::KeepaliveRtt)) {
            enqueue(makeKeepalive({static_cast<quint64>(now)}));
        } else {
            QByteArray ts(8, Qt::Uninitialized);
            qToBigEndian<qint64>(now, ts.data());
            enqueue({FrameType::Ping, 0, ts}); // tuntox answers PONG with the same data
        }
    }
}

void PeerLink::streamFinished(TunnelStream* s)
{
    m_closedBytes.up += s->bytes().up;
    m_closedBytes.down += s->bytes().down;
    m_closedExpress += s->expressBytes();
    if (!s->forwardId.isEmpty()) {
        ByteCounters& f = m_closedByForward[s->forwardId];
        f.up += s->bytes().up;
        f.down += s->bytes().down;
    }
    if (m_streams.value(s->connId()) == s)
        m_streams.remove(s->connId());
    m_ready.removeAll(s);
    s->deleteLater();
}

} // namespace warren::tunnel
