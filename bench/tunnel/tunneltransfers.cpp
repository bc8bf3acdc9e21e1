#include "tunneltransfers.h"

#include "harnessio.h"
#include "toxtestnet.h"
#include "tunnelbench.h"

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <thread>

namespace warren::bench {

using test::TestServer;

namespace {

/// Measures around one transfer: engine samples, CPU, the main thread's watch.
class TransferRun {
public:
    TransferRun(Rig& rig, bool serverSends)
        : m_rig(rig)
        , m_serverSends(serverSends)
    {
    }

    template <typename Done>
    void watchUntil(TransferFigures& f, const std::atomic<qint64>& progress, Done done)
    {
        const UdpCounters udp0 = UdpCounters::now();
        CpuMeter cpu(m_rig);
        const auto tick = [this] {
            sampleEngine(m_rig.client.engine(), m_clientLog);
            sampleEngine(m_rig.server.engine(), m_serverLog);
        };
        tick();
        watch(progress, done, transferTimeoutMs, &f.timeline, tick);
        tick();
        idleFor(50); // let the last samples arrive
        cpu.stop();
        f.udp = UdpCounters::now() - udp0;
        f.cpuProcess = cpu.process;
        f.cpuEngines = cpu.engines;
        f.cpuHarness = cpu.harness;
        f.senderRunQueueWait = m_serverSends ? cpu.waitServer : cpu.waitClient;
        f.receiverRunQueueWait = m_serverSends ? cpu.waitClient : cpu.waitServer;
        f.sender = activityOf(m_serverSends ? *m_serverLog : *m_clientLog);
        f.receiver = activityOf(m_serverSends ? *m_clientLog : *m_serverLog);
    }

private:
    Rig& m_rig;
    bool m_serverSends;
    std::shared_ptr<EngineLog> m_clientLog = std::make_shared<EngineLog>();
    std::shared_ptr<EngineLog> m_serverLog = std::make_shared<EngineLog>();
};

/// One reader of a download: connects to the local port and reads to EOF.
struct Reader {
    std::atomic<bool> done{false};
    Clock::time_point startedAt{};
    Received result;
};

std::thread startReader(
    const std::shared_ptr<Reader>& reader, quint16 port, std::atomic<qint64>* progress, const std::atomic<bool>* abort)
{
    return std::thread([reader, port, progress, abort] {
        HarnessCpuScope cpu;
        reader->startedAt = Clock::now();
        const int fd = connectTcp(port);
        if (fd >= 0) {
            reader->result = receiveAll(fd, true, stopAfter(transferTimeoutMs, abort), progress);
            ::close(fd);
        }
        reader->done.store(true, std::memory_order_release);
    });
}

} // namespace

TransferFigures warrenDownload(Rig& rig, const QByteArray& payload, const QByteArray& sha, qint64 size)
{
    TransferFigures f;
    f.name = "download";
    f.expected = size;
    auto abort = std::make_shared<std::atomic<bool>>(false);
    TestServer source = sourceServer(payload, size, abort);
    const quint16 local = rig.forward(source.port());
    if (!local)
        return f;
    idleFor(settleMs);
    f.ran = true;
    std::atomic<qint64> progress{0};
    auto reader = std::make_shared<Reader>();
    TransferRun run(rig, true);
    std::thread t = startReader(reader, local, &progress, abort.get());
    run.watchUntil(f, progress, [&] { return reader->done.load(std::memory_order_acquire); });
    abort->store(true);
    t.join();
    const Received& r = reader->result;
    f.bytes = r.bytes;
    f.complete = r.eof && r.bytes == size && r.sha == sha;
    if (r.bytes > 0) {
        f.seconds = secondsBetween(reader->startedAt, r.last);
        f.firstByteMs = msBetween(reader->startedAt, r.first);
    }
    return f;
}

TransferFigures warrenUpload(Rig& rig, const QByteArray& payload, const QByteArray& sha, qint64 size)
{
    TransferFigures f;
    f.name = "upload";
    f.expected = size;
    auto abort = std::make_shared<std::atomic<bool>>(false);
    auto sink = std::make_shared<Sink>();
    TestServer sinkSrv = sinkServer(sink, abort);
    const quint16 local = rig.forward(sinkSrv.port());
    if (!local)
        return f;
    idleFor(settleMs);
    f.ran = true;
    std::atomic<bool> writerDone{false};
    Clock::time_point startedAt{};
    TransferRun run(rig, false);
    std::thread writer([&, local] {
        HarnessCpuScope cpu;
        startedAt = Clock::now();
        const int fd = connectTcp(local);
        if (fd >= 0) {
            const Stop stop = stopAfter(transferTimeoutMs, abort.get());
            if (sendAll(fd, payload.constData(), size, stop, nullptr)) {
                ::shutdown(fd, SHUT_WR);
                receiveAll(fd, false, stop, nullptr); // the sink's close comes back
            }
            ::close(fd);
        }
        writerDone.store(true);
    });
    run.watchUntil(f, sink->received,
        [&] { return writerDone.load() && (sink->done.load(std::memory_order_acquire) || abort->load()); });
    abort->store(true);
    writer.join();
    if (!test::waitUntil([&] { return sink->done.load(std::memory_order_acquire); }, 5000)) {
        f.bytes = sink->received.load();
        return f; // the sink thread still runs: no result to read
    }
    const Received& r = sink->result;
    f.bytes = r.bytes;
    f.complete = r.eof && r.bytes == size && r.sha == sha;
    if (r.bytes > 0) {
        f.seconds = secondsBetween(startedAt, r.last);
        f.firstByteMs = msBetween(startedAt, r.first);
    }
    return f;
}

TransferFigures warrenParallel(Rig& rig, const QByteArray& payload, qint64 size)
{
    TransferFigures f;
    f.name = "parallel";
    const qint64 each = size / parallelStreams;
    f.expected = each * parallelStreams;
    const QByteArray sha = sha256Of(payload.constData(), each);
    auto abort = std::make_shared<std::atomic<bool>>(false);
    TestServer source = sourceServer(payload, each, abort);
    const quint16 local = rig.forward(source.port());
    if (!local)
        return f;
    idleFor(settleMs);
    f.ran = true;
    std::atomic<qint64> progress{0};
    std::vector<std::shared_ptr<Reader>> readers;
    std::vector<std::thread> threads;
    TransferRun run(rig, true);
    for (int i = 0; i < parallelStreams; ++i) {
        readers.push_back(std::make_shared<Reader>());
        threads.push_back(startReader(readers.back(), local, &progress, abort.get()));
    }
    run.watchUntil(f, progress, [&] {
        return std::all_of(readers.begin(), readers.end(),
            [](const std::shared_ptr<Reader>& r) { return r->done.load(std::memory_order_acquire); });
    });
    abort->store(true);
    for (std::thread& t : threads)
        t.join();
    f.complete = true;
    Clock::time_point first = readers.front()->startedAt;
    Clock::time_point last = first;
    std::optional<Clock::time_point> firstByte;
    for (const auto& rd : readers) {
        const Received& r = rd->result;
        f.bytes += r.bytes;
        f.complete = f.complete && r.eof && r.bytes == each && r.sha == sha;
        first = std::min(first, rd->startedAt);
        if (r.bytes > 0) {
            last = std::max(last, r.last);
            firstByte = firstByte ? std::min(*firstByte, r.first) : r.first;
        }
    }
    f.seconds = secondsBetween(first, last);
    if (firstByte)
        f.firstByteMs = msBetween(first, *firstByte);
    return f;
}

void printTransfer(const TransferFigures& f, std::optional<double> bare, double tuntox)
{
    if (!f.ran) {
        std::printf("warren %s: NOT RUN (no forward)\n", f.name);
        return;
    }
    std::printf("warren %-8s %6.1f MB in %6.2f s: %s MB/s = %s x bare toxcore%s; second half %s MB/s; first byte "
                "after %s ms%s\n",
        f.name, static_cast<double>(f.bytes) / 1e6, f.seconds, fmt(f.mbps()).c_str(),
        fmt(ratio(f.mbps(), bare), 3).c_str(),
        tuntox > 0 ? (", " + fmt(ratio(f.mbps(), tuntox), 1) + " x tuntox").c_str() : "",
        fmt(f.secondHalfMBps()).c_str(), fmt(f.firstByteMs, 1).c_str(),
        f.complete ? ", SHA-256 verified" : "  (INCOMPLETE OR CORRUPT)");
    std::printf("    MB/s per second: %s\n", joinRates(f.timeline.perSecond()).c_str());
    std::printf("    CPU per MB: process %s ms (engines' core threads %s ms, benchmark socket threads with SHA-256 %s "
                "ms; both engines are in this process)\n",
        fmt(f.msPerMB(f.cpuProcess)).c_str(), fmt(f.msPerMB(f.cpuEngines)).c_str(),
        fmt(f.msPerMB(f.cpuHarness)).c_str());
    std::printf("    core threads waiting for a CPU (run queue: the benchmark's own threads and other work on the "
                "machine): sender %.2f s, receiver "
                "%.2f s\n",
        f.senderRunQueueWait, f.receiverRunQueueWait);
    std::printf("    sending engine: %s tox_iterate/s, mean tox_iteration_interval %s ms; receiving engine: %s "
                "tox_iterate/s, mean interval %s ms\n",
        fmt(f.sender.iterationsPerSecond, 0).c_str(), fmt(f.sender.meanIntervalMs, 1).c_str(),
        fmt(f.receiver.iterationsPerSecond, 0).c_str(), fmt(f.receiver.meanIntervalMs, 1).c_str());
    std::printf("    UDP: %lld datagrams out (%.3f per %lld-byte frame of data), %lld receive-buffer drops\n",
        static_cast<long long>(f.udp.out),
        f.bytes > 0 ? static_cast<double>(f.udp.out)
                / std::ceil(static_cast<double>(f.bytes) / static_cast<double>(tunnelDataPerPacket))
                    : 0.0,
        static_cast<long long>(tunnelDataPerPacket), static_cast<long long>(f.udp.drops));
    std::printf("    sending engine tox_iterate/s in each second: %s\n",
        joinRates(f.sender.iterationsPerEachSecond, 0).c_str());
    std::fflush(stdout);
}

} // namespace warren::bench
