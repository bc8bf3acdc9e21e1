#include "app/appoptions.h"

namespace warren {

void addNetworkOptions(QCommandLineParser& p, const QStringList& nodesFlags)
{
    p.addOption({nodesFlags,
        QStringLiteral("Bootstrap from the nodes in FILE (nodes.tox.chat JSON format) "
                       "instead of the bundled public list."),
        QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("udp-port"), QStringLiteral("Bind UDP to a port in the range A:B."), QStringLiteral("A:B")});
    p.addOption({QStringLiteral("no-udp"), QStringLiteral("Use TCP relays only.")});
    p.addOption({QStringLiteral("no-ipv6"), QStringLiteral("Disable IPv6.")});
    p.addOption({QStringLiteral("no-lan-discovery"), QStringLiteral("Do not look for peers on the local network.")});
    p.addOption({QStringLiteral("proxy"),
        QStringLiteral("Reach Tox through a proxy (socks5://host:port or http://host:port); forces TCP."),
        QStringLiteral("URL")});
    p.addOption({QStringLiteral("tcp-relay-port"), QStringLiteral("Serve as a Tox TCP relay on PORT."),
        QStringLiteral("PORT")});
}

bool readNetworkOptions(const QCommandLineParser& p, NetworkOptions* out, QString* error)
{
    NetworkSettings& n = out->network;
    if (p.isSet(QStringLiteral("udp-port")) && !n.setPortRange(p.value(QStringLiteral("udp-port")), error))
        return false;
    if (p.isSet(QStringLiteral("no-udp")))
        n.udpEnabled = false;
    if (p.isSet(QStringLiteral("no-ipv6")))
        n.ipv6Enabled = false;
    if (p.isSet(QStringLiteral("no-lan-discovery")))
        n.lanDiscovery = false;
    QString proxy = p.value(QStringLiteral("proxy"));
    if (proxy.isEmpty())
        proxy = qEnvironmentVariable("ALL_PROXY");
    if (!proxy.isEmpty()) {
        const auto parsed = ProxySettings::parseUrl(proxy, error);
        if (!parsed)
            return false;
        n.proxy = *parsed;
    }
    if (p.isSet(QStringLiteral("tcp-relay-port"))) {
        bool ok = false;
        const uint port = p.value(QStringLiteral("tcp-relay-port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            *error = QStringLiteral("--tcp-relay-port takes a port from 1 to 65535.");
            return false;
        }
        n.tcpRelayPort = static_cast<quint16>(port);
    }
    out->nodesFile = p.value(QStringLiteral("nodes"));
    if (!out->nodesFile.isEmpty()) {
        QString why;
        out->nodes = BootstrapNodes::load(out->nodesFile, &why);
        if (out->nodes.isEmpty()) {
            *error = QStringLiteral("Bootstrap nodes: %1").arg(why);
            return false;
        }
    } else {
        out->nodes = BootstrapNodes::bundled();
    }
    return true;
}

} // namespace warren
