// Bare c-toxcore, the reference benchmarks compare Warren against: two raw
// Tox instances on loopback (UDP on, IPv6 and LAN discovery off), each
// bootstrapped to the other at 127.0.0.1 and befriended without a request.
// The caller iterates them on one thread and registers its own callbacks.
#pragma once

#include <tox/tox.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace warren::bench {

struct ToxDeleter {
    void operator()(Tox* t) const
    {
        if (t)
            tox_kill(t);
    }
};
using ToxPtr = std::unique_ptr<Tox, ToxDeleter>;

/// A raw instance that can only reach loopback peers it is told about.
ToxPtr newLoopbackTox();

struct BarePair {
    ToxPtr a;
    ToxPtr b;
    uint32_t friendOfA = UINT32_MAX; ///< b, as a's friend
    uint32_t friendOfB = UINT32_MAX; ///< a, as b's friend

    /// Creates both, bootstraps each to the other, befriends them; false
    /// with a sentence in @p error.
    bool create(std::string* error);
    /// One tox_iterate of each; @p userA and @p userB reach the callbacks.
    void iterate(void* userA, void* userB);
    /// iterate(), then sleeps the shorter tox_iteration_interval (as a
    /// typical client idles).
    void iterateSleeping(void* userA, void* userB);
    /// Each sees the other online (UDP or TCP).
    bool connected() const;
    /// Iterates, sleeping, until connected(), @p timeoutMs or @p quit().
    bool waitConnected(int timeoutMs, void* userA, void* userB, const std::function<bool()>& quit = {});
};

} // namespace warren::bench
