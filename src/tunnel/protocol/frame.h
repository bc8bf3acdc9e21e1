// The tuntox v2 frame: one Tox lossless custom packet carrying an 8-byte
// big-endian header (magic, type, connid, data length) and up to 1365 data
// bytes. Pure value code: no sockets, no Tox. See PROTOCOL.md next to this file.
#pragma once

#include "tunnel/protocol/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace warren::tunnel {

inline constexpr quint16 frameMagic = 0xA26B;
inline constexpr qsizetype frameHeaderSize = 8;
inline constexpr qsizetype maxFrameData = 1365;
/// TOX_MAX_CUSTOM_PACKET_SIZE.
inline constexpr qsizetype maxPacketSize = frameHeaderSize + maxFrameData;

/// Frame types. The enum holds any 16-bit value: unknown types stay
/// representable so receivers can report and ignore them.
enum class FrameType : quint16 {
    // tuntox v2
    Pong = 0x0100,
    Ping = 0x0108,
    Tcp = 0x0600,
    TcpFin = 0x0601,
    RequestTunnel = 0x0602,
    DenyTunnel = 0x0604, ///< defined by tuntox, never sent nor handled; Warren does the same
    AckTunnel = 0x0610,
    // Warren extensions (PROTOCOL.md); tuntox ignores them as unknown
    Hello = 0x0700,
    Credit = 0x0701,
    HalfClose = 0x0702,
    Deny = 0x0703,
    Keepalive = 0x0704,
    KeepaliveAck = 0x0705,
    Offer = 0x0706, ///< remote forwards: a friend offers us one of its ports
    Answer = 0x0707,
    Withdraw = 0x0708,
};

bool isTuntoxType(FrameType t);
bool isExtensionType(FrameType t);
/// True for every type listed in FrameType.
inline bool isKnownType(FrameType t)
{
    return isTuntoxType(t) || isExtensionType(t);
}
/// "TCP", "HELLO", … or "0x1234" for unknown types (for logs).
QString frameTypeName(FrameType t);

/// A decoded frame that points into the packet it came from: valid only as
/// long as that packet's bytes are. No copy is made.
struct FrameView {
    FrameType type = FrameType::Ping;
    quint16 connId = 0;
    QByteArrayView data;
};

/// A frame that owns its data.
struct Frame {
    FrameType type = FrameType::Ping;
    quint16 connId = 0;
    QByteArray data;

    FrameView view() const { return {type, connId, QByteArrayView(data)}; }
    static Frame fromView(const FrameView& v) { return {v.type, v.connId, v.data.toByteArray()}; }
    friend bool operator==(const Frame&, const Frame&) = default;
};

/// Why a received packet was dropped (the receiver rules of tuntox).
enum class DecodeError {
    TooShort, ///< fewer than 8 bytes
    BadMagic, ///< not 0xA26B (0xA26A is tuntox v1)
    Truncated, ///< declared data length exceeds the bytes that arrived
    DataTooLong, ///< declared data length exceeds 1365
};
QString describe(DecodeError e);

/// Applies the receiver rules: drops packets shorter than 8 bytes, with
/// another magic, or whose declared length exceeds what arrived or 1365.
/// Bytes after 8+n are ignored. Unknown types decode fine (see isKnownType).
/// The result points into @p packet.
Expected<FrameView, DecodeError> decode(QByteArrayView packet);

/// Writes the 8-byte header for @p dataLength bytes of data to @p out.
void writeHeader(char* out, FrameType type, quint16 connId, quint16 dataLength);

/// Encodes @p f into @p out (capacity @p capacity). Returns the packet size,
/// or 0 when the data exceeds 1365 bytes or the buffer is too small.
qsizetype encode(const FrameView& f, char* out, qsizetype capacity);
/// Encodes @p f into @p out, reusing its allocation (f.data must not point
/// into @p out). Returns false (and leaves @p out empty) when the data
/// exceeds 1365 bytes.
bool encode(const FrameView& f, QByteArray& out);
/// Convenience: the encoded packet, or an empty array when the data is too long.
QByteArray encode(const FrameView& f);
inline QByteArray encode(const Frame& f)
{
    return encode(f.view());
}

/// A fixed buffer of one maximal packet, for the hot path: read stream bytes
/// straight into data(), then seal() writes the header in front of them.
/// No heap allocation. The returned view is valid until the next seal().
class PacketBuffer {
public:
    char* data() { return m_bytes.data() + frameHeaderSize; }
    static constexpr qsizetype dataCapacity() { return maxFrameData; }
    /// Puts the header in front of the first @p dataLength bytes of data().
    /// A length outside 0-1365 is a bug: it asserts, or gives an empty view.
    QByteArrayView seal(FrameType type, quint16 connId, qsizetype dataLength);

private:
    std::array<char, maxPacketSize> m_bytes{};
};

} // namespace warren::tunnel
