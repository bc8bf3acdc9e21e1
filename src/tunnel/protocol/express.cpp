#include "tunnel/protocol/express.h"

#include "tunnel/protocol/wire.h"

#include <cstring>

namespace warren::tunnel {

std::optional<ExpressView> parseExpress(QByteArrayView packet)
{
    if (packet.size() <= expressHeaderSize || packet.size() > expressHeaderSize + maxExpressData)
        return std::nullopt;
    const char* p = packet.data();
    if (wire::u8(p) != expressPacketId || wire::u8(p + 1) != expressKindData)
        return std::nullopt;
    ExpressView e;
    e.connId = wire::u16(p + 2);
    e.tag = wire::u32(p + 4);
    e.offset = wire::u64(p + 8);
    e.data = packet.sliced(expressHeaderSize);
    return e;
}

QByteArrayView ExpressBuffer::build(quint16 connId, quint32 tag, quint64 offset, QByteArrayView data)
{
    if (data.isEmpty() || data.size() > maxExpressData)
        return {};
    char* p = m_bytes.data();
    wire::put8(p, expressPacketId);
    wire::put8(p + 1, expressKindData);
    wire::put16(p + 2, connId);
    wire::put32(p + 4, tag);
    wire::put64(p + 8, offset);
    std::memcpy(p + expressHeaderSize, data.data(), static_cast<size_t>(data.size()));
    return {p, expressHeaderSize + data.size()};
}

} // namespace warren::tunnel
