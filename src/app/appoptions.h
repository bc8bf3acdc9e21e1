// Command-line options both binaries share: where profiles live and how to
// reach the Tox network. Parsing only; errors are sentences for the user.
#pragma once

#include "core/bootstrapnodes.h"
#include "core/networksettings.h"

#include <QCommandLineParser>

namespace warren {

struct NetworkOptions {
    NetworkSettings network;
    QList<BootstrapNode> nodes; ///< --nodes FILE, else the bundled list
    QString nodesFile;
};

/// Adds --nodes, --udp-port, --no-udp, --no-ipv6, --no-lan-discovery,
/// --proxy and --tcp-relay-port to @p parser. @p nodesFlags names the nodes
/// option (warren: "nodes"; warren-tunnel also accepts tuntox's "b").
void addNetworkOptions(QCommandLineParser& parser, const QStringList& nodesFlags = {QStringLiteral("nodes")});

/// Reads those options (and ALL_PROXY, as tuntox does). Returns false and
/// sets @p error on bad input.
bool readNetworkOptions(const QCommandLineParser& parser, NetworkOptions* out, QString* error);

} // namespace warren
