// One access rule of a tunnel server: a host pattern and a port range.
// Rules match the host name exactly as the client requested it (before any
// resolution, ASCII case-insensitively), so "localhost" does not allow
// "127.0.0.1". A rule holds only valid, normalised values: make it with
// Rule::parse() or Rule::create().
#pragma once

#include "tunnel/protocol/expected.h"

#include <QString>

namespace warren::tunnel {

/// Which text a parser accepts. Tuntox: `host:port` or `host@port`, one
/// port, as tuntox's `-f` files. Warren adds `*` and `A-B` for the port.
/// Both accept `*` for any host and `[v6]:port` for IPv6 addresses.
enum class RuleSyntax { Tuntox, Warren };

/// An inclusive port range within 1-65535.
struct PortRange {
    quint16 first = 1;
    quint16 last = 65535;

    static constexpr PortRange any() { return {1, 65535}; }
    static constexpr PortRange single(quint16 p) { return {p, p}; }
    bool isAny() const { return first == 1 && last == 65535; }
    bool contains(quint16 port) const { return port >= first && port <= last; }
    /// "22", "8000-8080" or "*".
    QString toString() const;
    friend bool operator==(const PortRange&, const PortRange&) = default;
};

class Rule {
public:
    /// Parses one rule such as `example.org:22`, `*@80`, `[::1]:1000-2000`,
    /// `10.0.0.1:*`. The error names the text and says what is wrong.
    static Expected<Rule, QString> parse(QStringView text, RuleSyntax syntax = RuleSyntax::Warren);
    /// Checks @p host ("*", a host name, an IPv4 or IPv6 address; brackets optional) and @p ports.
    static Expected<Rule, QString> create(QStringView host, PortRange ports);

    bool anyHost() const { return m_host == QLatin1String("*"); }
    /// "*", a lowercase host name or address; IPv6 in Qt's canonical form without brackets.
    const QString& host() const { return m_host; }
    PortRange ports() const { return m_ports; }

    /// True when @p port is in range and @p host (as requested) is the rule's host.
    bool matches(QStringView host, quint16 port) const;
    /// Warren syntax; Rule::parse(toString()) gives the rule back.
    QString toString() const;

    friend bool operator==(const Rule&, const Rule&) = default;

private:
    Rule(QString host, PortRange ports)
        : m_host(std::move(host))
        , m_ports(ports)
    {
    }

    QString m_host;
    PortRange m_ports;
};

} // namespace warren::tunnel
