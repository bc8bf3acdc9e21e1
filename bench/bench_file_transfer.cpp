// 100 MiB file transfer between two Warren engines on loopback (the app's
// path: FileTransfers on the main thread, the service on the core threads,
// the source read ahead from disk), against a bare c-toxcore file transfer
// (two Tox instances in one tight tox_iterate loop, the file in memory)
// measured in the same run. Both receivers hash what arrives; the sender
// engine's core-thread CPU is reported. Starts Tox: run it only through
// scripts/isolated. The last line printed is one JSON object.

#include "isolation.h"
#include "tcptestutil.h"
#include "toxtestnet.h"

#include "core/files/filetransfers.h"
#include "core/toxworker.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <tox/tox.h>

#include <sys/resource.h>
#include <time.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace {

using namespace warren;
using namespace warren::test;
using Clock = std::chrono::steady_clock;

constexpr qint64 fileSize = qint64(100) << 20;
constexpr quint64 seed = 4242;
constexpr int connectTimeoutMs = 120000;
constexpr int transferTimeoutMs = 600000;

double secondsSince(Clock::time_point a)
{
    return std::chrono::duration<double>(Clock::now() - a).count();
}

double processCpuSeconds()
{
    rusage r{};
    getrusage(RUSAGE_SELF, &r);
    const auto tv
        = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return tv(r.ru_utime) + tv(r.ru_stime);
}

class JsonLine {
public:
    void add(const char* key, const std::string& raw) { m_fields.emplace_back(key, raw); }
    void str(const char* key, const char* v) { add(key, std::string("\"") + v + "\""); }
    void boolean(const char* key, bool v) { add(key, v ? "true" : "false"); }
    void number(const char* key, std::optional<double> v)
    {
        if (!v || !std::isfinite(*v)) {
            add(key, "null");
            return;
        }
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.4f", *v);
        add(key, buf);
    }
    std::string text() const
    {
        std::string out = "{";
        for (size_t i = 0; i < m_fields.size(); ++i)
            out += (i ? ",\"" : "\"") + m_fields[i].first + "\":" + m_fields[i].second;
        return out + "}";
    }

private:
    std::vector<std::pair<std::string, std::string>> m_fields;
};

// --- Warren ------------------------------------------------------------------

struct CoreProbe {
    bool ok = false;
    double cpuSeconds = 0; ///< the core thread's CPU time so far
    quint64 iterations = 0;
};

CoreProbe probe(Engine& engine)
{
    struct Shared {
        CoreProbe p;
        std::atomic<bool> ready{false};
    };
    auto s = std::make_shared<Shared>();
    engine.post([s](ToxWorker& w) {
        timespec ts{};
        s->p.ok = clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0;
        s->p.cpuSeconds = static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
        s->p.iterations = w.iterations();
        s->ready.store(true, std::memory_order_release);
    });
    if (!waitUntil([&] { return s->ready.load(std::memory_order_acquire); }, 10000))
        return {};
    return s->p;
}

struct Figures {
    bool ok = false;
    double seconds = 0;
    double mbPerSecond = 0;
    double senderCoreCpuSeconds = 0;
    double processCpuSeconds = 0;
    double senderIterationsPerSecond = 0;
    bool hashOk = false;
};

Figures measureWarren(const QString& dir)
{
    Figures f;
    const QString src = dir + QStringLiteral("/source.bin");
    {
        QFile out(src);
        if (!out.open(QIODevice::WriteOnly))
            return f;
        for (qint64 off = 0; off < fileSize; off += 1 << 20)
            out.write(patternBytes(seed, off, std::min<qint64>(1 << 20, fileSize - off)));
    }
    const QByteArray sha = patternSha256(seed, fileSize);

    TestNode a(QStringLiteral("sender"));
    TestNode b(QStringLiteral("receiver"));
    if (!a.start(loopbackConfig()) || !b.start(loopbackConfig())) {
        std::printf("warren: an engine did not start\n");
        return f;
    }
    FileTransfers fa(a.engine(), {QString(), dir + QStringLiteral("/out"), 250});
    FileTransfers fb(b.engine(), {QString(), dir + QStringLiteral("/in"), 250});
    const Clock::time_point connectAt = Clock::now();
    if (!befriend(a, b, QStringLiteral("bench"), connectTimeoutMs)) {
        std::printf("warren: the engines did not become friends\n");
        return f;
    }
    std::printf("warren: befriended in %.1f s (%s)\n", secondsSince(connectAt),
        a.connectionTo(b.key()) == Connection::Udp ? "UDP" : "not UDP");
    std::fflush(stdout);

    QString finishedPath;
    bool failed = false;
    Clock::time_point t0;
    QObject ctx;
    QObject::connect(&fb, &FileTransfers::offered, &ctx, [&](const FileTransferInfo& i) {
        t0 = Clock::now();
        fb.accept(i.peer, i.id);
    });
    QObject::connect(&fb, &FileTransfers::finished, &ctx, [&](const FileTransferInfo& i) { finishedPath = i.path; });
    QObject::connect(&fb, &FileTransfers::stateChanged, &ctx, [&](const FileTransferInfo& i) {
        if (i.state == TransferState::Failed || i.state == TransferState::Cancelled) {
            std::printf("warren: transfer %s: %s\n", qPrintable(transferStateName(i.state)), qPrintable(i.reason));
            failed = true;
        }
    });
    const CoreProbe p0 = probe(a.engine());
    const double cpu0 = processCpuSeconds();
    fa.sendFiles(b.key(), {src});
    waitUntil([&] { return !finishedPath.isEmpty() || failed; }, transferTimeoutMs);
    const double wall = secondsSince(t0);
    const double cpu1 = processCpuSeconds();
    const CoreProbe p1 = probe(a.engine());
    if (finishedPath.isEmpty())
        return f;
    f.ok = true;
    f.seconds = wall;
    f.mbPerSecond = static_cast<double>(fileSize) / 1e6 / wall;
    f.processCpuSeconds = cpu1 - cpu0;
    if (p0.ok && p1.ok) {
        f.senderCoreCpuSeconds = p1.cpuSeconds - p0.cpuSeconds;
        f.senderIterationsPerSecond = static_cast<double>(p1.iterations - p0.iterations) / wall;
    }
    QFile got(finishedPath);
    QCryptographicHash h(QCryptographicHash::Sha256);
    f.hashOk = got.open(QIODevice::ReadOnly) && h.addData(&got) && h.result() == sha;
    a.stop(); // before the handles go
    b.stop();
    return f;
}

// --- bare c-toxcore ------------------------------------------------------------

struct Bare {
    Tox* tox = nullptr;
    uint32_t friendNumber = UINT32_MAX;
    // sender
    const QByteArray* data = nullptr;
    std::vector<std::pair<uint64_t, size_t>> pending;
    // receiver
    QCryptographicHash hash{QCryptographicHash::Sha256};
    uint64_t received = 0;
    bool done = false;
    Clock::time_point acceptedAt;
    Clock::time_point doneAt;
    ~Bare()
    {
        if (tox)
            tox_kill(tox);
    }
};

Tox* newBareTox()
{
    Tox_Options* o = tox_options_new(nullptr);
    if (!o)
        return nullptr;
    tox_options_set_udp_enabled(o, true);
    tox_options_set_ipv6_enabled(o, false);
    tox_options_set_local_discovery_enabled(o, false);
    Tox* t = tox_new(o, nullptr);
    tox_options_free(o);
    return t;
}

void bareFlush(Bare& s)
{
    size_t k = 0;
    for (; k < s.pending.size(); ++k) {
        const auto [pos, len] = s.pending[k];
        Tox_Err_File_Send_Chunk err = TOX_ERR_FILE_SEND_CHUNK_OK;
        tox_file_send_chunk(
            s.tox, s.friendNumber, 0, pos, reinterpret_cast<const uint8_t*>(s.data->constData()) + pos, len, &err);
        if (err != TOX_ERR_FILE_SEND_CHUNK_OK)
            break;
    }
    s.pending.erase(s.pending.begin(), s.pending.begin() + static_cast<std::ptrdiff_t>(k));
}

Figures measureBare()
{
    Figures f;
    const QByteArray data = patternBytes(seed, 0, fileSize);
    const QByteArray sha = patternSha256(seed, fileSize);
    Bare a;
    Bare b;
    a.data = &data;
    a.tox = newBareTox();
    b.tox = newBareTox();
    if (!a.tox || !b.tox)
        return f;
    tox_callback_file_chunk_request(a.tox, [](Tox*, uint32_t, uint32_t, uint64_t pos, size_t len, void* ud) {
        auto* s = static_cast<Bare*>(ud);
        if (len == 0)
            return;
        s->pending.emplace_back(pos, len);
        bareFlush(*s);
    });
    tox_callback_file_recv(
        b.tox, [](Tox* t, uint32_t fn, uint32_t file, uint32_t, uint64_t, const uint8_t*, size_t, void* ud) {
            static_cast<Bare*>(ud)->acceptedAt = Clock::now();
            tox_file_control(t, fn, file, TOX_FILE_CONTROL_RESUME, nullptr);
        });
    tox_callback_file_recv_chunk(b.tox, [](Tox*, uint32_t, uint32_t, uint64_t, const uint8_t* d, size_t len, void* ud) {
        auto* s = static_cast<Bare*>(ud);
        if (len == 0) {
            s->done = true;
            s->doneAt = Clock::now();
            return;
        }
        s->hash.addData(QByteArrayView(reinterpret_cast<const char*>(d), static_cast<qsizetype>(len)));
        s->received += len;
    });
    uint8_t pkA[TOX_PUBLIC_KEY_SIZE], pkB[TOX_PUBLIC_KEY_SIZE], dhtA[TOX_PUBLIC_KEY_SIZE], dhtB[TOX_PUBLIC_KEY_SIZE];
    tox_self_get_public_key(a.tox, pkA);
    tox_self_get_public_key(b.tox, pkB);
    tox_self_get_dht_id(a.tox, dhtA);
    tox_self_get_dht_id(b.tox, dhtB);
    tox_bootstrap(a.tox, "127.0.0.1", tox_self_get_udp_port(b.tox, nullptr), dhtB, nullptr);
    tox_bootstrap(b.tox, "127.0.0.1", tox_self_get_udp_port(a.tox, nullptr), dhtA, nullptr);
    a.friendNumber = tox_friend_add_norequest(a.tox, pkB, nullptr);
    b.friendNumber = tox_friend_add_norequest(b.tox, pkA, nullptr);
    const Clock::time_point connectAt = Clock::now();
    bool connected = false;
    while (secondsSince(connectAt) * 1000 < connectTimeoutMs) {
        tox_iterate(a.tox, &a);
        tox_iterate(b.tox, &b);
        if (tox_friend_get_connection_status(a.tox, a.friendNumber, nullptr) != TOX_CONNECTION_NONE
            && tox_friend_get_connection_status(b.tox, b.friendNumber, nullptr) != TOX_CONNECTION_NONE) {
            connected = true;
            break;
        }
        std::this_thread::sleep_for(
            std::chrono::milliseconds(std::min(tox_iteration_interval(a.tox), tox_iteration_interval(b.tox))));
    }
    if (!connected) {
        std::printf("bare: the instances did not connect\n");
        return f;
    }
    std::printf("bare: connected in %.1f s\n", secondsSince(connectAt));
    std::fflush(stdout);
    const char name[] = "bare.bin";
    if (tox_file_send(a.tox, a.friendNumber, TOX_FILE_KIND_DATA, static_cast<uint64_t>(fileSize), nullptr,
            reinterpret_cast<const uint8_t*>(name), sizeof name - 1, nullptr)
        == UINT32_MAX)
        return f;
    const double cpu0 = processCpuSeconds();
    const Clock::time_point start = Clock::now();
    while (!b.done && secondsSince(start) * 1000 < transferTimeoutMs) {
        tox_iterate(a.tox, &a);
        bareFlush(a);
        tox_iterate(b.tox, &b);
    }
    const double cpu1 = processCpuSeconds();
    if (!b.done)
        return f;
    f.ok = true;
    f.seconds = std::chrono::duration<double>(b.doneAt - b.acceptedAt).count();
    f.mbPerSecond = static_cast<double>(fileSize) / 1e6 / f.seconds;
    f.processCpuSeconds = cpu1 - cpu0;
    f.hashOk = b.received == static_cast<uint64_t>(fileSize) && b.hash.result() == sha;
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("warren.*.info=false"));
    requireIsolatedNetwork();
    QTemporaryDir dir;
    std::printf("bench_file_transfer: %lld MiB, Warren engines then bare c-toxcore; load average n/a\n",
        static_cast<long long>(fileSize >> 20));
    std::fflush(stdout);

    const Figures w = measureWarren(dir.path());
    if (w.ok)
        std::printf("warren: %.2f MB/s (%.1f s), sha256 %s; sender core thread %.2f s CPU (%.0f %% of a core), "
                    "%.0f iterations/s; process %.2f s CPU for both engines\n",
            w.mbPerSecond, w.seconds, w.hashOk ? "ok" : "MISMATCH", w.senderCoreCpuSeconds,
            100 * w.senderCoreCpuSeconds / w.seconds, w.senderIterationsPerSecond, w.processCpuSeconds);
    else
        std::printf("warren: FAILED\n");
    std::fflush(stdout);

    const Figures b = measureBare();
    if (b.ok)
        std::printf("bare:   %.2f MB/s (%.1f s), sha256 %s; both instances in one busy loop: %.2f s CPU\n",
            b.mbPerSecond, b.seconds, b.hashOk ? "ok" : "MISMATCH", b.processCpuSeconds);
    else
        std::printf("bare: FAILED\n");

    const std::optional<double> ratio
        = w.ok && b.ok ? std::optional<double>(w.mbPerSecond / b.mbPerSecond) : std::nullopt;
    const bool met = ratio && *ratio >= 0.9;
    std::printf("\nwarren / bare throughput: %s; target >= 0.90: %s\n", ratio ? std::to_string(*ratio).c_str() : "n/a",
        met ? "met" : "NOT MET");

    JsonLine j;
    j.str("bench", "file_transfer");
    j.number("size_mib", static_cast<double>(fileSize >> 20));
    j.number("warren_mb_s", w.ok ? std::optional<double>(w.mbPerSecond) : std::nullopt);
    j.number("warren_seconds", w.ok ? std::optional<double>(w.seconds) : std::nullopt);
    j.number("warren_sender_core_cpu_s", w.ok ? std::optional<double>(w.senderCoreCpuSeconds) : std::nullopt);
    j.number("warren_sender_core_cpu_percent",
        w.ok ? std::optional<double>(100 * w.senderCoreCpuSeconds / w.seconds) : std::nullopt);
    j.number(
        "warren_sender_iterations_per_s", w.ok ? std::optional<double>(w.senderIterationsPerSecond) : std::nullopt);
    j.number("warren_process_cpu_s", w.ok ? std::optional<double>(w.processCpuSeconds) : std::nullopt);
    j.boolean("warren_sha_ok", w.hashOk);
    j.number("bare_mb_s", b.ok ? std::optional<double>(b.mbPerSecond) : std::nullopt);
    j.number("bare_seconds", b.ok ? std::optional<double>(b.seconds) : std::nullopt);
    j.number("bare_process_cpu_s", b.ok ? std::optional<double>(b.processCpuSeconds) : std::nullopt);
    j.boolean("bare_sha_ok", b.hashOk);
    j.number("ratio_vs_bare", ratio);
    j.boolean("target_met", met);
    std::printf("%s\n", j.text().c_str());
    return w.ok && b.ok && w.hashOk && b.hashOk ? 0 : 1;
}
