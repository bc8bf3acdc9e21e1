#include "tunnel/tunnelservice.h"

#include "tunnel/localforward.h"
#include "tunnel/protocol/express.h"
#include "tunnel/protocol/frame.h"
#include "tunnel/remoteoffers.h"
#include "tunnel/streamsocket.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLink)

namespace warren::tunnel {

namespace {
constexpr quint8 tuntoxPacketId = 0xA2; // first byte of the magic 0xA26B

/// Identifies one stream across statistics (ids are reused after a close).
QString streamKey(const StreamInfo& s)
{
    return QStringLiteral("%1/%2/%3/%4").arg(s.friendKey.toHex()).arg(s.connId).arg(s.incoming).arg(s.openedAtMs);
}

/// Bytes per second from @p before to @p now over @p secs.
void setRates(const ByteCounters& before, const ByteCounters& now, double secs, double* up, double* down)
{
    *up = static_cast<double>(std::max<qint64>(0, now.up - before.up)) / secs;
    *down = static_cast<double>(std::max<qint64>(0, now.down - before.down)) / secs;
}
} // namespace

TunnelService::TunnelService(IPacketHub& hub, TunnelPolicy policy, LinkSettings settings)
    : QObject(hub.extensionParent())
    , m_hub(hub)
    , m_policy(std::move(policy))
    , m_settings(settings)
    , m_offers(nullptr)
{
    connectOffers();
    m_hub.registerPacketHandler(tuntoxPacketId, this);
    m_hub.registerPacketHandler(expressPacketId, this);
    m_statsTimer.setInterval(1000);
    connect(&m_statsTimer, &QTimer::timeout, this, &TunnelService::publishStatistics);
    m_statsTimer.start();
    m_sinceStats.start();
}

TunnelService::~TunnelService()
{
    m_hub.unregisterPacketHandler(this);
    qDeleteAll(m_forwards);
    delete m_offers; // before the links it asks about
    qDeleteAll(m_links);
}

PeerLink* TunnelService::link(const PublicKey& friendKey, bool create)
{
    if (PeerLink* l = m_links.value(friendKey))
        return l;
    if (!create)
        return nullptr;
    // Shared ports, and the ports we offered and the friend accepted.
    const auto admission = [this](const PublicKey& k, QStringView host, quint16 port) {
        return m_policy.allows(k, host, port) || m_offers->grants(k, host, port);
    };
    auto* l = new PeerLink(m_hub, friendKey, admission, m_settings);
    connect(l, &PeerLink::note, this, [this](const PublicKey& k, const QString& m) {
        const QString line = QStringLiteral("%1: %2").arg(k.shortId(), m);
        qCInfo(lcLink).noquote() << line;
        Q_EMIT note(line);
    });
    connect(l, &PeerLink::peerChanged, m_offers, &RemoteOffers::peerChanged);
    connect(l, &PeerLink::offerReceived, m_offers, &RemoteOffers::receiveOffer);
    connect(l, &PeerLink::answerReceived, m_offers, &RemoteOffers::receiveAnswer);
    connect(l, &PeerLink::withdrawReceived, m_offers, &RemoteOffers::receiveWithdraw);
    m_links.insert(friendKey, l);
    l->setConnection(m_hub.friendConnection(friendKey));
    return l;
}

void TunnelService::losslessPacket(const PublicKey& friendKey, QByteArrayView packet)
{
    const auto frame = decode(packet);
    if (!frame) {
        qCDebug(lcLink) << "dropped packet from" << friendKey.shortId() << describe(frame.error());
        return;
    }
    if (frame->type == FrameType::Pong && m_pinger.pong(friendKey, frame->data))
        return;
    link(friendKey, true)->receive(*frame);
}

void TunnelService::lossyPacket(const PublicKey& friendKey, QByteArrayView packet)
{
    if (const auto e = parseExpress(packet))
        if (PeerLink* l = link(friendKey, false))
            l->receiveExpress(*e);
}

void TunnelService::friendConnectionChanged(const PublicKey& friendKey, Connection c)
{
    if (PeerLink* l = link(friendKey, false))
        l->setConnection(c);
}

void TunnelService::sendQueueMayHaveSpace()
{
    for (PeerLink* l : std::as_const(m_links))
        l->pump();
}

bool TunnelService::friendRequest(const PublicKey& from, QByteArrayView message)
{
    if (!m_policy.handlesRequests() || !m_policy.acceptsRequest(from, message))
        return false; // not for us: the messenger shows it (or, headless, it is ignored)
    if (m_hub.addFriendNoRequest(from)) {
        const QString line = QStringLiteral("accepted %1 as a tunnel client").arg(from.toHex());
        qCInfo(lcLink).noquote() << line;
        Q_EMIT note(line);
    }
    return true;
}

bool TunnelService::addForward(const ForwardSpec& spec, QString* error)
{
    QString why;
    if (spec.id.isEmpty() || m_forwards.contains(spec.id)) {
        why = QStringLiteral("a forward needs a unique id (\"%1\" is taken or empty)").arg(spec.id);
        if (error)
            *error = why;
        Q_EMIT forwardAdded(spec.id, false, why);
        return false;
    }
    // The result of each connection's request: the last failure stays
    // visible (statistics) until a request of the forward succeeds.
    auto* f = new LocalForward(spec, [this](const ForwardSpec& s, StreamSocket* sock) {
        openTunnel(s.friendKey, sock, s.host, s.port, s.id, [this, id = s.id](bool ok, DenyReason, const QString& w) {
            if (!m_forwards.contains(id))
                return;
            if (ok)
                m_forwardErrors.remove(id);
            else
                m_forwardErrors.insert(id, w);
        });
    });
    if (!startForward(f, &why)) {
        delete f;
        if (error)
            *error = why;
        Q_EMIT forwardAdded(spec.id, false, why);
        return false;
    }
    m_forwards.insert(spec.id, f);
    m_forwardErrors.remove(spec.id);
    qCInfo(lcLink).noquote() << QStringLiteral("forwarding %1 to %2:%3 at %4")
                                    .arg(f->listenText(), spec.host)
                                    .arg(spec.port)
                                    .arg(spec.friendKey.shortId());
    if (spec.exposesBeyondLoopback())
        qCWarning(lcLink).noquote() << QStringLiteral("forward %1 listens on %2: anyone who can reach this address "
                                                      "can use the tunnel")
                                           .arg(spec.id, f->listenText());
    Q_EMIT forwardAdded(spec.id, true, QString());
    if (spec.offerId != 0)
        m_offers->forwardStarted(spec, f->serverPort()); // answers the friend: accepted
    publishStatistics();
    return true;
}

void TunnelService::removeForward(const QString& id)
{
    delete m_forwards.take(id); // open streams of it keep running until they close
    m_lastForwardBytes.remove(id);
    m_forwardErrors.remove(id);
    publishStatistics();
}

void TunnelService::openTunnel(const PublicKey& friendKey, StreamSocket* local, const QString& host, quint16 port,
    const QString& forwardId, TunnelResult done)
{
    link(friendKey, true)->openTunnel(local, host, port, forwardId, std::move(done));
}

void TunnelService::ping(const PublicKey& friendKey, Pinger::Done onPong)
{
    link(friendKey, true)->sendControl(m_pinger.ping(friendKey, std::move(onPong)));
}

bool TunnelService::ensureFriend(const ToxAddress& server, const QByteArray& secret, QString* error)
{
    QString why;
    const bool ok = m_hub.isFriend(server.publicKey())
        || m_hub.addFriendWithRequest(server, TunnelPolicy::requestMessage(secret), &why);
    if (error)
        *error = why;
    Q_EMIT serverRequestResult(server, ok, ok ? QString() : why);
    return ok;
}

QList<ForwardInfo> TunnelService::forwards() const
{
    QList<ForwardInfo> out;
    for (const LocalForward* f : m_forwards) {
        ForwardInfo i;
        i.id = f->spec().id;
        i.friendKey = f->spec().friendKey;
        i.listen = f->listenText();
        i.target = QStringLiteral("%1:%2").arg(f->spec().host).arg(f->spec().port);
        i.state = f->isListening() ? ForwardInfo::State::Listening : ForwardInfo::State::Stopped;
        i.error = m_forwardErrors.value(i.id);
        if (const PeerLink* l = m_links.value(i.friendKey))
            l->addForwardStats(i.id, &i.openStreams, &i.bytes);
        out.append(i);
    }
    return out;
}

QList<PeerInfo> TunnelService::peers() const
{
    QList<PeerInfo> out;
    for (const PeerLink* l : m_links)
        out.append(l->info());
    return out;
}

QList<StreamInfo> TunnelService::streams() const
{
    QList<StreamInfo> out;
    for (const PeerLink* l : m_links)
        out.append(l->streams());
    return out;
}

void TunnelService::publishStatistics()
{
    const double secs = std::max<qint64>(1, m_sinceStats.restart()) / 1000.0;
    QList<ForwardInfo> fs = forwards();
    for (ForwardInfo& f : fs) {
        setRates(m_lastForwardBytes.value(f.id, f.bytes), f.bytes, secs, &f.rateUp, &f.rateDown);
        m_lastForwardBytes.insert(f.id, f.bytes);
    }
    QList<StreamInfo> ss = streams();
    QHash<QString, ByteCounters> seen;
    for (StreamInfo& s : ss) {
        const QString key = streamKey(s);
        setRates(m_lastStreamBytes.value(key), s.bytes, secs, &s.rateUp, &s.rateDown);
        seen.insert(key, s.bytes);
    }
    m_lastStreamBytes = std::move(seen); // forgets closed streams
    Q_EMIT statistics(fs, peers());
    Q_EMIT streamStatistics(ss);
}

} // namespace warren::tunnel
