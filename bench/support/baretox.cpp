#include "baretox.h"

#include "benchstats.h"

#include <algorithm>
#include <thread>

namespace warren::bench {

ToxPtr newLoopbackTox()
{
    Tox_Options* o = tox_options_new(nullptr);
    if (!o)
        return nullptr;
    tox_options_set_udp_enabled(o, true);
    tox_options_set_ipv6_enabled(o, false);
    tox_options_set_local_discovery_enabled(o, false);
    Tox_Err_New err = TOX_ERR_NEW_OK;
    ToxPtr t(tox_new(o, &err));
    tox_options_free(o);
    return t;
}

bool BarePair::create(std::string* error)
{
    a = newLoopbackTox();
    b = newLoopbackTox();
    if (!a || !b) {
        *error = "tox_new failed";
        return false;
    }
    uint8_t pkA[TOX_PUBLIC_KEY_SIZE], pkB[TOX_PUBLIC_KEY_SIZE], dhtA[TOX_PUBLIC_KEY_SIZE], dhtB[TOX_PUBLIC_KEY_SIZE];
    tox_self_get_public_key(a.get(), pkA);
    tox_self_get_public_key(b.get(), pkB);
    tox_self_get_dht_id(a.get(), dhtA);
    tox_self_get_dht_id(b.get(), dhtB);
    const uint16_t portA = tox_self_get_udp_port(a.get(), nullptr);
    const uint16_t portB = tox_self_get_udp_port(b.get(), nullptr);
    if (!tox_bootstrap(a.get(), "127.0.0.1", portB, dhtB, nullptr)
        || !tox_bootstrap(b.get(), "127.0.0.1", portA, dhtA, nullptr)) {
        *error = "tox_bootstrap failed";
        return false;
    }
    friendOfA = tox_friend_add_norequest(a.get(), pkB, nullptr);
    friendOfB = tox_friend_add_norequest(b.get(), pkA, nullptr);
    if (friendOfA == UINT32_MAX || friendOfB == UINT32_MAX) {
        *error = "tox_friend_add_norequest failed";
        return false;
    }
    return true;
}

void BarePair::iterate(void* userA, void* userB)
{
    tox_iterate(a.get(), userA);
    tox_iterate(b.get(), userB);
}

void BarePair::iterateSleeping(void* userA, void* userB)
{
    iterate(userA, userB);
    const uint32_t wait = std::min(tox_iteration_interval(a.get()), tox_iteration_interval(b.get()));
    std::this_thread::sleep_for(std::chrono::milliseconds(wait));
}

bool BarePair::connected() const
{
    return tox_friend_get_connection_status(a.get(), friendOfA, nullptr) != TOX_CONNECTION_NONE
        && tox_friend_get_connection_status(b.get(), friendOfB, nullptr) != TOX_CONNECTION_NONE;
}

bool BarePair::waitConnected(int timeoutMs, void* userA, void* userB, const std::function<bool()>& quit)
{
    const Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!connected()) {
        if (Clock::now() > deadline || (quit && quit()))
            return false;
        iterateSleeping(userA, userB);
    }
    return true;
}

} // namespace warren::bench
