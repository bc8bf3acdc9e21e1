// How the engine reaches the Tox network. Plain data; parsing of command-line
// forms (port ranges, proxy URLs) lives here so both binaries share it.
#pragma once

#include <QString>

#include <optional>

namespace warren {

struct ProxySettings {
    enum class Type { None, Socks5, Http };
    Type type = Type::None;
    QString host;
    quint16 port = 0;

    /// Parses "socks5://host:port" or "http://host:port" (as tuntox's
    /// ALL_PROXY). Returns nullopt and sets @p error on bad input.
    static std::optional<ProxySettings> parseUrl(const QString& url, QString* error);
};

struct NetworkSettings {
    bool udpEnabled = true;
    bool ipv6Enabled = true;
    bool lanDiscovery = true;
    ProxySettings proxy; ///< a proxy forces TCP (UDP off)
    quint16 startPort = 0; ///< UDP port range; 0,0 = toxcore's default
    quint16 endPort = 0;
    quint16 tcpRelayPort = 0; ///< serve as a TCP relay on this port; 0 = off

    /// The settings every test and benchmark uses: loopback only, no LAN
    /// discovery, no IPv6.
    static NetworkSettings loopbackOnly();

    /// Parses "A:B" or "A" into the UDP range. Returns false and sets
    /// @p error on bad input.
    bool setPortRange(const QString& text, QString* error);
    bool effectiveUdp() const { return udpEnabled && proxy.type == ProxySettings::Type::None; }
};

} // namespace warren
