// The server side of SOCKS5 (RFC 1928) as far as warren-tunnel -D needs it:
// the no-authentication method and CONNECT to an IPv4 address, an IPv6
// address or a domain name (sent on unresolved, so the tunnel server
// resolves it). Pure value code: no sockets.
#pragma once

#include "tunnel/protocol/expected.h"
#include "tunnel/protocol/extensions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace warren::tunnel::socks5 {

inline constexpr quint8 version = 5;
inline constexpr quint8 noAuthentication = 0x00;
inline constexpr quint8 noAcceptableMethod = 0xFF;
inline constexpr quint8 connectCommand = 0x01;

/// Reply codes (REP).
enum class Reply : quint8 {
    Succeeded = 0x00,
    GeneralFailure = 0x01,
    NotAllowed = 0x02,
    NetworkUnreachable = 0x03,
    HostUnreachable = 0x04,
    ConnectionRefused = 0x05,
    TtlExpired = 0x06,
    CommandNotSupported = 0x07,
    AddressTypeNotSupported = 0x08,
};

/// Size of the whole greeting (VER NMETHODS METHODS…) judged from its first
/// bytes: a lower bound until the first 2 bytes are there.
qsizetype greetingSize(QByteArrayView head);
/// True when the complete @p greeting is SOCKS5 and offers "no authentication".
bool offersNoAuthentication(QByteArrayView greeting);
/// The method selection message: no authentication, or none acceptable.
QByteArray methodSelection(bool accepted);

/// Size of the whole request (VER CMD RSV ATYP DST.ADDR DST.PORT) judged
/// from its first bytes: a lower bound until the address type and, for a
/// domain name, its length are there. -1 for an unknown address type.
qsizetype requestSize(QByteArrayView head);

struct Request {
    QString host; ///< dotted IPv4, IPv6 without brackets, or the domain name as sent
    quint16 port = 0;
};
/// Parses a complete CONNECT request. The error is the reply to send.
Expected<Request, Reply> parseRequest(QByteArrayView request);

/// A reply with BND.ADDR 0.0.0.0:0 (the tunnel server's local address is unknown).
QByteArray reply(Reply code);
/// The reply for a tunnel request that failed for @p reason.
Reply replyFor(DenyReason reason);

} // namespace warren::tunnel::socks5
