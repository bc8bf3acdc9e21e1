// TunnelService's part in remote forwards: it wires RemoteOffers to the
// links and carries out what it reports (kept apart from tunnelservice.cpp).
#include "tunnel/localforward.h"
#include "tunnel/peerlink.h"
#include "tunnel/remoteoffers.h"
#include "tunnel/tunnelservice.h"

namespace warren::tunnel {

void TunnelService::connectOffers()
{
    RemoteOffers::Hooks hooks;
    hooks.support = [this](const PublicKey& k) { return link(k, true)->offerSupport(); };
    hooks.send = [this](const PublicKey& k, const Frame& f) { link(k, true)->sendControl(f); };
    m_offers = new RemoteOffers(std::move(hooks));
    connect(m_offers, &RemoteOffers::changed, this,
        [this] { Q_EMIT offersChanged(m_offers->mine(), m_offers->received()); });
    connect(m_offers, &RemoteOffers::note, this,
        [this](const PublicKey& k, const QString& m) { Q_EMIT note(QStringLiteral("%1: %2").arg(k.shortId(), m)); });
    connect(m_offers, &RemoteOffers::forwardWithdrawn, this,
        [this](const QString& forwardId, const PublicKey& k, const QString& label) {
            removeForward(forwardId); // open streams of it finish on their own
            Q_EMIT remoteForwardWithdrawn(forwardId, k, label);
        });
    connect(
        m_offers, &RemoteOffers::offerArrived, this,
        [this](const ReceivedOffer& r) {
            if (m_autoAccept.contains(r.friendKey) && m_offers->findReceived(r.friendKey, r.id))
                addForward(r.forwardSpec(QStringLiteral("offer-%1-%2").arg(r.friendKey.shortId()).arg(r.id)), nullptr);
        },
        Qt::QueuedConnection); // not from inside the link's receive()
}

bool TunnelService::startForward(LocalForward* f, QString* why)
{
    // An accepted offer listens somewhere even when the suggested port is taken.
    return f->start(why, f->spec().offerId != 0);
}

void TunnelService::restoreOffers(const QList<PortOffer>& offers)
{
    m_offers->restore(offers);
}

bool TunnelService::offerPort(const PortOffer& offer, QString* error)
{
    QString why;
    const bool ok = m_offers->offer(offer, &why);
    if (error)
        *error = why;
    Q_EMIT offerAdded(offer.friendKey, offer.id, ok, why);
    return ok;
}

void TunnelService::withdrawOffer(const PublicKey& friendKey, quint32 id)
{
    m_offers->withdraw(friendKey, id);
}

void TunnelService::declineOffer(const PublicKey& friendKey, quint32 id, const QString& reason)
{
    m_offers->decline(friendKey, id, reason);
}

void TunnelService::removeRemoteForward(const PublicKey& friendKey, quint32 id)
{
    m_offers->removeReceived(friendKey, id);
}

} // namespace warren::tunnel
