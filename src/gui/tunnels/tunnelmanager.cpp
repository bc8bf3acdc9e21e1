#include "gui/tunnels/tunnelmanager.h"

#include <QRandomGenerator>

namespace warren {

using namespace tunnel;

TunnelManager::TunnelManager(TunnelControl& control, TunnelSettings settings, Saver saver, QObject* parent)
    : QObject(parent)
    , m_control(control)
    , m_settings(std::move(settings))
    , m_saver(std::move(saver))
{
    connect(&m_control, &TunnelControl::forwardAdded, this, &TunnelManager::onForwardAdded);
    connect(&m_control, &TunnelControl::statistics, this, &TunnelManager::onStatistics);
    connect(&m_control, &TunnelControl::streamStatistics, this, [this](const QList<StreamInfo>& s) {
        m_streams = s;
        Q_EMIT streamsChanged();
    });
    connect(&m_control, &TunnelControl::offersChanged, this, &TunnelManager::onOffers);
    connect(
        &m_control, &TunnelControl::offerAdded, this, [this](const PublicKey&, quint32, bool ok, const QString& error) {
            if (!ok)
                Q_EMIT problem(tr("The port could not be offered: %1").arg(error));
        });
    connect(&m_control, &TunnelControl::remoteForwardWithdrawn, this,
        [this](const QString& id, const PublicKey& friendKey, const QString& label) {
            if (forgetForward(id)) // the service has stopped it already
                Q_EMIT offerWithdrawn(friendKey, label);
        });
}

void TunnelManager::start()
{
    applyPolicy();
    m_control.restoreOffers(m_settings.offers); // before the forwards that accept offers
    for (const SavedForward& f : std::as_const(m_settings.forwards))
        if (f.enabled)
            startForward(f);
}

QString TunnelManager::addForward(SavedForward f)
{
    if (f.spec.id.isEmpty() || m_settings.forward(f.spec.id))
        f.spec.id = m_settings.newForwardId();
    m_settings.forwards.append(f);
    save();
    Q_EMIT forwardsChanged();
    if (f.enabled)
        startForward(f);
    return f.spec.id;
}

void TunnelManager::updateForward(const SavedForward& f)
{
    SavedForward* old = m_settings.forward(f.spec.id);
    if (!old)
        return;
    *old = f;
    save();
    m_control.removeForward(f.spec.id);
    m_info.remove(f.spec.id);
    m_startErrors.remove(f.spec.id);
    Q_EMIT forwardsChanged();
    if (f.enabled)
        startForward(f);
}

void TunnelManager::removeForward(const QString& id)
{
    if (const SavedForward* f = m_settings.forward(id); f && f->spec.offerId != 0)
        m_control.removeRemoteForward(f->spec.friendKey, f->spec.offerId); // tells the friend
    if (forgetForward(id))
        m_control.removeForward(id);
}

bool TunnelManager::forgetForward(const QString& id)
{
    if (m_settings.forwards.removeIf([&id](const SavedForward& f) { return f.spec.id == id; }) == 0)
        return false;
    save();
    m_info.remove(id);
    m_startErrors.remove(id);
    Q_EMIT forwardsChanged();
    return true;
}

void TunnelManager::setForwardEnabled(const QString& id, bool enabled)
{
    SavedForward* f = m_settings.forward(id);
    if (!f || f->enabled == enabled)
        return;
    f->enabled = enabled;
    save();
    if (enabled) {
        startForward(*f);
    } else {
        m_control.removeForward(id);
        m_info.remove(id);
        m_startErrors.remove(id);
    }
    Q_EMIT statisticsChanged();
}

void TunnelManager::addShare(const SharedPort& s)
{
    m_settings.shares.append(s);
    save();
    applyPolicy();
    Q_EMIT sharesChanged();
}

void TunnelManager::updateShare(int index, const SharedPort& s)
{
    if (index < 0 || index >= m_settings.shares.size())
        return;
    m_settings.shares[index] = s;
    save();
    applyPolicy();
    Q_EMIT sharesChanged();
}

void TunnelManager::removeShare(int index)
{
    if (index < 0 || index >= m_settings.shares.size())
        return;
    m_settings.shares.removeAt(index);
    save();
    applyPolicy();
    Q_EMIT sharesChanged();
}

bool TunnelManager::forwardInfo(const QString& id, ForwardInfo* info) const
{
    const auto it = m_info.constFind(id);
    if (it == m_info.cend())
        return false;
    *info = it.value();
    return true;
}

double TunnelManager::roundTripMs(const PublicKey& friendKey) const
{
    const auto it = m_peers.constFind(friendKey);
    return it == m_peers.cend() ? -1 : it->rttMs;
}

void TunnelManager::offerPort(
    const PublicKey& friendKey, const QString& host, quint16 port, quint16 suggestedPort, const QString& label)
{
    PortOffer o;
    o.id = QRandomGenerator::global()->bounded(1u, 0xFFFFFFFFu);
    o.friendKey = friendKey;
    o.host = host;
    o.port = port;
    o.suggestedPort = suggestedPort;
    o.label = label;
    m_control.offerPort(o); // offersChanged() brings it back into the settings
}

void TunnelManager::withdrawOffer(const PublicKey& friendKey, quint32 id)
{
    m_control.withdrawOffer(friendKey, id);
}

QString TunnelManager::acceptOffer(const PublicKey& friendKey, quint32 id)
{
    for (const ReceivedOffer& r : std::as_const(m_received)) {
        if (r.friendKey != friendKey || r.id != id || r.accepted)
            continue;
        SavedForward f;
        f.spec = r.forwardSpec(m_settings.newForwardId());
        f.offerLabel = r.label;
        return addForward(f);
    }
    return {};
}

void TunnelManager::declineOffer(const PublicKey& friendKey, quint32 id)
{
    m_control.declineOffer(friendKey, id);
}

void TunnelManager::onOffers(const QList<PortOffer>& mine, const QList<ReceivedOffer>& received)
{
    bool dirty = mine != m_settings.offers;
    m_settings.offers = mine;
    // An accepted offer listens where the service could bind it: keep that port.
    for (const ReceivedOffer& r : received) {
        SavedForward* f = r.accepted ? m_settings.forward(r.forwardId) : nullptr;
        if (f && f->spec.listenPort != r.boundPort) {
            f->spec.listenPort = r.boundPort;
            dirty = true;
        }
    }
    if (dirty)
        save();
    QList<ReceivedOffer> arrived;
    for (const ReceivedOffer& r : received) {
        const bool known = std::any_of(m_received.cbegin(), m_received.cend(),
            [&r](const ReceivedOffer& o) { return o.friendKey == r.friendKey && o.id == r.id; });
        if (!known && !r.accepted)
            arrived.append(r);
    }
    m_received = received;
    Q_EMIT offersChanged();
    for (const ReceivedOffer& r : arrived)
        Q_EMIT offerArrived(r);
}

void TunnelManager::startForward(const SavedForward& f)
{
    m_startErrors.remove(f.spec.id);
    ++m_starting[f.spec.id];
    m_control.replaceForward(f.spec); // also clears a listener of an earlier run
}

void TunnelManager::save()
{
    QString error;
    if (m_saver && !m_saver(m_settings, &error))
        Q_EMIT problem(tr("Your tunnel settings could not be saved: %1").arg(error));
}

void TunnelManager::applyPolicy()
{
    m_control.setPolicy(m_settings.policy());
}

void TunnelManager::onForwardAdded(const QString& id, bool ok, const QString& error)
{
    if (auto it = m_starting.find(id); it != m_starting.end() && --it.value() <= 0)
        m_starting.erase(it);
    const SavedForward* f = m_settings.forward(id);
    if (!f || !f->enabled)
        return;
    if (ok)
        m_startErrors.remove(id);
    else
        m_startErrors.insert(id, error);
    Q_EMIT statisticsChanged();
}

void TunnelManager::onStatistics(const QList<ForwardInfo>& forwards, const QList<PeerInfo>& peers)
{
    m_info.clear();
    for (const ForwardInfo& i : forwards)
        m_info.insert(i.id, i);
    m_peers.clear();
    for (const PeerInfo& p : peers)
        m_peers.insert(p.friendKey, p);
    Q_EMIT statisticsChanged();
}

} // namespace warren
