// Tunnel throughput, latency and cost: two real engines, each on its own core
// thread with a TunnelControl, forwarding a local port on loopback; against
// bare c-toxcore lossless packets and direct loopback TCP measured in the same
// run. Starts Tox: run it only through scripts/isolated.
//
// Every tunnel transfer and the bare reference move the same number of Tox
// packets: 100 MB of tunnel data is ceil(10^8 / 1365) full frames, and the
// reference sends that many 1373-byte packets, so toxcore's ramp-up weighs on
// both alike. Each transfer starts on a connection that has been idle for a
// few seconds and is checked with SHA-256. CPU figures are process CPU time
// (getrusage): the process holds both engines (client and server side) and
// the benchmark's own socket threads (reading, hashing, writing), which are
// also shown apart, as are the engines' core threads.
//
// The last line printed is one JSON object with every figure; the lines
// before it are the same figures for people.
//
// The pieces live in bench/tunnel/ (settings in tunnelbench.h); what other
// benchmarks share (statistics, JSON, CPU accounting, bare toxcore) in
// bench/support/.
//
// Options, for investigation (the defaults are the benchmark):
//   --window=BYTES   LinkSettings::receiveWindow on both engines (1 MiB)
//   --mb=N           transfer size in MB (100)

#include "barelossless.h"
#include "benchstats.h"
#include "harnessio.h"
#include "isolation.h"
#include "tcpreference.h"
#include "tunnelbench.h"
#include "tunnelecho.h"
#include "tunnelrig.h"
#include "tunneltransfers.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <optional>
#include <string>
#include <thread>

namespace {

using namespace warren;
using namespace warren::bench;
using namespace warren::tunnel;

void addTransfer(JsonLine& j, const std::string& prefix, const TransferFigures& f, std::optional<double> bare)
{
    const auto key = [&prefix](const char* k) { return prefix + k; };
    // JsonLine keeps its own copies.
    j.number(key("_mbps").c_str(), f.mbps());
    j.boolean(key("_verified").c_str(), f.complete);
    j.integer(key("_bytes").c_str(), f.bytes);
    j.number(key("_seconds").c_str(), f.ran ? std::optional<double>(f.seconds) : std::nullopt);
    j.number(key("_second_half_mbps").c_str(), f.secondHalfMBps());
    j.number(key("_first_byte_ms").c_str(), f.firstByteMs);
    j.number(key("_ratio_vs_bare").c_str(), ratio(f.mbps(), bare));
    j.number(key("_cpu_ms_per_mb_process").c_str(), f.msPerMB(f.cpuProcess));
    j.number(key("_cpu_ms_per_mb_engines").c_str(), f.msPerMB(f.cpuEngines));
    j.number(key("_cpu_ms_per_mb_harness").c_str(), f.msPerMB(f.cpuHarness));
    j.number(key("_sender_iterations_per_s").c_str(), f.sender.iterationsPerSecond);
    j.number(key("_sender_mean_interval_ms").c_str(), f.sender.meanIntervalMs);
    j.integer(key("_udp_out").c_str(), f.udp.out);
    j.integer(key("_udp_drops").c_str(), f.udp.drops);
    j.number(key("_sender_run_queue_wait_s").c_str(), f.senderRunQueueWait);
    j.number(key("_receiver_run_queue_wait_s").c_str(), f.receiverRunQueueWait);
}

std::optional<qint64> argValue(const QStringList& args, const QString& name)
{
    for (const QString& a : args) {
        if (!a.startsWith(name))
            continue;
        bool ok = false;
        const qint64 v = a.mid(name.size()).toLongLong(&ok);
        if (ok && v > 0)
            return v;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("warren.*.info=false"));
    test::requireIsolatedNetwork();

    const QStringList args = QCoreApplication::arguments();
    LinkSettings settings;
    if (const auto w = argValue(args, QStringLiteral("--window=")))
        settings.receiveWindow = static_cast<quint32>(*w);
    const qint64 size = argValue(args, QStringLiteral("--mb=")).value_or(100) * 1000 * 1000;
    const qint64 barePackets = (size + tunnelDataPerPacket - 1) / tunnelDataPerPacket;

    const std::optional<double> loadBefore = loadAverage();
    std::printf("bench_tunnel: %.0f MB per transfer (%lld Tox packets of %zu B), %d parallel streams, %d echo trips "
                "after %d warm-up, receive window %u B; load average %.2f\n",
        static_cast<double>(size) / 1e6, static_cast<long long>(barePackets), packetSize, parallelStreams, echoTrips,
        echoWarmup, settings.receiveWindow, loadBefore.value_or(-1));
    std::fflush(stdout);

    const Clock::time_point payloadAt = Clock::now();
    const QByteArray payload = makePayload(size);
    const QByteArray payloadSha = sha256Of(payload.constData(), size);
    const double hashSeconds = secondsSince(payloadAt);
    std::printf("test data: %.0f MB made and hashed in %.2f s (SHA-256 of the readers costs about as much)\n",
        static_cast<double>(size) / 1e6, hashSeconds);

    const Clock::time_point benchAt = Clock::now();
    const TcpFigures tcp = measureTcp(payload, size);

    // The bare instances connect on their thread while the engines connect
    // here (both wait on toxcore's timers); the transfers run one at a time.
    BareRun bareRun;
    bareRun.packets = barePackets;
    std::thread bareThread([&bareRun] { runBare(bareRun); });
    Rig rig;
    const bool rigReady = rig.start(settings);
    if (rigReady)
        std::printf("warren: engines started, tunnels installed, befriended in %.1f s (%s), socket wake-up %s\n",
            rig.connectSeconds, rig.udp ? "UDP" : "not UDP",
            rig.clientProbe.socketWakeup && rig.serverProbe.socketWakeup ? "on" : "OFF");
    std::fflush(stdout);
    const BareFigures bare = measureBare(bareRun);
    bareRun.quit.store(true);
    bareThread.join();

    EchoFigures echo;
    TransferFigures down, up, parallel;
    if (rigReady) {
        echo = warrenEchoAndIdle(rig);
        down = warrenDownload(rig, payload, payloadSha, size);
        printTransfer(down, bare.mbps, tuntoxDownMBps);
        up = warrenUpload(rig, payload, payloadSha, size);
        printTransfer(up, bare.mbps, tuntoxUpMBps);
        parallel = warrenParallel(rig, payload, size);
        printTransfer(parallel, bare.mbps, 0);
    }

    const std::optional<double> downRatio = ratio(down.mbps(), bare.mbps);
    const std::optional<double> upRatio = ratio(up.mbps(), bare.mbps);
    const std::optional<double> idlePerEngine
        = echo.idleProcessPercent ? std::optional<double>(*echo.idleProcessPercent / 2) : std::nullopt;
    const bool downMet = down.complete && downRatio && *downRatio >= targetRatioVsBare;
    const bool upMet = up.complete && upRatio && *upRatio >= targetRatioVsBare;
    const std::optional<double> echoVsBareEcho
        = ratio(field(echo.trips, &Stats::median), field(bare.echo, &Stats::median));
    const bool echoMedianMet = echo.trips && echo.trips->n == echoTrips && echo.trips->median <= targetEchoMedianMs;
    const bool echoP99Met = echo.trips && echo.trips->n == echoTrips && echo.trips->p99 <= targetEchoP99Ms;
    const bool idleMet = idlePerEngine && *idlePerEngine < targetIdlePercent;
    // The targets are judged on the back-to-back trips; the paced ones show
    // the latency when toxcore's packet budget does not run out.
    const bool pacedMedianMet = echo.paced && echo.paced->n == pacedTrips && echo.paced->median <= targetEchoMedianMs;
    const bool pacedP99Met = echo.paced && echo.paced->n == pacedTrips && echo.paced->p99 <= targetEchoP99Ms;
    const double totalSeconds = secondsSince(benchAt);
    const std::optional<double> loadAfter = loadAverage();

    std::printf("\nwarren / bare toxcore: download %s, upload %s, %d parallel %s; echo median %s x bare toxcore's "
                "custom-packet echo, %s x direct TCP, %s x tuntox's %.1f ms\n",
        fmt(downRatio, 3).c_str(), fmt(upRatio, 3).c_str(), parallelStreams,
        fmt(ratio(parallel.mbps(), bare.mbps), 3).c_str(), fmt(echoVsBareEcho, 1).c_str(),
        fmt(ratio(field(echo.trips, &Stats::median), field(tcp.echo, &Stats::median)), 1).c_str(),
        fmt(ratio(field(echo.trips, &Stats::median), tuntoxEchoMedianMs), 3).c_str(), tuntoxEchoMedianMs);
    std::printf("targets: download >= %.0f %% of bare: %s; upload >= %.0f %% of bare: %s; echo median <= %.0f ms: %s; "
                "echo p99 <= %.0f ms: %s; idle tunnel < %.0f %% of a core per engine: %s\n",
        targetRatioVsBare * 100, downMet ? "met" : "NOT MET", targetRatioVsBare * 100, upMet ? "met" : "NOT MET",
        targetEchoMedianMs, echoMedianMet ? "met" : "NOT MET", targetEchoP99Ms, echoP99Met ? "met" : "NOT MET",
        targetIdlePercent, idleMet ? "met" : "NOT MET");
    std::printf("    (one echo every %d ms instead of back to back: median <= %.0f ms %s, p99 <= %.0f ms %s)\n",
        pacedPeriodMs, targetEchoMedianMs, pacedMedianMet ? "met" : "NOT MET", targetEchoP99Ms,
        pacedP99Met ? "met" : "NOT MET");
    std::printf("run took %.0f s after the test data; load average at the end %.2f (other work on this machine lowers "
                "throughput and widens the tails)\n",
        totalSeconds, loadAfter.value_or(-1));

    JsonLine j;
    j.str("bench", "tunnel");
    j.integer("transfer_bytes", size);
    j.integer("packets_per_transfer", barePackets);
    j.integer("receive_window_bytes", settings.receiveWindow);
    j.number("bare_mbps", bare.mbps);
    j.number("bare_packet_mbps", bare.packetMBps);
    j.number("bare_second_half_mbps", bare.secondHalfMBps);
    j.number("bare_seconds", bare.complete ? std::optional<double>(bare.seconds) : std::nullopt);
    j.boolean("bare_complete_in_order", bare.complete && bare.inOrder);
    j.number("bare_iterations_per_s", bare.iterationsPerSecond);
    j.number("bare_cpu_ms_per_mb", bare.cpuMsPerMB);
    j.number("bare_echo_median_ms", field(bare.echo, &Stats::median));
    j.number("bare_echo_p99_ms", field(bare.echo, &Stats::p99));
    j.number("bare_echo_max_ms", field(bare.echo, &Stats::max));
    j.integer("bare_echo_sendq_refusals", bare.echoRefusals);
    j.number("bare_paced_echo_median_ms", field(bare.paced, &Stats::median));
    j.number("bare_paced_echo_p99_ms", field(bare.paced, &Stats::p99));
    j.integer("bare_udp_out", bare.udp.out);
    j.integer("bare_udp_drops", bare.udp.drops);
    j.number("bare_run_queue_wait_s", bare.runQueueWait);
    j.number("tcp_mbps", tcp.mbps);
    j.number("tcp_echo_median_ms", field(tcp.echo, &Stats::median));
    j.number("tcp_echo_p99_ms", field(tcp.echo, &Stats::p99));
    addTransfer(j, "down", down, bare.mbps);
    addTransfer(j, "up", up, bare.mbps);
    addTransfer(j, "parallel", parallel, bare.mbps);
    j.integer("parallel_streams", parallelStreams);
    j.integer("echo_trips_done", echo.trips ? echo.trips->n : 0);
    j.number("echo_median_ms", field(echo.trips, &Stats::median));
    j.number("echo_p99_ms", field(echo.trips, &Stats::p99));
    j.number("echo_mean_ms", field(echo.trips, &Stats::mean));
    j.number("echo_max_ms", field(echo.trips, &Stats::max));
    j.number("paced_echo_median_ms", field(echo.paced, &Stats::median));
    j.number("paced_echo_p99_ms", field(echo.paced, &Stats::p99));
    j.number("paced_echo_max_ms", field(echo.paced, &Stats::max));
    j.integer("echo_express_bytes_client", echo.expressClient);
    j.integer("echo_express_bytes_server", echo.expressServer);
    j.number("idle_cpu_percent_process_two_engines", echo.idleProcessPercent);
    j.number("idle_cpu_percent_per_engine", idlePerEngine);
    j.number("idle_core_thread_cpu_percent_client", echo.idleCoreThreadPercentClient);
    j.number("idle_core_thread_cpu_percent_server", echo.idleCoreThreadPercentServer);
    j.number("idle_iterations_per_s_per_engine", echo.idleIterationsPerSecond);
    j.number("down_ratio_vs_tuntox", ratio(down.mbps(), tuntoxDownMBps));
    j.number("up_ratio_vs_tuntox", ratio(up.mbps(), tuntoxUpMBps));
    j.number("echo_median_ratio_vs_tuntox", ratio(field(echo.trips, &Stats::median), tuntoxEchoMedianMs));
    j.number("echo_median_ratio_vs_bare_echo", echoVsBareEcho);
    j.number("echo_median_ratio_vs_tcp", ratio(field(echo.trips, &Stats::median), field(tcp.echo, &Stats::median)));
    j.number("warren_connect_s", rigReady ? std::optional<double>(rig.connectSeconds) : std::nullopt);
    j.number("bare_connect_s", bare.connected ? std::optional<double>(bare.connectSeconds) : std::nullopt);
    j.boolean("warren_udp", rig.udp);
    j.boolean("socket_wakeup", rig.clientProbe.socketWakeup && rig.serverProbe.socketWakeup);
    j.number("run_seconds", totalSeconds);
    j.number("load_average_start", loadBefore);
    j.number("load_average_end", loadAfter);
    j.boolean("target_down_met", downMet);
    j.boolean("target_up_met", upMet);
    j.boolean("target_echo_median_met", echoMedianMet);
    j.boolean("target_echo_p99_met", echoP99Met);
    j.boolean("target_idle_met", idleMet);
    j.boolean("paced_echo_median_met", pacedMedianMet);
    j.boolean("paced_echo_p99_met", pacedP99Met);
    std::printf("%s\n", j.text().c_str());
    std::fflush(stdout);

    const bool complete = bare.complete && bare.echo && bare.echo->n == echoTrips && down.complete && up.complete
        && parallel.complete && echo.trips && echo.trips->n == echoTrips;
    return complete ? 0 : 1;
}
