#include "tunnel/protocol/frame.h"

#include "tunnel/protocol/wire.h"

#include <cstring>

namespace warren::tunnel {

bool isTuntoxType(FrameType t)
{
    switch (t) {
    case FrameType::Pong:
    case FrameType::Ping:
    case FrameType::Tcp:
    case FrameType::TcpFin:
    case FrameType::RequestTunnel:
    case FrameType::DenyTunnel:
    case FrameType::AckTunnel:
        return true;
    default:
        return false;
    }
}

bool isExtensionType(FrameType t)
{
    switch (t) {
    case FrameType::Hello:
    case FrameType::Credit:
    case FrameType::HalfClose:
    case FrameType::Deny:
    case FrameType::Keepalive:
    case FrameType::KeepaliveAck:
    case FrameType::Offer:
    case FrameType::Answer:
    case FrameType::Withdraw:
        return true;
    default:
        return false;
    }
}

QString frameTypeName(FrameType t)
{
    switch (t) {
    case FrameType::Pong:
        return QStringLiteral("PONG");
    case FrameType::Ping:
        return QStringLiteral("PING");
    case FrameType::Tcp:
        return QStringLiteral("TCP");
    case FrameType::TcpFin:
        return QStringLiteral("TCP_FIN");
    case FrameType::RequestTunnel:
        return QStringLiteral("REQUESTTUNNEL");
    case FrameType::DenyTunnel:
        return QStringLiteral("DENYTUNNEL");
    case FrameType::AckTunnel:
        return QStringLiteral("ACKTUNNEL");
    case FrameType::Hello:
        return QStringLiteral("HELLO");
    case FrameType::Credit:
        return QStringLiteral("CREDIT");
    case FrameType::HalfClose:
        return QStringLiteral("HALF_CLOSE");
    case FrameType::Deny:
        return QStringLiteral("DENY");
    case FrameType::Keepalive:
        return QStringLiteral("KEEPALIVE");
    case FrameType::KeepaliveAck:
        return QStringLiteral("KEEPALIVE_ACK");
    case FrameType::Offer:
        return QStringLiteral("OFFER");
    case FrameType::Answer:
        return QStringLiteral("ANSWER");
    case FrameType::Withdraw:
        return QStringLiteral("WITHDRAW");
    }
    return QStringLiteral("0x%1").arg(static_cast<quint16>(t), 4, 16, QLatin1Char('0'));
}

QString describe(DecodeError e)
{
    switch (e) {
    case DecodeError::TooShort:
        return QStringLiteral("packet shorter than the 8-byte frame header");
    case DecodeError::BadMagic:
        return QStringLiteral("wrong magic (not a tuntox v2 frame)");
    case DecodeError::Truncated:
        return QStringLiteral("declared data length exceeds the packet");
    case DecodeError::DataTooLong:
        return QStringLiteral("declared data length exceeds 1365 bytes");
    }
    return QStringLiteral("unknown decode error");
}

Expected<FrameView, DecodeError> decode(QByteArrayView packet)
{
    if (packet.size() < frameHeaderSize)
        return DecodeError::TooShort;
    const char* p = packet.data();
    if (wire::u16(p) != frameMagic)
        return DecodeError::BadMagic;
    const qsizetype length = wire::u16(p + 6);
    if (length > maxFrameData)
        return DecodeError::DataTooLong;
    if (length > packet.size() - frameHeaderSize)
        return DecodeError::Truncated;
    return FrameView{
        static_cast<FrameType>(wire::u16(p + 2)), wire::u16(p + 4), packet.sliced(frameHeaderSize, length)};
}

void writeHeader(char* out, FrameType type, quint16 connId, quint16 dataLength)
{
    wire::put16(out, frameMagic);
    wire::put16(out + 2, static_cast<quint16>(type));
    wire::put16(out + 4, connId);
    wire::put16(out + 6, dataLength);
}

qsizetype encode(const FrameView& f, char* out, qsizetype capacity)
{
    const qsizetype n = f.data.size();
    if (n > maxFrameData || capacity < frameHeaderSize + n)
        return 0;
    writeHeader(out, f.type, f.connId, static_cast<quint16>(n));
    if (n > 0)
        std::memmove(out + frameHeaderSize, f.data.data(), static_cast<size_t>(n));
    return frameHeaderSize + n;
}

bool encode(const FrameView& f, QByteArray& out)
{
    if (f.data.size() > maxFrameData) {
        out.clear();
        return false;
    }
    out.resize(frameHeaderSize + f.data.size());
    encode(f, out.data(), out.size());
    return true;
}

QByteArray encode(const FrameView& f)
{
    QByteArray out;
    encode(f, out);
    return out;
}

QByteArrayView PacketBuffer::seal(FrameType type, quint16 connId, qsizetype dataLength)
{
    Q_ASSERT(dataLength >= 0 && dataLength <= maxFrameData);
    if (dataLength < 0 || dataLength > maxFrameData)
        return {};
    writeHeader(m_bytes.data(), type, connId, static_cast<quint16>(dataLength));
    return QByteArrayView(m_bytes.data(), frameHeaderSize + dataLength);
}

} // namespace warren::tunnel
