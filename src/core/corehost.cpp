#include "core/corehost.h"

#include "core/toxworker.h"

#include <QThread>

namespace warren {

CoreHost::~CoreHost()
{
    shutdown();
}

void CoreHost::start(EngineConfig config, const std::function<void(ToxWorker&)>& wire)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_worker = new ToxWorker(this);
    if (wire)
        wire(*m_worker);
    m_worker->start(std::move(config));
}

void CoreHost::addExtension(const ExtensionFactory& factory)
{
    if (m_worker && m_worker->running())
        m_extensions.push_back(factory(*m_worker));
}

void CoreHost::addWorkerExtension(const WorkerExtensionFactory& factory)
{
    if (m_worker && m_worker->running())
        m_extensions.push_back(factory(*m_worker));
}

void CoreHost::shutdown()
{
    m_extensions.clear();
    delete m_worker; // saves pending changes, stops the socket notifier
    m_worker = nullptr;
}

} // namespace warren
