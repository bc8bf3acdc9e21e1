#include "benchcpu.h"

#include "toxtestnet.h"

#include "core/engine.h"
#include "core/toxworker.h"

#include <QEventLoop>
#include <QTimer>

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <memory>

namespace warren::bench {

namespace {
double timevalSeconds(const timeval& t)
{
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
}
} // namespace

double processCpuSeconds()
{
    rusage r{};
    getrusage(RUSAGE_SELF, &r);
    return timevalSeconds(r.ru_utime) + timevalSeconds(r.ru_stime);
}

double cpuClockSeconds(clockid_t clock)
{
    timespec ts{};
    if (clock_gettime(clock, &ts) != 0)
        return 0;
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double runQueueWaitSeconds(pid_t tid)
{
    if (tid <= 0)
        return 0;
    char path[64];
    std::snprintf(path, sizeof path, "/proc/self/task/%d/schedstat", static_cast<int>(tid));
    FILE* f = std::fopen(path, "r");
    if (!f)
        return 0;
    unsigned long long cpu = 0;
    unsigned long long wait = 0;
    const int n = std::fscanf(f, "%llu %llu", &cpu, &wait);
    std::fclose(f);
    return n == 2 ? static_cast<double>(wait) / 1e9 : 0;
}

UdpCounters UdpCounters::now()
{
    UdpCounters c;
    FILE* f = std::fopen("/proc/net/snmp", "r");
    if (!f)
        return c;
    char header[512];
    char values[512];
    while (std::fgets(header, sizeof header, f)) {
        if (std::strncmp(header, "Udp:", 4) != 0 || !std::fgets(values, sizeof values, f))
            continue;
        // "Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors ..."
        long long v[5] = {0, 0, 0, 0, 0};
        if (std::sscanf(values, "Udp: %lld %lld %lld %lld %lld", &v[0], &v[1], &v[2], &v[3], &v[4]) == 5) {
            c.in = v[0];
            c.out = v[3];
            c.drops = v[4];
        }
        break;
    }
    std::fclose(f);
    return c;
}

void idleFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

WorkerProbe probe(Engine& engine)
{
    struct Shared {
        WorkerProbe p;
        std::atomic<bool> ready{false};
    };
    auto shared = std::make_shared<Shared>();
    engine.post([shared](ToxWorker& w) {
        shared->p.ok = pthread_getcpuclockid(pthread_self(), &shared->p.cpuClock) == 0;
        shared->p.tid = gettid();
        shared->p.iterations = w.iterations();
        shared->p.socketWakeup = w.socketWakeupActive();
        shared->ready.store(true, std::memory_order_release);
    });
    if (!test::waitUntil([&] { return shared->ready.load(std::memory_order_acquire); }, 10000))
        return {};
    return shared->p;
}

} // namespace warren::bench
