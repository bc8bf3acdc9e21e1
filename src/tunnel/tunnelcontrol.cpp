#include "tunnel/tunnelcontrol.h"

#include "core/engine.h"
#include "core/toxworker.h"
#include "tunnel/tunnelcontrolrelay.h"
#include "tunnel/tunnelservice.h"

namespace warren::tunnel {

namespace {
TunnelService* serviceOf(ToxWorker& w)
{
    return w.findChild<TunnelService*>(QString(), Qt::FindDirectChildrenOnly);
}

QString notRunning()
{
    return QStringLiteral("the tunnel service is not running");
}
} // namespace

void registerTunnelTypes()
{
    static const bool once = [] {
        qRegisterMetaType<ForwardInfo>();
        qRegisterMetaType<PeerInfo>();
        qRegisterMetaType<StreamInfo>();
        qRegisterMetaType<QList<ForwardInfo>>();
        qRegisterMetaType<QList<PeerInfo>>();
        qRegisterMetaType<QList<StreamInfo>>();
        qRegisterMetaType<ForwardSpec>();
        qRegisterMetaType<PortOffer>();
        qRegisterMetaType<ReceivedOffer>();
        qRegisterMetaType<QList<PortOffer>>();
        qRegisterMetaType<QList<ReceivedOffer>>();
        return true;
    }();
    (void)once;
}

TunnelControl::TunnelControl(Engine& engine, const TunnelPolicy& policy, LinkSettings settings, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    registerTunnelTypes();
    auto* relay = new TunnelControlRelay;
    m_relay = std::shared_ptr<TunnelControlRelay>(relay, [](TunnelControlRelay* r) { r->deleteLater(); });
    connect(relay, &TunnelControlRelay::forwardAdded, this, &TunnelControl::forwardAdded);
    connect(relay, &TunnelControlRelay::statistics, this, &TunnelControl::statistics);
    connect(relay, &TunnelControlRelay::streamStatistics, this, &TunnelControl::streamStatistics);
    connect(relay, &TunnelControlRelay::note, this, &TunnelControl::note);
    connect(relay, &TunnelControlRelay::serverRequestResult, this, &TunnelControl::serverRequestResult);
    connect(relay, &TunnelControlRelay::offersChanged, this, &TunnelControl::offersChanged);
    connect(relay, &TunnelControlRelay::offerAdded, this, &TunnelControl::offerAdded);
    connect(relay, &TunnelControlRelay::remoteForwardWithdrawn, this, &TunnelControl::remoteForwardWithdrawn);
    // Runs on the core thread once the engine is up; captures no pointer to this.
    engine.addExtension([keep = m_relay, policy, settings](IPacketHub& hub) {
        auto* s = new TunnelService(hub, policy, settings);
        keep->attach(*s);
        return std::make_unique<TunnelExtension>(s, keep);
    });
}

TunnelControl::~TunnelControl() = default;

void TunnelControl::addForward(const ForwardSpec& spec)
{
    m_engine.post([relay = m_relay, spec](ToxWorker& w) {
        if (TunnelService* s = serviceOf(w))
            s->addForward(spec, nullptr); // answers with forwardAdded()
        else
            Q_EMIT relay->forwardAdded(spec.id, false, notRunning());
    });
}

void TunnelControl::removeForward(const QString& id)
{
    m_engine.post([id](ToxWorker& w) {
        if (TunnelService* s = serviceOf(w))
            s->removeForward(id);
    });
}

void TunnelControl::replaceForward(const ForwardSpec& spec)
{
    removeForward(spec.id);
    addForward(spec); // queued after the removal, on the same thread
}

void TunnelControl::setPolicy(const TunnelPolicy& policy)
{
    m_engine.post([policy](ToxWorker& w) {
        if (TunnelService* s = serviceOf(w))
            s->setPolicy(policy);
    });
}

void TunnelControl::restoreOffers(const QList<PortOffer>& offers)
{
    post([offers](TunnelService& s) { s.restoreOffers(offers); });
}

void TunnelControl::offerPort(const PortOffer& offer)
{
    m_engine.post([relay = m_relay, offer](ToxWorker& w) {
        if (TunnelService* s = serviceOf(w))
            s->offerPort(offer, nullptr); // answers with offerAdded()
        else
            Q_EMIT relay->offerAdded(offer.friendKey, offer.id, false, notRunning());
    });
}

void TunnelControl::withdrawOffer(const PublicKey& friendKey, quint32 id)
{
    post([friendKey, id](TunnelService& s) { s.withdrawOffer(friendKey, id); });
}

void TunnelControl::declineOffer(const PublicKey& friendKey, quint32 id, const QString& reason)
{
    post([friendKey, id, reason](TunnelService& s) { s.declineOffer(friendKey, id, reason); });
}

void TunnelControl::removeRemoteForward(const PublicKey& friendKey, quint32 id)
{
    post([friendKey, id](TunnelService& s) { s.removeRemoteForward(friendKey, id); });
}

void TunnelControl::connectToServer(const ToxAddress& server, const QByteArray& secret)
{
    m_engine.post([relay = m_relay, server, secret](ToxWorker& w) {
        if (TunnelService* s = serviceOf(w))
            s->ensureFriend(server, secret, nullptr); // answers with serverRequestResult()
        else
            Q_EMIT relay->serverRequestResult(server, false, notRunning());
    });
}

void TunnelControl::post(std::function<void(TunnelService&)> f)
{
    m_engine.post([f = std::move(f)](ToxWorker& w) {
        if (TunnelService* s = serviceOf(w))
            f(*s);
    });
}

} // namespace warren::tunnel
