#include "core/networksettingsstore.h"

#include <QSettings>

namespace warren {

namespace {
QString proxyTypeName(ProxySettings::Type t)
{
    switch (t) {
    case ProxySettings::Type::Socks5:
        return QStringLiteral("socks5");
    case ProxySettings::Type::Http:
        return QStringLiteral("http");
    case ProxySettings::Type::None:
        break;
    }
    return QStringLiteral("none");
}

quint16 portValue(const QSettings& s, const QString& key)
{
    const uint v = s.value(key, 0).toUInt();
    return v <= 65535 ? static_cast<quint16>(v) : 0;
}
} // namespace

NetworkSettings NetworkSettingsStore::load(QSettings& s)
{
    NetworkSettings n;
    s.beginGroup(QStringLiteral("network"));
    n.udpEnabled = s.value(QStringLiteral("udp"), n.udpEnabled).toBool();
    n.ipv6Enabled = s.value(QStringLiteral("ipv6"), n.ipv6Enabled).toBool();
    n.lanDiscovery = s.value(QStringLiteral("lanDiscovery"), n.lanDiscovery).toBool();
    n.startPort = portValue(s, QStringLiteral("startPort"));
    n.endPort = portValue(s, QStringLiteral("endPort"));
    if (n.startPort > n.endPort)
        n.startPort = n.endPort = 0;
    n.tcpRelayPort = portValue(s, QStringLiteral("tcpRelayPort"));
    const QString type = s.value(QStringLiteral("proxyType")).toString();
    n.proxy.type = type == QLatin1String("socks5") ? ProxySettings::Type::Socks5
        : type == QLatin1String("http")            ? ProxySettings::Type::Http
                                                   : ProxySettings::Type::None;
    n.proxy.host = s.value(QStringLiteral("proxyHost")).toString();
    n.proxy.port = portValue(s, QStringLiteral("proxyPort"));
    if (n.proxy.host.isEmpty() || n.proxy.port == 0)
        n.proxy = {};
    s.endGroup();
    return n;
}

void NetworkSettingsStore::save(QSettings& s, const NetworkSettings& n)
{
    s.beginGroup(QStringLiteral("network"));
    s.setValue(QStringLiteral("udp"), n.udpEnabled);
    s.setValue(QStringLiteral("ipv6"), n.ipv6Enabled);
    s.setValue(QStringLiteral("lanDiscovery"), n.lanDiscovery);
    s.setValue(QStringLiteral("startPort"), n.startPort);
    s.setValue(QStringLiteral("endPort"), n.endPort);
    s.setValue(QStringLiteral("tcpRelayPort"), n.tcpRelayPort);
    s.setValue(QStringLiteral("proxyType"), proxyTypeName(n.proxy.type));
    s.setValue(QStringLiteral("proxyHost"), n.proxy.host);
    s.setValue(QStringLiteral("proxyPort"), n.proxy.port);
    s.endGroup();
}

} // namespace warren
