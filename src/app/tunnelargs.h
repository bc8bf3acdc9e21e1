// Value parsers shared by warren-tunnel's command line and its --config
// file. Each returns false and sets a sentence in @p error on bad input.
#pragma once

#include "core/toxtypes.h"

#include <QHostAddress>
#include <QString>

namespace warren {

/// A local address to listen on; 127.0.0.1 unless one is given.
struct ListenAddress {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    /// "127.0.0.1:1080", "[::1]:1080"
    QString toString() const;
};

/// A port from 1 to 65535.
bool parsePort(QStringView text, quint16* port, QString* error);
/// A 76-hex Tox ID (checksum checked).
bool parseToxId(QStringView text, ToxAddress* out, QString* error);
/// A 76-hex Tox ID or a 64-hex public key: whitelists compare keys only.
bool parsePeerKey(QStringView text, PublicKey* out, QString* error);
/// "HOST:PORT", with "[v6]:PORT" for IPv6 addresses (tuntox -W).
bool parseHostPort(QStringView text, QString* host, quint16* port, QString* error);
/// "PORT" or "ADDRESS:PORT" (tuntox -D, plus an optional address).
bool parseListenAddress(QStringView text, ListenAddress* out, QString* error);

} // namespace warren
