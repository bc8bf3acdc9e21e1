#include "tunnel/remoteoffers.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLink)

namespace warren::tunnel {

namespace {
/// The friend sent no HELLO with remote forwards: say why the offer stays.
void markUnsupported(PortOffer& o)
{
    o.state = PortOffer::State::Unsupported;
    o.reason = QStringLiteral("the friend's software does not support remote forwards (tuntox, or an older Warren)");
}

ReceivedOffer makeReceived(const PublicKey& friendKey, quint32 id, const OfferMessage& m)
{
    ReceivedOffer r;
    r.friendKey = friendKey;
    r.id = id;
    r.host = m.host;
    r.port = m.port;
    r.suggestedPort = m.suggestedPort;
    r.label = m.label;
    return r;
}

Expected<Frame, PayloadError> offerFrame(const PortOffer& o)
{
    return makeOffer({o.id, o.port, o.suggestedPort, o.host, o.label});
}
} // namespace

RemoteOffers::RemoteOffers(Hooks hooks, QObject* parent)
    : QObject(parent)
    , m_hooks(std::move(hooks))
{
}

PortOffer* RemoteOffers::findMine(const PublicKey& friendKey, quint32 id)
{
    for (PortOffer& o : m_mine)
        if (o.friendKey == friendKey && o.id == id)
            return &o;
    return nullptr;
}

ReceivedOffer* RemoteOffers::findReceivedMutable(const PublicKey& friendKey, quint32 id)
{
    for (ReceivedOffer& r : m_received)
        if (r.friendKey == friendKey && r.id == id)
            return &r;
    return nullptr;
}

const ReceivedOffer* RemoteOffers::findReceived(const PublicKey& friendKey, quint32 id) const
{
    return const_cast<RemoteOffers*>(this)->findReceivedMutable(friendKey, id);
}

void RemoteOffers::eraseReceived(const PublicKey& friendKey, quint32 id)
{
    m_received.removeIf([&](const ReceivedOffer& x) { return x.friendKey == friendKey && x.id == id; });
}

int RemoteOffers::pendingTo(const PublicKey& friendKey) const
{
    return static_cast<int>(std::count_if(m_mine.cbegin(), m_mine.cend(),
        [&friendKey](const PortOffer& o) { return o.friendKey == friendKey && o.pending(); }));
}

void RemoteOffers::queue(const PublicKey& friendKey, const Frame& f)
{
    if (m_hooks.support(friendKey) == OfferSupport::Yes)
        m_hooks.send(friendKey, f);
    else
        m_outbox[friendKey].append(f);
}

void RemoteOffers::sendOffer(PortOffer& o)
{
    const auto frame = offerFrame(o);
    if (!frame)
        return; // checked when the offer was made or restored
    m_hooks.send(o.friendKey, *frame);
    if (o.state == PortOffer::State::Unsupported)
        o.reason.clear(); // a HELLO with remote forwards came after all
    if (o.state != PortOffer::State::Accepted)
        o.state = PortOffer::State::Offered;
}

// ---- our offers ---------------------------------------------------------

void RemoteOffers::restore(const QList<PortOffer>& offers)
{
    QList<PublicKey> friends;
    for (const PortOffer& o : offers) {
        const auto frame = offerFrame(o);
        if (!frame || findMine(o.friendKey, o.id)) {
            qCWarning(lcLink) << "skipping a saved port offer that is invalid or twice:" << o.id;
            continue;
        }
        m_mine.append(o);
        if (!friends.contains(o.friendKey))
            friends.append(o.friendKey);
    }
    for (const PublicKey& k : friends)
        peerChanged(k); // creates the link, so that the friend hears our HELLO when it comes
    Q_EMIT changed();
}

bool RemoteOffers::offer(PortOffer o, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (o.friendKey.isNull())
        return fail(QStringLiteral("no friend to offer the port to"));
    if (o.id == 0 || findMine(o.friendKey, o.id))
        return fail(QStringLiteral("offer id %1 is zero or taken").arg(o.id));
    const auto frame = offerFrame(o);
    if (!frame)
        return fail(QStringLiteral("the offer is invalid: %1").arg(describe(frame.error())));
    if (pendingTo(o.friendKey) >= maxPendingPerFriend)
        return fail(QStringLiteral("%1 offers to this friend are waiting for an answer already; withdraw one first")
                        .arg(maxPendingPerFriend));
    o.label = parseOffer(frame->view())->label; // as the friend will see it
    o.state = PortOffer::State::Waiting;
    o.boundPort = 0;
    o.reason.clear();
    m_mine.append(o);
    const OfferSupport s = m_hooks.support(o.friendKey);
    if (s == OfferSupport::Yes)
        sendOffer(m_mine.last());
    else if (s == OfferSupport::No)
        markUnsupported(m_mine.last());
    Q_EMIT changed();
    return true;
}

void RemoteOffers::withdraw(const PublicKey& friendKey, quint32 id)
{
    PortOffer* o = findMine(friendKey, id);
    if (!o)
        return;
    if (o->state == PortOffer::State::Offered || o->state == PortOffer::State::Accepted)
        queue(friendKey, makeWithdraw({id, WithdrawnBy::Offerer}));
    m_mine.removeIf([&](const PortOffer& x) { return x.friendKey == friendKey && x.id == id; });
    Q_EMIT changed();
}

bool RemoteOffers::grants(const PublicKey& friendKey, QStringView host, quint16 port) const
{
    return std::any_of(m_mine.cbegin(), m_mine.cend(), [&](const PortOffer& o) {
        return o.state == PortOffer::State::Accepted && o.port == port && o.friendKey == friendKey && o.host == host;
    });
}

// ---- offers made to us --------------------------------------------------

void RemoteOffers::decline(const PublicKey& friendKey, quint32 id, const QString& reason)
{
    const ReceivedOffer* r = findReceived(friendKey, id);
    if (!r || r->accepted)
        return;
    queue(friendKey, makeAnswer({id, false, 0, reason}));
    eraseReceived(friendKey, id);
    Q_EMIT changed();
}

void RemoteOffers::forwardStarted(const ForwardSpec& spec, quint16 boundPort)
{
    ReceivedOffer* r = findReceivedMutable(spec.friendKey, spec.offerId);
    if (!r) { // accepted in an earlier run
        m_received.append(
            makeReceived(spec.friendKey, spec.offerId, {spec.offerId, spec.port, spec.listenPort, spec.host, {}}));
        r = &m_received.last();
    }
    r->accepted = true;
    r->forwardId = spec.id;
    r->boundPort = boundPort;
    // Offline now: peerChanged() answers again when the friend is back.
    if (m_hooks.support(spec.friendKey) == OfferSupport::Yes)
        m_hooks.send(spec.friendKey, makeAnswer({spec.offerId, true, boundPort, {}}));
    Q_EMIT changed();
}

void RemoteOffers::removeReceived(const PublicKey& friendKey, quint32 id)
{
    if (!findReceived(friendKey, id))
        return;
    queue(friendKey, makeWithdraw({id, WithdrawnBy::Receiver}));
    eraseReceived(friendKey, id);
    Q_EMIT changed();
}

// ---- from the links -----------------------------------------------------

void RemoteOffers::peerChanged(const PublicKey& friendKey)
{
    const OfferSupport s = m_hooks.support(friendKey);
    bool any = false;
    if (s == OfferSupport::Yes) {
        for (const Frame& f : m_outbox.take(friendKey))
            m_hooks.send(friendKey, f);
        // Re-announce what stands and re-confirm what we accepted: each side
        // learns what the other forgot or missed while apart.
        for (PortOffer& o : m_mine) {
            if (o.friendKey == friendKey && o.stands()) {
                sendOffer(o);
                any = true;
            }
        }
        for (const ReceivedOffer& r : std::as_const(m_received))
            if (r.friendKey == friendKey && r.accepted)
                m_hooks.send(friendKey, makeAnswer({r.id, true, r.boundPort, {}}));
    } else if (s == OfferSupport::No) {
        for (PortOffer& o : m_mine) {
            if (o.friendKey == friendKey && o.state == PortOffer::State::Waiting) {
                markUnsupported(o);
                any = true;
            }
        }
    }
    if (any)
        Q_EMIT changed();
}

void RemoteOffers::receiveOffer(const PublicKey& friendKey, const OfferMessage& m)
{
    if (ReceivedOffer* r = findReceivedMutable(friendKey, m.offerId)) {
        if (r->accepted) {
            m_hooks.send(friendKey, makeAnswer({m.offerId, true, r->boundPort, {}}));
        } else if (r->host != m.host || r->port != m.port || r->label != m.label
            || r->suggestedPort != m.suggestedPort) {
            *r = makeReceived(friendKey, m.offerId, m);
            Q_EMIT changed();
        }
        return;
    }
    const auto pending = std::count_if(m_received.cbegin(), m_received.cend(),
        [&friendKey](const ReceivedOffer& r) { return r.friendKey == friendKey && !r.accepted; });
    if (pending >= maxPendingPerFriend) {
        Q_EMIT note(friendKey, QStringLiteral("declined an offer of port %1: too many offers waiting").arg(m.port));
        m_hooks.send(friendKey,
            makeAnswer({m.offerId, false, 0,
                QStringLiteral("%1 of your offers are waiting for an answer already").arg(maxPendingPerFriend)}));
        return;
    }
    const ReceivedOffer r = makeReceived(friendKey, m.offerId, m);
    m_received.append(r);
    Q_EMIT note(friendKey, QStringLiteral("offers us %1:%2 (%3)").arg(m.host).arg(m.port).arg(m.label));
    Q_EMIT changed();
    Q_EMIT offerArrived(r);
}

void RemoteOffers::receiveAnswer(const PublicKey& friendKey, const AnswerMessage& m)
{
    PortOffer* o = findMine(friendKey, m.offerId);
    if (!o || !o->stands()) {
        // It accepted an offer that no longer stands (withdrawn while it was away).
        if (m.accepted)
            m_hooks.send(friendKey, makeWithdraw({m.offerId, WithdrawnBy::Offerer}));
        return;
    }
    if (m.accepted) {
        if (o->state != PortOffer::State::Accepted || o->boundPort != m.boundPort)
            Q_EMIT note(
                friendKey, QStringLiteral("accepted our port %1; it listens on port %2").arg(o->port).arg(m.boundPort));
        o->state = PortOffer::State::Accepted;
        o->boundPort = m.boundPort;
        o->reason.clear();
    } else {
        Q_EMIT note(friendKey, QStringLiteral("declined our port %1: %2").arg(o->port).arg(m.reason));
        o->state = PortOffer::State::Declined;
        o->boundPort = 0;
        o->reason = m.reason;
    }
    Q_EMIT changed();
}

void RemoteOffers::receiveWithdraw(const PublicKey& friendKey, const WithdrawMessage& m)
{
    if (m.by == WithdrawnBy::Offerer) {
        const ReceivedOffer* r = findReceived(friendKey, m.offerId);
        if (!r)
            return;
        const ReceivedOffer gone = *r;
        eraseReceived(friendKey, m.offerId);
        Q_EMIT note(friendKey, QStringLiteral("withdrew its offer of %1:%2").arg(gone.host).arg(gone.port));
        if (gone.accepted)
            Q_EMIT forwardWithdrawn(gone.forwardId, friendKey, gone.label);
        Q_EMIT changed();
        return;
    }
    PortOffer* o = findMine(friendKey, m.offerId);
    if (!o || o->state == PortOffer::State::Removed)
        return;
    o->state = PortOffer::State::Removed; // its implicit share ends with it
    o->boundPort = 0;
    Q_EMIT note(friendKey, QStringLiteral("removed its forward to our port %1").arg(o->port));
    Q_EMIT changed();
}

} // namespace warren::tunnel
