// warren-tunnel's configuration file (--config FILE), for more forwards
// and rules than a command line holds. Line based; the format is described
// in installer/warren-tunnel.conf.example.
#pragma once

#include "app/tunnelargs.h"
#include "tunnel/forwardspec.h"
#include "tunnel/rules/friendrules.h"

#include <QStringList>

#include <optional>

namespace warren {

struct TunnelConfig {
    // Server side.
    std::optional<QByteArray> secret; ///< "secret TEXT"
    QList<PublicKey> whitelist; ///< "whitelist ID-or-KEY"
    std::optional<tunnel::TunnelRules> defaultRules; ///< the "allow RULE…" lines together
    QList<tunnel::FriendRules> friends; ///< "friend KEY RULE…"
    // Client side.
    std::optional<ToxAddress> server; ///< "server ID"
    QList<tunnel::ForwardSpec> forwards; ///< "forward [ADDR:]LPORT:HOST:RPORT" (no id, no friend yet)
    QList<ListenAddress> socks; ///< "socks5 [ADDR:]PORT"

    bool hasServerLines() const { return !whitelist.isEmpty() || defaultRules || !friends.isEmpty(); }
    bool hasClientLines() const { return server || !forwards.isEmpty() || !socks.isEmpty(); }
};

/// Parses a configuration file's text; every bad line adds "line N: why"
/// to @p errors (secrets are never quoted).
TunnelConfig parseTunnelConfig(QStringView text, QStringList* errors);

} // namespace warren
