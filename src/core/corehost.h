// Lives on the core thread (moved there before the thread starts) and
// creates the ToxWorker and any core-thread extensions there, in start().
// Engine posts commands to it as queued invocations.
#pragma once

#include "core/engineconfig.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace warren {

class ToxWorker;

/// Something that runs on the core thread beside the worker (tunnels).
class CoreExtension {
public:
    virtual ~CoreExtension() = default;
};
class IPacketHub;
using ExtensionFactory = std::function<std::unique_ptr<CoreExtension>(IPacketHub&)>;
/// For extensions inside src/core that need more of the worker (files).
using WorkerExtensionFactory = std::function<std::unique_ptr<CoreExtension>(ToxWorker&)>;

class CoreHost : public QObject {
    Q_OBJECT
public:
    CoreHost() = default;
    ~CoreHost() override;

    ToxWorker* worker() const { return m_worker; }
    /// Creates the worker (on the core thread) and starts it. @p wire is run
    /// first, so the caller can connect the worker's signals before any fire.
    void start(EngineConfig config, const std::function<void(ToxWorker&)>& wire);
    void addExtension(const ExtensionFactory& factory);
    void addWorkerExtension(const WorkerExtensionFactory& factory);
    /// Saves, tears down extensions then the worker. Core thread only.
    void shutdown();

private:
    ToxWorker* m_worker = nullptr;
    std::vector<std::unique_ptr<CoreExtension>> m_extensions;
};

} // namespace warren
