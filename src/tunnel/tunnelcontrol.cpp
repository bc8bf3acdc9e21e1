#include "tunnel/tunnelcontrol.h"

#include "core/engine.h"
#include "core/toxworker.h"
#include "tunnel/tunnelservice.h"

namespace warren::tunnel {

namespace {
TunnelService* serviceOf(ToxWorker& w)
{
    return w.findChild<TunnelService*>(QString(), Qt::FindDirectChildrenOnly);
}
} // namespace

void registerTunnelTypes()
{
    static const bool once = [] {
        qRegisterMetaType<ForwardInfo>();
        qRegisterMetaType<PeerInfo>();
        qRegisterMetaType<QList<ForwardInfo>>();
        qRegisterMetaType<QList<PeerInfo>>();
        qRegisterMetaType<ForwardSpec>();
        return true;
    }();
    (void)once;
}

TunnelControl::TunnelControl(Engine& engine, const TunnelPolicy& policy, LinkSettings settings, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    registerTunnelTypes();
    // Runs on the core thread once the engine is up.
    engine.addExtension([this, policy, settings](IPacketHub& hub) {
        auto* s = new TunnelService(hub, policy, settings);
        connect(s, &TunnelService::statistics, this, &TunnelControl::statistics);
        connect(s, &TunnelService::note, this, &TunnelControl::note);
        return std::make_unique<TunnelExtension>(s);
    });
}

void TunnelControl::addForward(const ForwardSpec& spec)
{
    m_engine.post([this, spec](ToxWorker& w) {
        TunnelService* s = serviceOf(w);
        QString error = QStringLiteral("the tunnel service is not running");
        const bool ok = s && s->addForward(spec, &error);
        QMetaObject::invokeMethod(
            this, [this, id = spec.id, ok, error] { Q_EMIT forwardAdded(id, ok, ok ? QString() : error); },
            Qt::QueuedConnection);
    });
}

void TunnelControl::removeForward(const QString& id)
{
    m_engine.post([id](ToxWorker& w) {
        if (TunnelService* s = serviceOf(w))
            s->removeForward(id);
    });
}

void TunnelControl::setPolicy(const TunnelPolicy& policy)
{
    m_engine.post([policy](ToxWorker& w) {
        if (TunnelService* s = serviceOf(w))
            s->setPolicy(policy);
    });
}

void TunnelControl::connectToServer(const ToxAddress& server, const QByteArray& secret)
{
    m_engine.post([this, server, secret](ToxWorker& w) {
        TunnelService* s = serviceOf(w);
        QString error = QStringLiteral("the tunnel service is not running");
        const bool ok = s && s->ensureFriend(server, secret, &error);
        QMetaObject::invokeMethod(
            this, [this, server, ok, error] { Q_EMIT serverRequestResult(server, ok, ok ? QString() : error); },
            Qt::QueuedConnection);
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
