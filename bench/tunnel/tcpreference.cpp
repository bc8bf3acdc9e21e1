#include "tcpreference.h"

#include "harnessio.h"
#include "tunnelbench.h"

#include <unistd.h>

#include <cstdio>

namespace warren::bench {

using test::TestServer;

TcpFigures measureTcp(const QByteArray& payload, qint64 size)
{
    TcpFigures f;
    {
        auto abort = std::make_shared<std::atomic<bool>>(false);
        TestServer source = sourceServer(payload, size, abort);
        const Clock::time_point t0 = Clock::now();
        const int fd = connectTcp(source.port());
        const Received r = fd >= 0 ? receiveAll(fd, false, stopAfter(transferTimeoutMs, nullptr), nullptr) : Received{};
        if (fd >= 0)
            ::close(fd);
        abort->store(true);
        f.complete = r.bytes == size;
        if (r.bytes > 0)
            f.mbps = static_cast<double>(r.bytes) / 1e6 / secondsBetween(t0, r.last);
        std::printf("direct loopback TCP, %.0f MB, one stream, counted not hashed: %s MB/s%s\n",
            static_cast<double>(size) / 1e6, fmt(f.mbps, 0).c_str(), f.complete ? "" : " (INCOMPLETE)");
    }
    {
        TestServer echo = TestServer::echo();
        const int fd = connectTcp(echo.port());
        if (fd >= 0) {
            echoRoundTrips(fd, echoWarmup);
            f.echo = summarize(echoRoundTrips(fd, echoTrips));
            ::close(fd);
        }
        printStats("direct loopback TCP echo, 64 B", f.echo, echoTrips);
    }
    std::fflush(stdout);
    return f;
}

} // namespace warren::bench
