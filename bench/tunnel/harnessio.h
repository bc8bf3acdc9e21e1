// The benchmark's own side of every transfer: test data, plain blocking
// sockets with deadlines, source and sink servers, echo round trips, and the
// CPU its socket threads spend (reported apart from the engines').
#pragma once

#include "benchstats.h"
#include "tcptestutil.h"

#include <QByteArray>

#include <atomic>
#include <memory>
#include <vector>

namespace warren::bench {

/// Adds the CPU time of the current thread, from here to the end of the
/// scope, to harnessCpuSeconds().
class HarnessCpuScope {
public:
    HarnessCpuScope();
    ~HarnessCpuScope();
    HarnessCpuScope(const HarnessCpuScope&) = delete;
    HarnessCpuScope& operator=(const HarnessCpuScope&) = delete;

private:
    double m_start;
};

/// CPU time of the benchmark's socket threads (readers, writers, hashing,
/// the source and sink servers) so far.
double harnessCpuSeconds();

/// Deterministic incompressible bytes, made once: the servers send from it
/// without spending CPU on generating data while a transfer is measured.
QByteArray makePayload(qint64 size);
QByteArray sha256Of(const char* data, qint64 size);

/// When harness I/O gives up: a deadline, or an abort flag set by the main thread.
struct Stop {
    Clock::time_point until;
    const std::atomic<bool>* abort = nullptr;
    bool expired() const { return (abort && abort->load(std::memory_order_relaxed)) || Clock::now() >= until; }
};
Stop stopAfter(int ms, const std::atomic<bool>* abort);

/// Connects to 127.0.0.1:@p port with TCP_NODELAY; -1 on failure.
int connectTcp(quint16 port);
/// Writes all of @p data (counting into @p progress if given).
bool sendAll(int fd, const char* data, qint64 size, const Stop& stop, std::atomic<qint64>* progress);

struct Received {
    qint64 bytes = 0;
    QByteArray sha; ///< empty unless hashed
    bool eof = false;
    Clock::time_point first{};
    Clock::time_point last{};
};

/// Reads until end of file (or @p stop), hashing with SHA-256 if @p hash.
Received receiveAll(int fd, bool hash, const Stop& stop, std::atomic<qint64>* progress);
bool receiveExactly(int fd, char* data, qint64 size, const Stop& stop);

/// Serves each connection with @p size bytes of @p payload, then closes.
test::TestServer sourceServer(const QByteArray& payload, qint64 size, std::shared_ptr<std::atomic<bool>> abort);

/// What a sink server received on its (single) connection.
struct Sink {
    std::atomic<qint64> received{0};
    std::atomic<bool> done{false};
    Received result; ///< valid after done
};
test::TestServer sinkServer(std::shared_ptr<Sink> sink, std::shared_ptr<std::atomic<bool>> abort);

/// Round trips of echoSize bytes on a connected socket to an echo server,
/// back to back, or one every @p periodMs; stops at the first failure.
std::vector<double> echoRoundTrips(int fd, int count, int periodMs = 0);

} // namespace warren::bench
