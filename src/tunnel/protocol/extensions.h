// Warren's extension frames (types 0x0700-0x0705, see PROTOCOL.md; the
// remote-forward frames 0x0706-0x0708 are in offerframes.h). HELLO
// goes to every friend before any other frame; the others are used only
// towards a friend whose HELLO has arrived. tuntox never sends HELLO and
// ignores these types, so a tuntox peer keeps plain tuntox semantics.
#pragma once

#include "tunnel/protocol/frame.h"
#include "tunnel/protocol/payloaderror.h"

#include <QFlags>

namespace warren::tunnel {

/// The extension version this code speaks.
inline constexpr quint16 extensionVersion = 1;

enum class Capability : quint32 {
    CreditFlow = 1u << 0, ///< per-tunnel byte windows refilled by CREDIT
    HalfClose = 1u << 1, ///< HALF_CLOSE instead of closing on EOF
    DenyWithReason = 1u << 2, ///< DENY answers a refused REQUESTTUNNEL
    KeepaliveRtt = 1u << 3, ///< KEEPALIVE / KEEPALIVE_ACK
    RemoteForwards = 1u << 4, ///< OFFER / ANSWER / WITHDRAW (offerframes.h)
    Express = 1u << 5, ///< early lossy copies of small stream data (express.h)
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

/// Every capability this code implements.
inline constexpr quint32 allCapabilityBits = 0x3F;

/// HELLO (connid 0): u16 version, u32 capability bits, u32 initial window.
/// Unknown capability bits are kept (and dropped by negotiate()).
struct Hello {
    quint16 version = extensionVersion;
    quint32 capabilities = 0; ///< Capability bits; raw to keep unknown ones
    quint32 initialWindow = 0; ///< bytes the sender accepts per tunnel before its first CREDIT
    Capabilities caps() const { return Capabilities::fromInt(capabilities & allCapabilityBits); }
    friend bool operator==(const Hello&, const Hello&) = default;
};

/// What both peers agreed on, from our HELLO and theirs.
struct Negotiated {
    quint16 version = 0;
    Capabilities caps;
    quint32 peerInitialWindow = 0; ///< what we may send per tunnel before CREDIT
    friend bool operator==(const Negotiated&, const Negotiated&) = default;
};
/// Lower version, common capabilities (known bits only), the peer's window.
Negotiated negotiate(const Hello& ours, const Hello& theirs);

/// CREDIT (connid = tunnel id): u32 more bytes the sender will accept.
struct Credit {
    quint16 tunnelId = 0;
    quint32 bytes = 0;
    friend bool operator==(const Credit&, const Credit&) = default;
};

enum class HalfCloseDirection : quint8 {
    Write = 1, ///< the sender will send no more TCP data (its socket read EOF)
    Read = 2, ///< the sender discards further data; the receiver should stop sending
};

/// HALF_CLOSE (connid = tunnel id): u8 direction.
struct HalfClose {
    quint16 tunnelId = 0;
    HalfCloseDirection direction = HalfCloseDirection::Write;
    friend bool operator==(const HalfClose&, const HalfClose&) = default;
};

/// Reason codes of DENY. Unknown codes are kept as they are.
enum class DenyReason : quint16 {
    Unspecified = 0,
    RuleDenied = 1,
    ConnectionRefused = 2,
    HostNotFound = 3,
    Unreachable = 4,
    TimedOut = 5,
    TooManyTunnels = 6,
    ProtocolError = 7,
};
QString describe(DenyReason r);

/// Longest DENY text: 1365 - 4 (forward id) - 2 (reason) bytes of UTF-8.
inline constexpr qsizetype maxDenyTextSize = maxFrameData - 6;

/// DENY (connid = the requested port): u32 forward id, u16 reason, UTF-8 text.
struct Deny {
    quint16 port = 0;
    quint32 forwardId = 0;
    DenyReason reason = DenyReason::Unspecified;
    QString text; ///< for humans; may be empty
    friend bool operator==(const Deny&, const Deny&) = default;
};

/// KEEPALIVE / KEEPALIVE_ACK (connid 0): u64 timestamp of the KEEPALIVE's
/// sender (opaque to the receiver, which echoes it in the ACK).
struct Keepalive {
    quint64 timestamp = 0;
    friend bool operator==(const Keepalive&, const Keepalive&) = default;
};

Frame makeHello(const Hello& h);
Frame makeCredit(const Credit& c);
Frame makeHalfClose(const HalfClose& h);
/// Text longer than maxDenyTextSize bytes of UTF-8 is cut at a character boundary.
Frame makeDeny(const Deny& d);
Frame makeKeepalive(const Keepalive& k);
Frame makeKeepaliveAck(const Keepalive& k);

// Parsers check the type and the fixed fields; bytes after the fixed fields
// are ignored (room for later versions), except in DENY where they are the text.
Expected<Hello, PayloadError> parseHello(const FrameView& f);
Expected<Credit, PayloadError> parseCredit(const FrameView& f);
Expected<HalfClose, PayloadError> parseHalfClose(const FrameView& f);
Expected<Deny, PayloadError> parseDeny(const FrameView& f);
/// Accepts KEEPALIVE and KEEPALIVE_ACK alike; the frame's type tells which.
Expected<Keepalive, PayloadError> parseKeepalive(const FrameView& f);

} // namespace warren::tunnel
