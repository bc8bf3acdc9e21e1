#include "tunnelrig.h"

#include "harnessio.h"
#include "tunnelbench.h"

#include "core/toxworker.h"
#include "tunnel/rules/tunnelrules.h"
#include "tunnel/tunnelpolicy.h"

#include <tox/tox.h>

#include <cstdio>

namespace warren::bench {

using namespace warren::tunnel;
using test::loopbackConfig;

EngineActivity activityOf(EngineLog& log)
{
    EngineActivity a;
    std::lock_guard<std::mutex> lock(log.mutex);
    const auto& s = log.samples;
    if (s.size() < 2)
        return a;
    const double span = secondsBetween(s.front().at, s.back().at);
    if (span > 0)
        a.iterationsPerSecond = static_cast<double>(s.back().iterations - s.front().iterations) / span;
    double sum = 0;
    for (const EngineSample& e : s)
        sum += e.intervalMs;
    a.meanIntervalMs = sum / static_cast<double>(s.size());
    for (size_t i = 2; i < s.size(); i += 2) {
        const double dt = secondsBetween(s[i - 2].at, s[i].at);
        if (dt > 0)
            a.iterationsPerEachSecond.push_back(static_cast<double>(s[i].iterations - s[i - 2].iterations) / dt);
    }
    return a;
}

void sampleEngine(Engine& engine, const std::shared_ptr<EngineLog>& log)
{
    engine.post([log](ToxWorker& w) {
        const EngineSample s{Clock::now(), w.iterations(), tox_iteration_interval(w.tox())};
        std::lock_guard<std::mutex> lock(log->mutex);
        log->samples.push_back(s);
    });
}

Rig::~Rig()
{
    // Engines first: a TunnelControl must outlive its engine's run.
    client.stop();
    server.stop();
}

bool Rig::start(const LinkSettings& settings)
{
    const Clock::time_point startAt = Clock::now();
    if (!client.start(loopbackConfig()) || !server.start(loopbackConfig())) {
        std::printf("warren: an engine did not start: %s%s\n", qPrintable(client.error().message),
            qPrintable(server.error().message));
        return false;
    }
    TunnelPolicy serverPolicy;
    serverPolicy.setDefaultRules(*TunnelRules::parse(QStringLiteral("127.0.0.1:*")));
    serverTunnels = std::make_unique<TunnelControl>(server.engine(), serverPolicy, settings);
    clientTunnels = std::make_unique<TunnelControl>(client.engine(), TunnelPolicy{}, settings);
    if (!befriend(client, server, QStringLiteral("bench"), connectTimeoutMs)) {
        std::printf("warren: the engines did not become friends within %d s\n", connectTimeoutMs / 1000);
        return false;
    }
    connectSeconds = secondsSince(startAt);
    udp = client.connectionTo(server.key()) == Connection::Udp && server.connectionTo(client.key()) == Connection::Udp;
    clientProbe = probe(client.engine());
    serverProbe = probe(server.engine());
    ready = true;
    return true;
}

quint16 Rig::forward(quint16 targetPort)
{
    ForwardSpec spec;
    spec.id = QStringLiteral("bench-%1").arg(++forwards);
    spec.friendKey = server.key();
    spec.listenPort = test::unusedPort();
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = targetPort;
    std::optional<bool> ok;
    QString error;
    QObject ctx;
    QObject::connect(
        clientTunnels.get(), &TunnelControl::forwardAdded, &ctx, [&](const QString& id, bool good, const QString& why) {
            if (id != spec.id)
                return;
            ok = good;
            error = why;
        });
    clientTunnels->addForward(spec);
    test::waitUntil([&] { return ok.has_value(); }, 10000);
    if (!ok || !*ok) {
        std::printf("warren: adding a forward failed: %s\n", ok ? qPrintable(error) : "no answer");
        return 0;
    }
    return spec.listenPort;
}

double Rig::coreThreadsCpu() const
{
    if (!clientProbe.ok || !serverProbe.ok)
        return 0;
    return cpuClockSeconds(clientProbe.cpuClock) + cpuClockSeconds(serverProbe.cpuClock);
}

CpuMeter::CpuMeter(const Rig& rig)
    : m_rig(rig)
    , m_process(processCpuSeconds())
    , m_engines(rig.coreThreadsCpu())
    , m_harness(harnessCpuSeconds())
    , m_waitClient(runQueueWaitSeconds(rig.clientProbe.tid))
    , m_waitServer(runQueueWaitSeconds(rig.serverProbe.tid))
{
}

void CpuMeter::stop()
{
    process = processCpuSeconds() - m_process;
    engines = m_rig.coreThreadsCpu() - m_engines;
    harness = harnessCpuSeconds() - m_harness;
    waitClient = runQueueWaitSeconds(m_rig.clientProbe.tid) - m_waitClient;
    waitServer = runQueueWaitSeconds(m_rig.serverProbe.tid) - m_waitServer;
}

} // namespace warren::bench
