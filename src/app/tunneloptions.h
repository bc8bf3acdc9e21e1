// warren-tunnel's options: tuntox's command line (-i -L -W -D -p -s -f -C
// -I -b -u -t -d -q -S -z -F -V -h), Warren's long options and --config
// FILE, checked and mapped onto what the engine and the tunnel service
// take. Errors are sentences for the user; bad arguments exit with 2.
#pragma once

#include "app/appoptions.h"
#include "app/tunnelargs.h"
#include "tunnel/forwardspec.h"
#include "tunnel/peerlink.h"
#include "tunnel/tunnelpolicy.h"

#include <QStringList>

#include <optional>

namespace warren {

struct TunnelOptions {
    enum class Mode { Server, Client };
    Mode mode = Mode::Server;

    NetworkOptions net;
    QString identityDir; ///< -C; empty = a new identity for this run
    QString idFile; ///< -I
    QString dhtInfoFile; ///< --dht-info
    QString pidFile; ///< -F
    int debug = 0; ///< number of -d
    bool quiet = false; ///< -q
    bool syslog = false; ///< -S (and -z)
    bool daemonize = false; ///< -z

    QByteArray secret; ///< -s, TUNTOX_SHARED_SECRET or the config; empty = none
    tunnel::TunnelPolicy policy; ///< server: rules and friend requests; client: refuses everything
    tunnel::LinkSettings link;

    // Client mode.
    ToxAddress server; ///< -i
    QList<tunnel::ForwardSpec> forwards; ///< -L and "forward" lines, ids and friend set
    QList<ListenAddress> socks; ///< -D and "socks5" lines
    QString stdioHost; ///< -W; empty = no stdio tunnel
    quint16 stdioPort = 0;
    bool ping = false; ///< -p

    /// Printed at start: tuntox's permissive defaults, bad rules file lines.
    QStringList warnings;
};

/// Parses @p arguments (argv, program name first) into @p out. Returns the
/// exit code when the program should stop now: 0 after --help or
/// --version, 2 after bad arguments (the messages are printed).
std::optional<int> parseTunnelOptions(const QStringList& arguments, TunnelOptions* out);

} // namespace warren
