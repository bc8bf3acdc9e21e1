// The bootstrap node list, in the JSON format of nodes.tox.chat
// ({"nodes": [{"ipv4", "ipv6", "port", "tcp_ports", "public_key", ...}]}).
#pragma once

#include "core/toxtypes.h"

#include <QList>
#include <QString>

namespace warren {

struct BootstrapNode {
    QString host; ///< an IPv4/IPv6 address or host name
    quint16 udpPort = 0; ///< 0 when the node serves no UDP
    QList<quint16> tcpPorts;
    PublicKey key;
};

class BootstrapNodes {
public:
    /// Parses the JSON text. Nodes with a bad key or no port are skipped;
    /// returns an empty list and sets @p error when the text is not such a list.
    static QList<BootstrapNode> parse(const QByteArray& json, QString* error);
    /// Reads a file in that format (--nodes FILE, tuntox's -b).
    static QList<BootstrapNode> load(const QString& path, QString* error);
    /// The public list bundled for real users. Never used by tests.
    static QList<BootstrapNode> bundled();
    /// Serialises back to the same format (for tests and for export).
    static QByteArray toJson(const QList<BootstrapNode>& nodes);
};

} // namespace warren
