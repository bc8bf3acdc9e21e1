#include "core/engine.h"

#include "core/toxworker.h"

namespace warren {

Engine::Engine(QObject* parent)
    : QObject(parent)
{
    registerCoreTypes();
    m_thread.setObjectName(QStringLiteral("warren-core"));
}

Engine::~Engine()
{
    stop();
}

void Engine::start(EngineConfig config)
{
    if (m_host)
        return;
    m_host = new CoreHost;
    m_host->moveToThread(&m_thread);
    m_thread.start();
    // Runs on the core thread: the worker is created there.
    QMetaObject::invokeMethod(
        m_host,
        [this, host = m_host, cfg = std::move(config)]() mutable {
            host->start(std::move(cfg), [this](ToxWorker& w) { wire(w); });
        },
        Qt::QueuedConnection);
}

void Engine::stop()
{
    if (!m_host)
        return;
    QMetaObject::invokeMethod(
        m_host,
        [host = m_host] {
            host->shutdown();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_host; // its thread has finished
    m_host = nullptr;
}

void Engine::wire(ToxWorker& w)
{
    // Emitted on the core thread, received here: Qt queues them.
    connect(&w, &ToxWorker::started, this, &Engine::started);
    connect(&w, &ToxWorker::failed, this, &Engine::failed);
    connect(&w, &ToxWorker::selfChanged, this, &Engine::selfChanged);
    connect(&w, &ToxWorker::selfConnectionChanged, this, &Engine::selfConnectionChanged);
    connect(&w, &ToxWorker::friendsLoaded, this, &Engine::friendsLoaded);
    connect(&w, &ToxWorker::friendAdded, this, &Engine::friendAdded);
    connect(&w, &ToxWorker::friendRemoved, this, &Engine::friendRemoved);
    connect(&w, &ToxWorker::friendRequestSent, this, &Engine::friendRequestSent);
    connect(&w, &ToxWorker::friendRequestReceived, this, &Engine::friendRequestReceived);
    connect(&w, &ToxWorker::friendConnectionChanged, this, &Engine::friendConnectionChanged);
    connect(&w, &ToxWorker::friendStatusChanged, this, &Engine::friendStatusChanged);
    connect(&w, &ToxWorker::friendNameChanged, this, &Engine::friendNameChanged);
    connect(&w, &ToxWorker::friendStatusMessageChanged, this, &Engine::friendStatusMessageChanged);
    connect(&w, &ToxWorker::friendTyping, this, &Engine::friendTyping);
    connect(&w, &ToxWorker::messageReceived, this, &Engine::messageReceived);
    connect(&w, &ToxWorker::messageSent, this, &Engine::messageSent);
    connect(&w, &ToxWorker::messageFailed, this, &Engine::messageFailed);
    connect(&w, &ToxWorker::messageDelivered, this, &Engine::messageDelivered);
    connect(&w, &ToxWorker::saveFailed, this, &Engine::saveFailed);
}

void Engine::post(std::function<void(ToxWorker&)> f)
{
    if (!m_host)
        return;
    QMetaObject::invokeMethod(
        m_host,
        [host = m_host, f = std::move(f)] {
            if (ToxWorker* w = host->worker(); w && w->running())
                f(*w);
        },
        Qt::QueuedConnection);
}

void Engine::addExtension(ExtensionFactory factory)
{
    if (!m_host)
        return;
    QMetaObject::invokeMethod(
        m_host, [host = m_host, factory = std::move(factory)] { host->addExtension(factory); }, Qt::QueuedConnection);
}

void Engine::addWorkerExtension(WorkerExtensionFactory factory)
{
    if (!m_host)
        return;
    QMetaObject::invokeMethod(
        m_host, [host = m_host, factory = std::move(factory)] { host->addWorkerExtension(factory); },
        Qt::QueuedConnection);
}

void Engine::bootstrap(const QList<BootstrapNode>& nodes)
{
    post([nodes](ToxWorker& w) { w.addBootstrapNodes(nodes); });
}

void Engine::sendFriendRequest(const ToxAddress& to, const QString& message)
{
    post([to, message](ToxWorker& w) { w.sendFriendRequest(to, message); });
}

void Engine::acceptFriendRequest(const PublicKey& from)
{
    post([from](ToxWorker& w) { w.acceptFriendRequest(from); });
}

void Engine::removeFriend(const PublicKey& key)
{
    post([key](ToxWorker& w) { w.removeFriend(key); });
}

void Engine::sendMessage(const PublicKey& to, const QString& text, bool action, quint64 cookie)
{
    post([to, text, action, cookie](ToxWorker& w) { w.sendMessage(to, text, action, cookie); });
}

void Engine::setTyping(const PublicKey& to, bool typing)
{
    post([to, typing](ToxWorker& w) { w.setTyping(to, typing); });
}

void Engine::setName(const QString& name)
{
    post([name](ToxWorker& w) { w.setName(name); });
}

void Engine::setStatusMessage(const QString& message)
{
    post([message](ToxWorker& w) { w.setStatusMessage(message); });
}

void Engine::setStatus(UserStatus status)
{
    post([status](ToxWorker& w) { w.setStatus(status); });
}

void Engine::setNospam(quint32 nospam)
{
    post([nospam](ToxWorker& w) { w.setNospam(nospam); });
}

void Engine::saveNow()
{
    post([](ToxWorker& w) { w.saveNow(); });
}

} // namespace warren
