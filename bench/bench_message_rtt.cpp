// Text-message round trips through two real engines on loopback, against bare
// c-toxcore measured in the same run, and the idle cost of an engine with one
// online friend. Starts Tox: run it only through scripts/isolated.
//
// The last line printed is one JSON object with every figure; the lines
// before it are the same figures for people.

#include "baretox.h"
#include "benchcpu.h"
#include "benchstats.h"
#include "isolation.h"
#include "toxtestnet.h"

#include "core/toxworker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <tox/tox.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace warren;
using namespace warren::test;
using namespace warren::bench;

constexpr int warmupTrips = 20;
constexpr int measuredTrips = 1000;
constexpr int sleepWarmupTrips = 3;
constexpr int sleepTrips = 50;
constexpr int settleMs = 3000;
constexpr int idleMs = 10000;
constexpr int connectTimeoutMs = 120000;
constexpr int tripTimeoutMs = 10000;

// --- Warren: two engines ---------------------------------------------------

/// The app's path: A sends with Engine::sendMessage from the main thread; B
/// echoes from its main-thread handler of Engine::messageReceived with
/// Engine::sendMessage; A stops the clock in its main-thread handler of
/// Engine::messageReceived. Four thread hops and two network hops per trip.
std::vector<double> warrenAppPathTrips(TestNode& a, TestNode& b, int count)
{
    std::vector<double> samples;
    samples.reserve(static_cast<size_t>(count));
    QEventLoop loop;
    QObject ctx;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, &QEventLoop::quit);
    const PublicKey bKey = b.key();
    int sent = 0;
    QString expected;
    Clock::time_point t0;

    const auto sendNext = [&] {
        expected = QStringLiteral("ping %1").arg(sent);
        watchdog.start(tripTimeoutMs);
        t0 = Clock::now();
        a.engine().sendMessage(bKey, expected, false, static_cast<quint64>(sent));
        ++sent;
    };
    QObject::connect(
        &b.engine(), &Engine::messageReceived, &ctx, [&b](const PublicKey& from, const QString& text, bool action) {
            b.engine().sendMessage(from, text, action, 0);
        });
    QObject::connect(&a.engine(), &Engine::messageReceived, &ctx, [&](const PublicKey&, const QString& text, bool) {
        const Clock::time_point t1 = Clock::now();
        if (text != expected)
            return;
        samples.push_back(msBetween(t0, t1));
        if (sent < count)
            sendNext();
        else
            loop.quit();
    });
    QTimer::singleShot(0, &ctx, sendNext);
    loop.exec();
    return samples;
}

/// The engines alone: A's core thread sends, B's core thread echoes from a
/// direct connection to ToxWorker::messageReceived (inside tox_iterate), A's
/// core thread stops the clock and sends the next. No main thread involved.
struct CoreRun {
    int count = 0;
    PublicKey peer;
    std::atomic<bool> active{false};
    std::atomic<bool> echoInstalled{false};
    std::atomic<bool> done{false};
    std::atomic<bool> collected{false};
    // Core-thread state: touched by A's (a*) or B's (b*) core thread only,
    // read by the main thread after an acquire of `collected`.
    QMetaObject::Connection aConn;
    QMetaObject::Connection bConn;
    QString expected;
    Clock::time_point t0;
    std::atomic<int> sent{0}; ///< written by A's core thread, watched by the main thread
    std::vector<double> samples;
};

void coreSendNext(const std::shared_ptr<CoreRun>& run, ToxWorker* w)
{
    const int i = run->sent.load(std::memory_order_relaxed);
    run->expected = QStringLiteral("core %1").arg(i);
    run->t0 = Clock::now();
    w->sendMessage(run->peer, run->expected, false, static_cast<quint64>(i));
    run->sent.store(i + 1, std::memory_order_relaxed);
}

std::vector<double> warrenCoreTrips(TestNode& a, TestNode& b, int count)
{
    auto run = std::make_shared<CoreRun>();
    run->count = count;
    run->peer = b.key();
    run->samples.reserve(static_cast<size_t>(count));

    b.engine().post([run](ToxWorker& w) {
        ToxWorker* wp = &w;
        run->bConn = QObject::connect(
            wp, &ToxWorker::messageReceived, wp, [run, wp](const PublicKey& from, const QString& text, bool action) {
                if (run->active.load(std::memory_order_relaxed))
                    wp->sendMessage(from, text, action, 0);
            });
        run->echoInstalled.store(true);
    });
    if (!waitUntil([&] { return run->echoInstalled.load(); }, 10000))
        return {};

    a.engine().post([run](ToxWorker& w) {
        ToxWorker* wp = &w;
        run->aConn = QObject::connect(
            wp, &ToxWorker::messageReceived, wp, [run, wp](const PublicKey&, const QString& text, bool) {
                const Clock::time_point t1 = Clock::now();
                if (!run->active.load(std::memory_order_relaxed) || text != run->expected)
                    return;
                run->samples.push_back(msBetween(run->t0, t1));
                if (run->sent.load(std::memory_order_relaxed) < run->count)
                    coreSendNext(run, wp);
                else
                    run->done.store(true);
            });
        run->active.store(true);
        coreSendNext(run, wp);
    });

    // Waits for the last trip; the deadline allows every trip its timeout.
    int lastSeen = -1;
    Clock::time_point progressAt = Clock::now();
    while (!run->done.load()) {
        idleFor(20);
        const int sentNow = run->sent.load(std::memory_order_relaxed);
        if (sentNow != lastSeen) {
            lastSeen = sentNow;
            progressAt = Clock::now();
        } else if (msBetween(progressAt, Clock::now()) > tripTimeoutMs) {
            break;
        }
    }

    // Tear down on each core thread; A hands its samples over.
    a.engine().post([run](ToxWorker&) {
        run->active.store(false);
        QObject::disconnect(run->aConn);
        run->collected.store(true, std::memory_order_release);
    });
    b.engine().post([run](ToxWorker&) {
        QObject::disconnect(run->bConn);
        run->echoInstalled.store(false);
    });
    waitUntil([&] { return run->collected.load(std::memory_order_acquire) && !run->echoInstalled.load(); }, 10000);
    return run->samples;
}

struct WarrenFigures {
    bool befriended = false;
    double connectSeconds = 0;
    bool udp = false;
    bool socketWakeup = false;
    std::optional<Stats> appPath;
    std::optional<Stats> corePath;
    std::optional<double> idleProcessPercent;
    std::optional<double> idleCoreThreadPercentA;
    std::optional<double> idleCoreThreadPercentB;
    std::optional<double> idleIterationsPerSecond; ///< per engine, mean of the two
};

WarrenFigures measureWarren()
{
    WarrenFigures f;
    TestNode a(QStringLiteral("a"));
    TestNode b(QStringLiteral("b"));
    const Clock::time_point startAt = Clock::now();
    if (!a.start(loopbackConfig()) || !b.start(loopbackConfig())) {
        std::printf(
            "warren: an engine did not start: %s%s\n", qPrintable(a.error().message), qPrintable(b.error().message));
        return f;
    }
    f.befriended = befriend(a, b, QStringLiteral("bench"), connectTimeoutMs);
    f.connectSeconds = secondsSince(startAt);
    if (!f.befriended) {
        std::printf("warren: the engines did not become friends within %d s\n", connectTimeoutMs / 1000);
        return f;
    }
    f.udp = a.connectionTo(b.key()) == Connection::Udp && b.connectionTo(a.key()) == Connection::Udp;
    const WorkerProbe pa0 = probe(a.engine());
    const WorkerProbe pb0 = probe(b.engine());
    f.socketWakeup = pa0.socketWakeup && pb0.socketWakeup;
    std::printf("warren: engines started and befriended in %.1f s (%s), socket wake-up %s\n", f.connectSeconds,
        f.udp ? "UDP" : "not UDP", f.socketWakeup ? "on" : "OFF");
    std::fflush(stdout);

    warrenAppPathTrips(a, b, warmupTrips);
    f.appPath = summarize(warrenAppPathTrips(a, b, measuredTrips));
    printStats("warren, app path (echo on B's main thread)", f.appPath, measuredTrips);
    std::fflush(stdout);

    warrenCoreTrips(a, b, warmupTrips);
    f.corePath = summarize(warrenCoreTrips(a, b, measuredTrips));
    printStats("warren, core threads only (echo on B's core thread)", f.corePath, measuredTrips);
    std::fflush(stdout);

    // Idle: one online friend, nothing to do. Let the last bursts settle first.
    idleFor(settleMs);
    const WorkerProbe pa1 = probe(a.engine());
    const WorkerProbe pb1 = probe(b.engine());
    const double cpu1 = processCpuSeconds();
    const double ta1 = pa1.ok ? cpuClockSeconds(pa1.cpuClock) : 0;
    const double tb1 = pb1.ok ? cpuClockSeconds(pb1.cpuClock) : 0;
    const Clock::time_point idleAt = Clock::now();
    idleFor(idleMs);
    const double cpu2 = processCpuSeconds();
    const double ta2 = pa1.ok ? cpuClockSeconds(pa1.cpuClock) : 0;
    const double tb2 = pb1.ok ? cpuClockSeconds(pb1.cpuClock) : 0;
    const double wall = secondsSince(idleAt);
    const WorkerProbe pa2 = probe(a.engine());
    const WorkerProbe pb2 = probe(b.engine());

    f.idleProcessPercent = 100.0 * (cpu2 - cpu1) / wall;
    if (pa1.ok && pb1.ok) {
        f.idleCoreThreadPercentA = 100.0 * (ta2 - ta1) / wall;
        f.idleCoreThreadPercentB = 100.0 * (tb2 - tb1) / wall;
    }
    if (pa1.ok && pa2.ok && pb1.ok && pb2.ok) {
        const auto its = static_cast<double>((pa2.iterations - pa1.iterations) + (pb2.iterations - pb1.iterations));
        f.idleIterationsPerSecond = its / 2.0 / wall;
    }
    const bool stillOnline = a.connectionTo(b.key()) != Connection::None && b.connectionTo(a.key()) != Connection::None;
    std::printf("warren, idle %.1f s with one online friend%s: process %.3f %% of a core for both engines, "
                "so %.3f %% per engine (half);\n",
        wall, stillOnline ? "" : " (FRIEND WENT OFFLINE)", *f.idleProcessPercent, *f.idleProcessPercent / 2);
    if (f.idleCoreThreadPercentA && f.idleCoreThreadPercentB && f.idleIterationsPerSecond)
        std::printf("    core threads alone: A %.3f %%, B %.3f %%; %.1f tox_iterate calls per second per engine\n",
            *f.idleCoreThreadPercentA, *f.idleCoreThreadPercentB, *f.idleIterationsPerSecond);
    std::fflush(stdout);
    return f;
}

// --- bare c-toxcore ----------------------------------------------------------

struct BareNode {
    Tox* tox = nullptr; ///< owned by the BarePair
    uint32_t friendNumber = UINT32_MAX;
    bool echo = false;
    // Receiving side (A): set in the message callback on the thread that
    // iterates this instance.
    std::string expected;
    std::atomic<bool> received{false};
    Clock::time_point receivedAt;
};

void onBareMessage(Tox* tox, uint32_t fn, Tox_Message_Type type, const uint8_t* msg, size_t len, void* userData)
{
    auto* n = static_cast<BareNode*>(userData);
    if (n->echo) {
        tox_friend_send_message(tox, fn, type, msg, len, nullptr);
        return;
    }
    const Clock::time_point t = Clock::now();
    if (std::string(reinterpret_cast<const char*>(msg), len) == n->expected) {
        n->receivedAt = t;
        n->received.store(true, std::memory_order_release);
    }
}

bool bareSend(BareNode& from, const std::string& text)
{
    Tox_Err_Friend_Send_Message err = TOX_ERR_FRIEND_SEND_MESSAGE_OK;
    tox_friend_send_message(from.tox, from.friendNumber, TOX_MESSAGE_TYPE_NORMAL,
        reinterpret_cast<const uint8_t*>(text.data()), text.size(), &err);
    return err == TOX_ERR_FRIEND_SEND_MESSAGE_OK;
}

bool bareConnect(BarePair& pair, BareNode& a, BareNode& b)
{
    std::string error;
    if (!pair.create(&error)) {
        std::printf("bare toxcore: %s\n", error.c_str());
        return false;
    }
    a.tox = pair.a.get();
    b.tox = pair.b.get();
    a.friendNumber = pair.friendOfA;
    b.friendNumber = pair.friendOfB;
    for (BareNode* n : {&a, &b})
        tox_callback_friend_message(n->tox, onBareMessage);
    return pair.waitConnected(connectTimeoutMs, &a, &b);
}

/// Both instances iterated in one tight loop, no sleep; B echoes inside its
/// callback.
std::vector<double> bareBusyTrips(BareNode& a, BareNode& b, int count)
{
    std::vector<double> samples;
    samples.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        a.expected = "ping " + std::to_string(i);
        a.received.store(false);
        const Clock::time_point t0 = Clock::now();
        if (!bareSend(a, a.expected))
            break;
        const Clock::time_point deadline = t0 + std::chrono::milliseconds(tripTimeoutMs);
        while (!a.received.load(std::memory_order_acquire) && Clock::now() < deadline) {
            tox_iterate(a.tox, &a);
            tox_iterate(b.tox, &b);
        }
        if (!a.received.load(std::memory_order_acquire))
            break;
        samples.push_back(msBetween(t0, a.receivedAt));
    }
    return samples;
}

/// The typical client: each instance on its own thread, sleeping
/// tox_iteration_interval() between iterations. A sends at the top of its
/// loop; B echoes inside its callback.
struct SleepLoop {
    BareNode& b;
    std::atomic<bool> stop{false};
    std::thread thread;

    explicit SleepLoop(BareNode& node)
        : b(node)
        , thread([this] {
            while (!stop.load()) {
                tox_iterate(b.tox, &b);
                std::this_thread::sleep_for(std::chrono::milliseconds(tox_iteration_interval(b.tox)));
            }
        })
    {
    }
    ~SleepLoop()
    {
        stop.store(true);
        thread.join();
    }
};

std::vector<double> bareSleepTrips(BareNode& a, int count)
{
    std::vector<double> samples;
    for (int i = 0; i < count; ++i) {
        a.expected = "sleep " + std::to_string(i);
        a.received.store(false);
        const Clock::time_point t0 = Clock::now();
        if (!bareSend(a, a.expected))
            break;
        const Clock::time_point deadline = t0 + std::chrono::milliseconds(tripTimeoutMs);
        while (Clock::now() < deadline) {
            tox_iterate(a.tox, &a);
            if (a.received.load(std::memory_order_acquire))
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(tox_iteration_interval(a.tox)));
        }
        if (!a.received.load(std::memory_order_acquire))
            break;
        samples.push_back(msBetween(t0, a.receivedAt));
    }
    return samples;
}

/// A idles on this thread for @p ms in the same sleeping loop.
void bareSleepIdle(BareNode& a, int ms)
{
    const Clock::time_point end = Clock::now() + std::chrono::milliseconds(ms);
    while (Clock::now() < end) {
        tox_iterate(a.tox, &a);
        std::this_thread::sleep_for(std::chrono::milliseconds(tox_iteration_interval(a.tox)));
    }
}

struct BareFigures {
    bool connected = false;
    double connectSeconds = 0;
    std::optional<Stats> busy;
    std::optional<Stats> sleeping;
    std::optional<double> sleepIdlePercentPerInstance;
};

BareFigures measureBare()
{
    BareFigures f;
    BarePair pair;
    BareNode a;
    BareNode b;
    b.echo = true;
    const Clock::time_point startAt = Clock::now();
    f.connected = bareConnect(pair, a, b);
    f.connectSeconds = secondsSince(startAt);
    if (!f.connected) {
        std::printf("bare toxcore: the instances did not connect within %d s\n", connectTimeoutMs / 1000);
        return f;
    }
    std::printf("bare toxcore: instances connected in %.1f s\n", f.connectSeconds);

    bareBusyTrips(a, b, warmupTrips);
    f.busy = summarize(bareBusyTrips(a, b, measuredTrips));
    printStats("bare toxcore, busy loop (one thread, no sleep)", f.busy, measuredTrips);
    std::fflush(stdout);

    {
        SleepLoop bLoop(b);
        bareSleepTrips(a, sleepWarmupTrips);
        f.sleeping = summarize(bareSleepTrips(a, sleepTrips));
        printStats("bare toxcore, two threads sleeping the interval", f.sleeping, sleepTrips);
        std::fflush(stdout);

        bareSleepIdle(a, settleMs);
        const double cpu1 = processCpuSeconds();
        const Clock::time_point idleAt = Clock::now();
        bareSleepIdle(a, idleMs);
        const double cpu2 = processCpuSeconds();
        const double wall = secondsSince(idleAt);
        f.sleepIdlePercentPerInstance = 100.0 * (cpu2 - cpu1) / wall / 2;
        std::printf("bare toxcore, idle %.1f s sleeping iteration_interval: %.3f %% of a core per instance "
                    "(half of the process)\n",
            wall, *f.sleepIdlePercentPerInstance);
    }
    std::fflush(stdout);
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("warren.*.info=false"));
    requireIsolatedNetwork();

    const std::optional<double> loadBefore = loadAverage();
    std::printf("bench_message_rtt: %d round trips after %d warm-up, bare sleeping reference %d; load average %.2f\n",
        measuredTrips, warmupTrips, sleepTrips, loadBefore.value_or(-1));
    std::fflush(stdout);

    // Warren first and alone, so its idle figure counts only its engines.
    const WarrenFigures w = measureWarren();
    const BareFigures bare = measureBare();

    const auto count = [](const std::optional<Stats>& s) { return s ? s->n : 0; };

    const std::optional<double> ratioMedian = ratio(field(w.appPath, &Stats::median), field(bare.busy, &Stats::median));
    const std::optional<double> ratioP99 = ratio(field(w.appPath, &Stats::p99), field(bare.busy, &Stats::p99));
    const std::optional<double> ratioCoreMedian
        = ratio(field(w.corePath, &Stats::median), field(bare.busy, &Stats::median));
    const std::optional<double> ratioSleep
        = ratio(field(w.appPath, &Stats::median), field(bare.sleeping, &Stats::median));
    const std::optional<double> idlePerEngine
        = w.idleProcessPercent ? std::optional<double>(*w.idleProcessPercent / 2) : std::nullopt;
    const bool medianMet = w.appPath && w.appPath->median <= 1.0;
    const bool idleMet = idlePerEngine && *idlePerEngine < 1.0;

    std::printf("\nwarren app-path median / bare busy-loop median: %s x; p99: %s x; core-only median: %s x\n",
        ratioMedian ? std::to_string(*ratioMedian).c_str() : "n/a",
        ratioP99 ? std::to_string(*ratioP99).c_str() : "n/a",
        ratioCoreMedian ? std::to_string(*ratioCoreMedian).c_str() : "n/a");
    const std::optional<double> loadAfter = loadAverage();
    std::printf(
        "load average at the end %.2f (other work on this machine widens p99 and max)\n", loadAfter.value_or(-1));
    std::printf("targets: warren median <= 1 ms: %s; idle < 1 %% of a core per engine: %s\n",
        medianMet ? "met" : "NOT MET", idleMet ? "met" : "NOT MET");

    JsonLine j;
    j.str("bench", "message_rtt");
    j.integer("trips", measuredTrips);
    j.integer("warren_trips_done", count(w.appPath));
    j.number("warren_median_ms", field(w.appPath, &Stats::median));
    j.number("warren_p99_ms", field(w.appPath, &Stats::p99));
    j.number("warren_mean_ms", field(w.appPath, &Stats::mean));
    j.number("warren_max_ms", field(w.appPath, &Stats::max));
    j.integer("warren_core_trips_done", count(w.corePath));
    j.number("warren_core_median_ms", field(w.corePath, &Stats::median));
    j.number("warren_core_p99_ms", field(w.corePath, &Stats::p99));
    j.number("warren_core_mean_ms", field(w.corePath, &Stats::mean));
    j.number("warren_core_max_ms", field(w.corePath, &Stats::max));
    j.integer("bare_busy_trips_done", count(bare.busy));
    j.number("bare_busy_median_ms", field(bare.busy, &Stats::median));
    j.number("bare_busy_p99_ms", field(bare.busy, &Stats::p99));
    j.number("bare_busy_mean_ms", field(bare.busy, &Stats::mean));
    j.number("bare_busy_max_ms", field(bare.busy, &Stats::max));
    j.integer("bare_sleep_trips_done", count(bare.sleeping));
    j.number("bare_sleep_median_ms", field(bare.sleeping, &Stats::median));
    j.number("bare_sleep_p99_ms", field(bare.sleeping, &Stats::p99));
    j.number("bare_sleep_mean_ms", field(bare.sleeping, &Stats::mean));
    j.number("ratio_median_vs_bare", ratioMedian);
    j.number("ratio_p99_vs_bare", ratioP99);
    j.number("ratio_core_median_vs_bare", ratioCoreMedian);
    j.number("ratio_median_vs_bare_sleep", ratioSleep);
    j.number("idle_cpu_percent_process_two_engines", w.idleProcessPercent);
    j.number("idle_cpu_percent_per_engine", idlePerEngine);
    j.number("idle_core_thread_cpu_percent_a", w.idleCoreThreadPercentA);
    j.number("idle_core_thread_cpu_percent_b", w.idleCoreThreadPercentB);
    j.number("idle_iterations_per_s_per_engine", w.idleIterationsPerSecond);
    j.number("bare_sleep_idle_cpu_percent_per_instance", bare.sleepIdlePercentPerInstance);
    j.number("warren_connect_s", w.befriended ? std::optional<double>(w.connectSeconds) : std::nullopt);
    j.number("bare_connect_s", bare.connected ? std::optional<double>(bare.connectSeconds) : std::nullopt);
    j.number("load_average_start", loadBefore);
    j.number("load_average_end", loadAfter);
    j.boolean("warren_udp", w.udp);
    j.boolean("socket_wakeup", w.socketWakeup);
    j.boolean("target_median_met", medianMet);
    j.boolean("target_idle_met", idleMet);
    std::printf("%s\n", j.text().c_str());
    std::fflush(stdout);

    const bool complete = count(w.appPath) == measuredTrips && count(w.corePath) == measuredTrips
        && count(bare.busy) == measuredTrips && count(bare.sleeping) == sleepTrips;
    return complete ? 0 : 1;
}
