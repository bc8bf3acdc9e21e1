// Warren's side of bench_tunnel: two real engines, each on its own core
// thread with a TunnelControl (the client forwards local ports, the server
// allows 127.0.0.1:*), plus what is measured around them: samples of each
// engine's tox_iterate rate and interval, and process / engine / harness CPU.
#pragma once

#include "benchcpu.h"
#include "benchstats.h"
#include "toxtestnet.h"

#include "tunnel/peerlink.h"
#include "tunnel/tunnelcontrol.h"

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace warren::bench {

/// One tox_iterate count and interval, read on a core thread.
struct EngineSample {
    Clock::time_point at{};
    quint64 iterations = 0;
    quint32 intervalMs = 0;
};

/// Samples of one engine, written on its core thread.
struct EngineLog {
    std::mutex mutex;
    std::vector<EngineSample> samples;
};

struct EngineActivity {
    std::optional<double> iterationsPerSecond;
    std::optional<double> meanIntervalMs;
    std::vector<double> iterationsPerEachSecond; ///< between samples a second apart
};

EngineActivity activityOf(EngineLog& log);
/// Queues one sample of @p engine into @p log.
void sampleEngine(Engine& engine, const std::shared_ptr<EngineLog>& log);

/// Two engines with tunnels. The engines stop before the TunnelControls go
/// (they must outlive the engine's run).
struct Rig {
    test::TestNode client{QStringLiteral("client")};
    test::TestNode server{QStringLiteral("server")};
    std::unique_ptr<tunnel::TunnelControl> clientTunnels;
    std::unique_ptr<tunnel::TunnelControl> serverTunnels;
    WorkerProbe clientProbe;
    WorkerProbe serverProbe;
    bool ready = false;
    bool udp = false;
    double connectSeconds = 0;
    int forwards = 0;

    Rig() = default;
    ~Rig();
    Rig(const Rig&) = delete;
    Rig& operator=(const Rig&) = delete;

    /// Starts both engines with @p settings and befriends them.
    bool start(const tunnel::LinkSettings& settings);
    /// A client forward to 127.0.0.1:@p targetPort at the server; the local port, 0 on failure.
    quint16 forward(quint16 targetPort);
    /// CPU seconds of both core threads so far.
    double coreThreadsCpu() const;
};

/// Process, engine and harness CPU over a stretch of time.
class CpuMeter {
public:
    explicit CpuMeter(const Rig& rig);
    void stop();
    double process = 0;
    double engines = 0;
    double harness = 0;
    double waitClient = 0; ///< the client's core thread, runnable but not running
    double waitServer = 0;

private:
    const Rig& m_rig;
    double m_process;
    double m_engines;
    double m_harness;
    double m_waitClient;
    double m_waitServer;
};

} // namespace warren::bench
