#include "tunnelecho.h"

#include "harnessio.h"
#include "toxtestnet.h"
#include "tunnelbench.h"

#include <unistd.h>

#include <cstdio>
#include <future>
#include <thread>

namespace warren::bench {

using test::TestServer;

/// Round trips through a tunnel to an echo server, then the cost of that
/// tunnel while it stays open and idle.
EchoFigures warrenEchoAndIdle(Rig& rig)
{
    EchoFigures f;
    TestServer echo = TestServer::echo();
    const quint16 local = rig.forward(echo.port());
    if (!local)
        return f;
    // EXPRESS bytes from the statistics each side publishes every second.
    qint64 expressClient = 0;
    qint64 expressServer = 0;
    const auto watch = [](tunnel::TunnelControl& t, qint64* out) {
        return QObject::connect(&t, &tunnel::TunnelControl::statistics,
            [out](const QList<tunnel::ForwardInfo>&, const QList<tunnel::PeerInfo>& peers) {
                qint64 sum = 0;
                for (const tunnel::PeerInfo& p : peers)
                    sum += p.expressBytes;
                *out = sum;
            });
    };
    const QMetaObject::Connection watchClient = watch(*rig.clientTunnels, &expressClient);
    const QMetaObject::Connection watchServer = watch(*rig.serverTunnels, &expressServer);
    std::atomic<bool> tripsDone{false};
    std::vector<double> samples;
    std::vector<double> pacedSamples;
    UdpCounters udpBefore;
    UdpCounters udpAfter;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::thread client([&, local, released] {
        const int fd = connectTcp(local);
        if (fd >= 0) {
            echoRoundTrips(fd, echoWarmup);
            udpBefore = UdpCounters::now();
            samples = echoRoundTrips(fd, echoTrips);
            udpAfter = UdpCounters::now();
            std::this_thread::sleep_for(std::chrono::seconds(1));
            echoRoundTrips(fd, pacedWarmup, pacedPeriodMs);
            pacedSamples = echoRoundTrips(fd, pacedTrips, pacedPeriodMs);
        }
        tripsDone.store(true, std::memory_order_release);
        released.wait(); // the tunnel stays open while the main thread measures it idle
        if (fd >= 0)
            ::close(fd);
    });
    test::waitUntil([&] { return tripsDone.load(std::memory_order_acquire); },
        (echoTrips + pacedTrips) * tripTimeoutMs + connectTimeoutMs);
    f.trips = summarize(samples);
    f.paced = summarize(pacedSamples);
    f.udp = udpAfter - udpBefore;
    printStats("warren tunnel echo, 64 B", f.trips, echoTrips);
    printStats("    the same, one trip every 20 ms", f.paced, pacedTrips);
    std::printf("    UDP during the %d back-to-back trips: %lld datagrams out, %lld receive-buffer drops\n", echoTrips,
        static_cast<long long>(f.udp.out), static_cast<long long>(f.udp.drops));
    std::fflush(stdout);

    idleFor(1000);
    f.expressClient = expressClient;
    f.expressServer = expressServer;
    QObject::disconnect(watchClient);
    QObject::disconnect(watchServer);
    std::printf("    EXPRESS copies delivered first: %lld bytes at the client, %lld at the server (of %lld each way)\n",
        static_cast<long long>(f.expressClient), static_cast<long long>(f.expressServer),
        static_cast<long long>(echoSize) * (echoWarmup + echoTrips + pacedWarmup + pacedTrips));
    const WorkerProbe c1 = probe(rig.client.engine());
    const WorkerProbe s1 = probe(rig.server.engine());
    const double cpu1 = processCpuSeconds();
    const double tc1 = rig.clientProbe.ok ? cpuClockSeconds(rig.clientProbe.cpuClock) : 0;
    const double ts1 = rig.serverProbe.ok ? cpuClockSeconds(rig.serverProbe.cpuClock) : 0;
    const Clock::time_point idleAt = Clock::now();
    idleFor(idleMs);
    const double cpu2 = processCpuSeconds();
    const double tc2 = rig.clientProbe.ok ? cpuClockSeconds(rig.clientProbe.cpuClock) : 0;
    const double ts2 = rig.serverProbe.ok ? cpuClockSeconds(rig.serverProbe.cpuClock) : 0;
    const double wall = secondsSince(idleAt);
    const WorkerProbe c2 = probe(rig.client.engine());
    const WorkerProbe s2 = probe(rig.server.engine());
    f.idleProcessPercent = 100.0 * (cpu2 - cpu1) / wall;
    if (rig.clientProbe.ok && rig.serverProbe.ok) {
        f.idleCoreThreadPercentClient = 100.0 * (tc2 - tc1) / wall;
        f.idleCoreThreadPercentServer = 100.0 * (ts2 - ts1) / wall;
    }
    if (c1.ok && c2.ok && s1.ok && s2.ok)
        f.idleIterationsPerSecond
            = static_cast<double>((c2.iterations - c1.iterations) + (s2.iterations - s1.iterations)) / 2.0 / wall;
    f.stillOnline = rig.client.connectionTo(rig.server.key()) != Connection::None
        && rig.server.connectionTo(rig.client.key()) != Connection::None;
    release.set_value();
    client.join();

    std::printf("warren, one open idle tunnel for %.1f s%s: process %s %% of a core (both engines), so %s %% per "
                "engine;\n    core threads alone: client %s %%, server %s %%; %s tox_iterate/s per engine\n",
        wall, f.stillOnline ? "" : " (FRIEND WENT OFFLINE)", fmt(f.idleProcessPercent, 3).c_str(),
        fmt(f.idleProcessPercent ? std::optional<double>(*f.idleProcessPercent / 2) : std::nullopt, 3).c_str(),
        fmt(f.idleCoreThreadPercentClient, 3).c_str(), fmt(f.idleCoreThreadPercentServer, 3).c_str(),
        fmt(f.idleIterationsPerSecond, 1).c_str());
    std::fflush(stdout);
    return f;
}

} // namespace warren::bench
