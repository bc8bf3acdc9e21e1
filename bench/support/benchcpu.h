// CPU and network accounting for benchmarks, and probes of an engine's core
// thread: process and per-thread CPU time, run-queue waits (how much other
// work held a thread back), the namespace's UDP counters, and idling the
// calling thread's event loop.
#pragma once

#include <QtGlobal>

#include <sys/types.h>
#include <time.h>

namespace warren {
class Engine;
}

namespace warren::bench {

/// User + system CPU time of this process, in seconds.
double processCpuSeconds();
/// The time of @p clock (CLOCK_THREAD_CPUTIME_ID, a pthread CPU clock …) in seconds; 0 on error.
double cpuClockSeconds(clockid_t clock);
/// Seconds thread @p tid of this process has spent runnable but waiting for
/// a CPU (schedstat): how much other work on the machine held it back.
double runQueueWaitSeconds(pid_t tid);

/// The UDP counters of this process's network namespace (scripts/isolated
/// gives it its own): every Tox datagram of the run, and those the kernel
/// dropped because a receiving socket's buffer was full.
struct UdpCounters {
    qint64 in = 0;
    qint64 out = 0;
    qint64 drops = 0; ///< RcvbufErrors (also counted in InErrors)

    static UdpCounters now();
    UdpCounters operator-(const UdpCounters& o) const { return {in - o.in, out - o.out, drops - o.drops}; }
};

/// Runs the calling thread's event loop for @p ms, as an idle app would.
void idleFor(int ms);

/// What one engine's core thread tells about itself.
struct WorkerProbe {
    bool ok = false;
    clockid_t cpuClock{}; ///< the core thread's CPU clock
    pid_t tid = 0;
    quint64 iterations = 0; ///< tox_iterate calls so far
    bool socketWakeup = false;
};

/// Asks @p engine's core thread; ok is false when it did not answer in 10 s.
WorkerProbe probe(Engine& engine);

} // namespace warren::bench
