// Payloads of the tuntox tunnel set-up frames: REQUESTTUNNEL (client asks
// the server to connect to host:port) and ACKTUNNEL (server names the tunnel).
#pragma once

#include "tunnel/protocol/frame.h"
#include "tunnel/protocol/payloaderror.h"

namespace warren::tunnel {

/// Longest host name a REQUESTTUNNEL can carry: 1365 - 4 bytes of forward id.
inline constexpr qsizetype maxRequestHostSize = maxFrameData - 4;

/// REQUESTTUNNEL: connid = target port; data = forward id (u32) + host bytes.
struct TunnelRequest {
    quint32 forwardId = 0; ///< echoed by ACKTUNNEL/DENY to match the answer
    quint16 port = 0; ///< target port, 1-65535
    QByteArray host; ///< as sent: no NUL, 1-1361 bytes, not resolved
    friend bool operator==(const TunnelRequest&, const TunnelRequest&) = default;
};

/// ACKTUNNEL: connid = the new tunnel id; data = the request's forward id.
struct TunnelAck {
    quint16 tunnelId = 0;
    quint32 forwardId = 0;
    friend bool operator==(const TunnelAck&, const TunnelAck&) = default;
};

/// Builds a REQUESTTUNNEL; fails on port 0 or a host that is empty, too long or has a NUL.
Expected<Frame, PayloadError> makeRequestTunnel(const TunnelRequest& r);
/// Parses a REQUESTTUNNEL with the same checks as makeRequestTunnel().
Expected<TunnelRequest, PayloadError> parseRequestTunnel(const FrameView& f);

Frame makeAckTunnel(const TunnelAck& a);
/// Needs at least the 4-byte forward id; later bytes are ignored.
Expected<TunnelAck, PayloadError> parseAckTunnel(const FrameView& f);

} // namespace warren::tunnel
