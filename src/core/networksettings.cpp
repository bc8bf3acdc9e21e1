#include "core/networksettings.h"

#include <QUrl>

namespace warren {

namespace {
std::optional<quint16> parsePort(const QString& s, bool allowZero)
{
    bool ok = false;
    const uint v = s.trimmed().toUInt(&ok);
    if (!ok || v > 65535 || (!allowZero && v == 0))
        return std::nullopt;
    return static_cast<quint16>(v);
}
} // namespace

std::optional<ProxySettings> ProxySettings::parseUrl(const QString& url, QString* error)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    ProxySettings p;
    const QString scheme = u.scheme().toLower();
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        p.type = Type::Socks5;
    else if (scheme == QLatin1String("http"))
        p.type = Type::Http;
    else {
        if (error)
            *error = QStringLiteral("Proxy \"%1\": use socks5://host:port or http://host:port.").arg(url);
        return std::nullopt;
    }
    p.host = u.host();
    const int port = u.port();
    if (p.host.isEmpty() || port <= 0) {
        if (error)
            *error = QStringLiteral("Proxy \"%1\" needs a host and a port.").arg(url);
        return std::nullopt;
    }
    p.port = static_cast<quint16>(port);
    return p;
}

NetworkSettings NetworkSettings::loopbackOnly()
{
    NetworkSettings s;
    s.udpEnabled = true;
    s.ipv6Enabled = false;
    s.lanDiscovery = false;
    return s;
}

bool NetworkSettings::setPortRange(const QString& text, QString* error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    std::optional<quint16> a = parts.size() >= 1 ? parsePort(parts[0], false) : std::nullopt;
    std::optional<quint16> b = parts.size() == 2 ? parsePort(parts[1], false) : a;
    if (parts.size() > 2 || !a || !b || *a > *b) {
        if (error)
            *error = QStringLiteral("Port range \"%1\": use A:B with 1 <= A <= B <= 65535.").arg(text);
        return false;
    }
    startPort = *a;
    endPort = *b;
    return true;
}

} // namespace warren
