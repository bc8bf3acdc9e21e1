// EXPRESS: an early copy of a few tunnel bytes in a Tox *lossy* packet
// (Warren peers with capability 0x20, see PROTOCOL.md). toxcore paces
// lossless packets with its congestion control, which holds a small echo
// for about 2 ms; a lossy packet leaves at once. The lossless TCP frame
// still carries every byte: the receiver takes an EXPRESS copy only when it
// continues the stream exactly where its delivered bytes end, and skips
// those bytes when their lossless frame arrives. A lost, late or repeated
// copy therefore changes nothing. Pure value code.
#pragma once

#include <QByteArrayView>

#include <array>
#include <optional>

namespace warren::tunnel {

/// Tox lossy custom packet id (200..254 are for applications).
inline constexpr quint8 expressPacketId = 0xC8;
inline constexpr quint8 expressKindData = 1;
/// id, kind, connid, tag, offset.
inline constexpr qsizetype expressHeaderSize = 1 + 1 + 2 + 4 + 8;
/// TOX_MAX_CUSTOM_PACKET_SIZE minus the header.
inline constexpr qsizetype maxExpressData = 1373 - expressHeaderSize;

struct ExpressView {
    quint16 connId = 0;
    quint32 tag = 0; ///< the forward id of the REQUESTTUNNEL that opened the tunnel
    quint64 offset = 0; ///< stream position of data's first byte, in the sender's direction
    QByteArrayView data;
};

/// Parses a lossy packet; nullopt for another id or kind, a short packet,
/// or no data. The view points into @p packet.
std::optional<ExpressView> parseExpress(QByteArrayView packet);

/// A buffer for one EXPRESS packet, built on the hot path without allocation.
class ExpressBuffer {
public:
    /// Copies @p data (1..maxExpressData bytes) behind the header. Returns
    /// the packet, valid until the next call; empty for a bad length.
    QByteArrayView build(quint16 connId, quint32 tag, quint64 offset, QByteArrayView data);

private:
    std::array<char, expressHeaderSize + maxExpressData> m_bytes{};
};

} // namespace warren::tunnel
