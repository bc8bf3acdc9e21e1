#include "barelossless.h"

#include "baretox.h"
#include "harnessio.h"
#include "toxtestnet.h"
#include "tunnelbench.h"

#include <QtEndian>

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <thread>

namespace warren::bench {

namespace {

bool bareSend(Tox* tox, uint32_t friendNumber, const uint8_t* data, size_t length, BareRun& r)
{
    Tox_Err_Friend_Custom_Packet err = TOX_ERR_FRIEND_CUSTOM_PACKET_OK;
    if (tox_friend_send_lossless_packet(tox, friendNumber, data, length, &err))
        return true;
    if (err != TOX_ERR_FRIEND_CUSTOM_PACKET_SENDQ)
        r.error = "tox_friend_send_lossless_packet failed with error " + std::to_string(int(err));
    return false;
}

void onBarePacket(Tox* tox, uint32_t, const uint8_t* data, size_t length, void* userData)
{
    auto* r = static_cast<BareRun*>(userData);
    if (r->echoMode) {
        if (tox == r->b) {
            if (!bareSend(r->b, r->friendOfB, data, length, *r)) {
                ++r->echoRefusals;
                r->echoPending.assign(data, data + length);
            }
        } else if (length >= 5 && qFromBigEndian<quint32>(data + 1) == r->echoExpected) {
            r->echoRepliedAt = Clock::now();
            r->echoReplied = true;
        }
        return;
    }
    if (length != packetSize || data[0] != barePacketId) {
        r->shapeOk = false;
        return;
    }
    const auto seq = qFromBigEndian<quint32>(data + 1);
    if (seq != r->nextSeq)
        r->inOrder = false;
    r->nextSeq = seq + 1;
    r->lastAt = Clock::now();
    r->receivedPackets.fetch_add(1, std::memory_order_relaxed);
    r->progress.fetch_add(tunnelDataPerPacket, std::memory_order_relaxed);
}

/// A sends, both instances are iterated in a tight loop, B answers from its
/// callback; a send that toxcore refuses (SENDQ) is retried after the next
/// iteration. With @p periodMs, one trip starts every @p periodMs (the loop
/// keeps iterating in between).
void bareEchoTrips(BareRun& r, int firstSeq, int count, int periodMs, std::vector<double>* samples)
{
    Clock::time_point slot = Clock::now();
    for (int i = firstSeq; i < firstSeq + count; ++i) {
        if (periodMs > 0) {
            slot += std::chrono::milliseconds(periodMs);
            while (Clock::now() < slot) {
                tox_iterate(r.a, &r);
                tox_iterate(r.b, &r);
            }
        }
        std::array<uint8_t, echoSize + 8> ping{};
        ping[0] = barePacketId;
        qToBigEndian<quint32>(static_cast<quint32>(i), ping.data() + 1);
        r.echoExpected = i;
        r.echoReplied = false;
        const Clock::time_point t0 = Clock::now();
        const Clock::time_point tripDeadline = t0 + std::chrono::milliseconds(tripTimeoutMs);
        const auto sendPing = [&] {
            const bool ok = bareSend(r.a, r.friendOfA, ping.data(), ping.size(), r);
            r.echoRefusals += ok ? 0 : 1;
            return ok;
        };
        bool sent = sendPing();
        while (!r.echoReplied && Clock::now() < tripDeadline && r.error.empty()) {
            tox_iterate(r.a, &r);
            tox_iterate(r.b, &r);
            if (!sent)
                sent = sendPing();
            if (!r.echoPending.empty()) {
                if (bareSend(r.b, r.friendOfB, r.echoPending.data(), r.echoPending.size(), r))
                    r.echoPending.clear();
                else
                    ++r.echoRefusals;
            }
        }
        if (!r.echoReplied)
            return;
        if (samples)
            samples->push_back(msBetween(t0, r.echoRepliedAt));
    }
}

} // namespace

void runBare(BareRun& r)
{
    const Clock::time_point startAt = Clock::now();
    const auto fail = [&r](const std::string& why) {
        r.error = why;
        r.failed.store(true);
        r.done.store(true);
    };
    BarePair pair;
    std::string error;
    if (!pair.create(&error))
        return fail(error);
    Tox* a = pair.a.get();
    Tox* b = pair.b.get();
    tox_callback_friend_lossless_packet(a, onBarePacket);
    tox_callback_friend_lossless_packet(b, onBarePacket);
    r.a = a;
    r.b = b;
    r.friendOfA = pair.friendOfA;
    r.friendOfB = pair.friendOfB;
    const uint32_t friendOfA = pair.friendOfA;

    const auto iterateSleeping = [&] { pair.iterateSleeping(&r, &r); };
    if (!pair.waitConnected(connectTimeoutMs, &r, &r, [&r] { return r.quit.load(); }))
        return fail("the instances did not connect");
    r.connectSeconds = secondsSince(startAt);
    r.connected.store(true);
    // Idle, as an app would, until the main thread says go.
    const auto idleUntil = [&](const std::atomic<bool>& go) {
        while (!go.load()) {
            if (r.quit.load())
                return false;
            iterateSleeping();
        }
        return true;
    };
    if (!idleUntil(r.goEcho)) {
        r.done.store(true);
        return;
    }

    // Echo: 64 bytes of data in a 72-byte packet, as a tunnel frame: back
    // to back, then at a human pace.
    r.echoMode = true;
    bareEchoTrips(r, 0, echoWarmup, 0, nullptr);
    bareEchoTrips(r, echoWarmup, echoTrips, 0, &r.echoSamples);
    const Clock::time_point pause = Clock::now() + std::chrono::seconds(1);
    while (Clock::now() < pause)
        iterateSleeping();
    bareEchoTrips(r, echoWarmup + echoTrips, pacedWarmup, pacedPeriodMs, nullptr);
    bareEchoTrips(r, echoWarmup + echoTrips + pacedWarmup, pacedTrips, pacedPeriodMs, &r.pacedSamples);
    r.echoMode = false;
    r.echoDone.store(true);
    if (!idleUntil(r.goTransfer)) {
        r.done.store(true);
        return;
    }

    // One thread, both instances, a tight loop: iterate, then send until
    // toxcore's queue refuses.
    std::array<uint8_t, packetSize> packet{};
    const QByteArray fill = makePayload(static_cast<qint64>(packetSize));
    std::memcpy(packet.data(), fill.constData(), packet.size());
    packet[0] = barePacketId;
    const double cpu0 = cpuClockSeconds(CLOCK_THREAD_CPUTIME_ID);
    const double wait0 = runQueueWaitSeconds(gettid());
    const Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(transferTimeoutMs);
    r.startedAt = Clock::now();
    qint64 sent = 0;
    bool broken = false;
    while (!broken && r.receivedPackets.load(std::memory_order_relaxed) < r.packets && Clock::now() < deadline
        && !r.quit.load(std::memory_order_relaxed)) {
        tox_iterate(a, &r);
        tox_iterate(b, &r);
        ++r.iterations;
        while (sent < r.packets) {
            qToBigEndian<quint32>(static_cast<quint32>(sent), packet.data() + 1);
            Tox_Err_Friend_Custom_Packet err = TOX_ERR_FRIEND_CUSTOM_PACKET_OK;
            if (tox_friend_send_lossless_packet(a, friendOfA, packet.data(), packet.size(), &err)) {
                ++sent;
                continue;
            }
            if (err == TOX_ERR_FRIEND_CUSTOM_PACKET_SENDQ) {
                ++r.sendqRefusals;
                break;
            }
            r.error = "tox_friend_send_lossless_packet failed with error " + std::to_string(int(err));
            broken = true;
            break;
        }
    }
    r.threadCpu = cpuClockSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu0;
    r.runQueueWait = runQueueWaitSeconds(gettid()) - wait0;
    r.done.store(true);
}

BareFigures measureBare(BareRun& run)
{
    BareFigures f;
    test::waitUntil([&] { return run.connected.load() || run.done.load(); }, connectTimeoutMs + 5000);
    f.connected = run.connected.load() && !run.failed.load();
    f.connectSeconds = run.connectSeconds;
    if (!f.connected) {
        std::printf("bare toxcore: %s\n", run.error.empty() ? "the instances did not connect" : run.error.c_str());
        return f;
    }
    std::printf("bare toxcore: instances connected in %.1f s\n", f.connectSeconds);
    std::fflush(stdout);
    idleFor(settleMs);
    run.goEcho.store(true);
    test::waitUntil([&] { return run.echoDone.load() || run.done.load(); }, echoTrips * tripTimeoutMs);
    if (run.echoDone.load()) {
        f.echo = summarize(run.echoSamples);
        f.paced = summarize(run.pacedSamples);
        f.echoRefusals = run.echoRefusals;
    }
    printStats("bare toxcore custom-packet echo, busy loop", f.echo, echoTrips);
    printStats("    the same, one trip every 20 ms", f.paced, pacedTrips);
    std::printf("    %lld sends refused by toxcore (SENDQ) in %d round trips, each retried after the next iteration\n",
        static_cast<long long>(f.echoRefusals), echoWarmup + echoTrips + pacedWarmup + pacedTrips);
    std::fflush(stdout);
    idleFor(settleMs);
    const UdpCounters udp0 = UdpCounters::now();
    run.goTransfer.store(true);
    watch(
        run.progress, [&] { return run.done.load(); }, transferTimeoutMs + 5000, &f.timeline);
    test::waitUntil([&] { return run.done.load(); }, 10000);
    f.udp = UdpCounters::now() - udp0;
    f.runQueueWait = run.runQueueWait;

    f.packets = run.receivedPackets.load();
    f.complete = f.packets == run.packets;
    f.inOrder = run.inOrder && run.shapeOk;
    f.seconds = f.packets > 0 ? secondsBetween(run.startedAt, run.lastAt) : 0;
    if (f.seconds > 0) {
        const auto p = static_cast<double>(f.packets);
        f.mbps = p * static_cast<double>(tunnelDataPerPacket) / 1e6 / f.seconds;
        f.packetMBps = p * static_cast<double>(packetSize) / 1e6 / f.seconds;
        f.secondHalfMBps = f.timeline.secondHalfMBps(f.packets * tunnelDataPerPacket, f.timeline.points.back().first);
        f.iterationsPerSecond = static_cast<double>(run.iterations) / f.seconds;
        f.sendqPerSecond = static_cast<double>(run.sendqRefusals) / f.seconds;
        f.cpuMsPerMB = run.threadCpu * 1000 / (p * static_cast<double>(tunnelDataPerPacket) / 1e6);
    }
    std::printf("bare toxcore, %lld packets of %zu B, busy loop: %.2f s, %s MB/s as tunnel data (%s MB/s of packet "
                "bytes), second half %s MB/s%s%s\n",
        static_cast<long long>(f.packets), packetSize, f.seconds, fmt(f.mbps).c_str(), fmt(f.packetMBps).c_str(),
        fmt(f.secondHalfMBps).c_str(), f.complete ? "" : " (INCOMPLETE)",
        f.inOrder ? ", every packet in order" : ", PACKETS OUT OF ORDER OR MALFORMED");
    std::printf("    MB/s per second: %s\n", joinRates(f.timeline.perSecond()).c_str());
    std::printf("    UDP: %lld datagrams out (%.3f per packet sent), %lld receive-buffer drops\n",
        static_cast<long long>(f.udp.out),
        f.packets > 0 ? static_cast<double>(f.udp.out) / static_cast<double>(f.packets) : 0.0,
        static_cast<long long>(f.udp.drops));
    std::printf("    the thread waited %.2f s for a CPU (run queue: other work on the machine)\n", f.runQueueWait);
    std::printf("    %s iterations/s (both instances), %s SENDQ refusals/s, %s ms CPU per MB (one thread, busy by "
                "construction)%s%s\n",
        fmt(f.iterationsPerSecond, 0).c_str(), fmt(f.sendqPerSecond, 0).c_str(), fmt(f.cpuMsPerMB).c_str(),
        run.error.empty() ? "" : "; ", run.error.c_str());
    std::fflush(stdout);
    return f;
}

} // namespace warren::bench
