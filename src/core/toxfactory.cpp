#include "core/toxfactory.h"

namespace warren {

namespace {
struct OptionsDeleter {
    void operator()(Tox_Options* o) const { tox_options_free(o); }
};

EngineError errorFor(Tox_Err_New e)
{
    using K = EngineError::Kind;
    switch (e) {
    case TOX_ERR_NEW_OK:
        return {};
    case TOX_ERR_NEW_MALLOC:
        return {K::OutOfMemory, QStringLiteral("Out of memory while starting Tox.")};
    case TOX_ERR_NEW_PORT_ALLOC:
        return {K::PortInUse, QStringLiteral("No free port: the UDP range or the TCP relay port is in use.")};
    case TOX_ERR_NEW_PROXY_BAD_TYPE:
    case TOX_ERR_NEW_PROXY_BAD_HOST:
    case TOX_ERR_NEW_PROXY_BAD_PORT:
    case TOX_ERR_NEW_PROXY_NOT_FOUND:
        return {K::BadProxy, QStringLiteral("The proxy host or port is not valid.")};
    case TOX_ERR_NEW_LOAD_ENCRYPTED:
        return {K::BadSaveData, QStringLiteral("The profile is encrypted; it must be decrypted first.")};
    case TOX_ERR_NEW_LOAD_BAD_FORMAT:
        return {K::BadSaveData, QStringLiteral("The profile data is damaged or not a Tox profile.")};
    case TOX_ERR_NEW_NULL:
        break;
    }
    return {K::Other, QStringLiteral("Tox could not start (error %1).").arg(int(e))};
}
} // namespace

ToxCreation makeTox(const NetworkSettings& s, const QByteArray& saveData)
{
    std::unique_ptr<Tox_Options, OptionsDeleter> opts(tox_options_new(nullptr));
    if (!opts)
        return {nullptr, errorFor(TOX_ERR_NEW_MALLOC)};

    tox_options_set_udp_enabled(opts.get(), s.effectiveUdp());
    tox_options_set_ipv6_enabled(opts.get(), s.ipv6Enabled);
    tox_options_set_local_discovery_enabled(opts.get(), s.lanDiscovery);
    tox_options_set_hole_punching_enabled(opts.get(), true);
    tox_options_set_start_port(opts.get(), s.startPort);
    tox_options_set_end_port(opts.get(), s.endPort);
    tox_options_set_tcp_port(opts.get(), s.tcpRelayPort);

    const QByteArray proxyHost = s.proxy.host.toUtf8();
    if (s.proxy.type != ProxySettings::Type::None) {
        tox_options_set_proxy_type(
            opts.get(), s.proxy.type == ProxySettings::Type::Socks5 ? TOX_PROXY_TYPE_SOCKS5 : TOX_PROXY_TYPE_HTTP);
        tox_options_set_proxy_host(opts.get(), proxyHost.constData());
        tox_options_set_proxy_port(opts.get(), s.proxy.port);
    }
    if (!saveData.isEmpty()) {
        tox_options_set_savedata_type(opts.get(), TOX_SAVEDATA_TYPE_TOX_SAVE);
        tox_options_set_savedata_data(
            opts.get(), reinterpret_cast<const uint8_t*>(saveData.constData()), static_cast<size_t>(saveData.size()));
    }
    Tox_Err_New err = TOX_ERR_NEW_OK;
    ToxPtr tox(tox_new(opts.get(), &err));
    if (!tox)
        return {nullptr, errorFor(err)};
    return {std::move(tox), {}};
}

} // namespace warren
