// A client-side local forward: listen on a local address and tunnel each
// connection to host:port at a friend (tuntox's -L lport:host:rport).
#pragma once

#include "core/toxtypes.h"

#include <QHostAddress>
#include <QMetaType>
#include <QString>

namespace warren::tunnel {

struct ForwardSpec {
    QString id; ///< unique among forwards; chosen by the caller
    PublicKey friendKey;
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 0; ///< 0 = any free port (see ForwardInfo::listen)
    QString host; ///< at the friend's side
    quint16 port = 0;
    /// Not 0: this forward accepts the friend's offer with this id (a remote
    /// forward). When its port is taken it listens on any free one instead.
    quint32 offerId = 0;

    /// Parses tuntox's "LPORT:HOST:RPORT" (or "ADDR:LPORT:HOST:RPORT").
    /// Returns false and sets @p error on bad input.
    bool parseTuntox(const QString& text, QString* error);
    /// Binding anywhere but loopback exposes the friend's service to the network.
    bool exposesBeyondLoopback() const { return !listenAddress.isLoopback(); }
};

} // namespace warren::tunnel

Q_DECLARE_METATYPE(warren::tunnel::ForwardSpec)
