#include "core/bootstrapnodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace warren {

namespace {
bool usableHost(const QString& h)
{
    return !h.isEmpty() && h != QLatin1String("-");
}
} // namespace

QList<BootstrapNode> BootstrapNodes::parse(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QLatin1String("nodes")).isArray()) {
        if (error)
            *error = pe.error != QJsonParseError::NoError
                ? QStringLiteral("not valid JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset)
                : QStringLiteral("no \"nodes\" array (expected the nodes.tox.chat format)");
        return {};
    }
    QList<BootstrapNode> out;
    const QJsonArray nodes = doc.object().value(QLatin1String("nodes")).toArray();
    for (const auto& v : nodes) {
        const QJsonObject o = v.toObject();
        BootstrapNode n;
        n.key = PublicKey::fromHex(o.value(QLatin1String("public_key")).toString());
        const int port = o.value(QLatin1String("port")).toInt(0);
        n.udpPort = (port > 0 && port <= 65535) ? static_cast<quint16>(port) : 0;
        for (const auto& tp : o.value(QLatin1String("tcp_ports")).toArray()) {
            const int p = tp.toInt(0);
            if (p > 0 && p <= 65535)
                n.tcpPorts.append(static_cast<quint16>(p));
        }
        const QString v4 = o.value(QLatin1String("ipv4")).toString();
        const QString v6 = o.value(QLatin1String("ipv6")).toString();
        n.host = usableHost(v4) ? v4 : (usableHost(v6) ? v6 : QString());
        if (n.key.isNull() || n.host.isEmpty() || (n.udpPort == 0 && n.tcpPorts.isEmpty()))
            continue;
        out.append(n);
    }
    if (out.isEmpty() && error)
        *error = QStringLiteral("the list holds no usable node");
    return out;
}

QList<BootstrapNode> BootstrapNodes::load(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    QString why;
    auto nodes = parse(f.readAll(), &why);
    if (nodes.isEmpty() && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return nodes;
}

QList<BootstrapNode> BootstrapNodes::bundled()
{
    return load(QStringLiteral(":/warren/nodes.json"), nullptr);
}

QByteArray BootstrapNodes::toJson(const QList<BootstrapNode>& nodes)
{
    QJsonArray arr;
    for (const BootstrapNode& n : nodes) {
        QJsonObject o;
        o.insert(QLatin1String("ipv4"), n.host);
        o.insert(QLatin1String("ipv6"), QStringLiteral("-"));
        o.insert(QLatin1String("port"), n.udpPort);
        QJsonArray tcp;
        for (quint16 p : n.tcpPorts)
            tcp.append(p);
        o.insert(QLatin1String("tcp_ports"), tcp);
        o.insert(QLatin1String("public_key"), n.key.toHex());
        arr.append(o);
    }
    QJsonObject root;
    root.insert(QLatin1String("nodes"), arr);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace warren
