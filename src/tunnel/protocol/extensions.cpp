#include "tunnel/protocol/extensions.h"

#include "tunnel/protocol/wire.h"

#include <QStringDecoder>

#include <algorithm>

namespace warren::tunnel {

namespace {
constexpr qsizetype helloSize = 2 + 4 + 4;
constexpr qsizetype denyFixedSize = 4 + 2;

Frame sized(FrameType type, quint16 connId, qsizetype size)
{
    return Frame{type, connId, QByteArray(size, Qt::Uninitialized)};
}

Frame keepaliveFrame(FrameType type, quint64 timestamp)
{
    Frame f = sized(type, 0, 8);
    wire::put64(f.data.data(), timestamp);
    return f;
}

/// Cuts UTF-8 at @p max bytes without splitting a character.
QByteArray truncatedUtf8(const QString& text, qsizetype max)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= max)
        return utf8;
    qsizetype cut = max;
    while (cut > 0 && (static_cast<quint8>(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    utf8.truncate(cut);
    return utf8;
}
} // namespace

Negotiated negotiate(const Hello& ours, const Hello& theirs)
{
    return Negotiated{std::min(ours.version, theirs.version), ours.caps() & theirs.caps(), theirs.initialWindow};
}

QString describe(DenyReason r)
{
    switch (r) {
    case DenyReason::Unspecified:
        return QStringLiteral("refused");
    case DenyReason::RuleDenied:
        return QStringLiteral("not allowed by the server's rules");
    case DenyReason::ConnectionRefused:
        return QStringLiteral("connection refused by the target");
    case DenyReason::HostNotFound:
        return QStringLiteral("target host not found");
    case DenyReason::Unreachable:
        return QStringLiteral("target unreachable");
    case DenyReason::TimedOut:
        return QStringLiteral("connecting to the target timed out");
    case DenyReason::TooManyTunnels:
        return QStringLiteral("too many tunnels");
    case DenyReason::ProtocolError:
        return QStringLiteral("protocol error");
    }
    return QStringLiteral("refused (reason %1)").arg(static_cast<quint16>(r));
}

Frame makeHello(const Hello& h)
{
    Frame f = sized(FrameType::Hello, 0, helloSize);
    char* p = f.data.data();
    wire::put16(p, h.version);
    wire::put32(p + 2, h.capabilities);
    wire::put32(p + 6, h.initialWindow);
    return f;
}

Frame makeCredit(const Credit& c)
{
    Frame f = sized(FrameType::Credit, c.tunnelId, 4);
    wire::put32(f.data.data(), c.bytes);
    return f;
}

Frame makeHalfClose(const HalfClose& h)
{
    Frame f = sized(FrameType::HalfClose, h.tunnelId, 1);
    wire::put8(f.data.data(), static_cast<quint8>(h.direction));
    return f;
}

Frame makeDeny(const Deny& d)
{
    const QByteArray text = truncatedUtf8(d.text, maxDenyTextSize);
    Frame f = sized(FrameType::Deny, d.port, denyFixedSize + text.size());
    char* p = f.data.data();
    wire::put32(p, d.forwardId);
    wire::put16(p + 4, static_cast<quint16>(d.reason));
    std::copy(text.cbegin(), text.cend(), p + denyFixedSize);
    return f;
}

Frame makeKeepalive(const Keepalive& k)
{
    return keepaliveFrame(FrameType::Keepalive, k.timestamp);
}
Frame makeKeepaliveAck(const Keepalive& k)
{
    return keepaliveFrame(FrameType::KeepaliveAck, k.timestamp);
}

Expected<Hello, PayloadError> parseHello(const FrameView& f)
{
    if (f.type != FrameType::Hello)
        return PayloadError::WrongType;
    if (f.data.size() < helloSize)
        return PayloadError::TooShort;
    const char* p = f.data.data();
    return Hello{wire::u16(p), wire::u32(p + 2), wire::u32(p + 6)};
}

Expected<Credit, PayloadError> parseCredit(const FrameView& f)
{
    if (f.type != FrameType::Credit)
        return PayloadError::WrongType;
    if (f.data.size() < 4)
        return PayloadError::TooShort;
    return Credit{f.connId, wire::u32(f.data.data())};
}

Expected<HalfClose, PayloadError> parseHalfClose(const FrameView& f)
{
    if (f.type != FrameType::HalfClose)
        return PayloadError::WrongType;
    if (f.data.size() < 1)
        return PayloadError::TooShort;
    const quint8 d = wire::u8(f.data.data());
    if (d != static_cast<quint8>(HalfCloseDirection::Write) && d != static_cast<quint8>(HalfCloseDirection::Read))
        return PayloadError::BadDirection;
    return HalfClose{f.connId, static_cast<HalfCloseDirection>(d)};
}

Expected<Deny, PayloadError> parseDeny(const FrameView& f)
{
    if (f.type != FrameType::Deny)
        return PayloadError::WrongType;
    if (f.data.size() < denyFixedSize)
        return PayloadError::TooShort;
    const char* p = f.data.data();
    // Keep a leading BOM as a character so that make(parse(x)) gives x back.
    QStringDecoder utf8(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = utf8.decode(f.data.sliced(denyFixedSize));
    if (utf8.hasError())
        return PayloadError::BadUtf8;
    return Deny{f.connId, wire::u32(p), static_cast<DenyReason>(wire::u16(p + 4)), std::move(text)};
}

Expected<Keepalive, PayloadError> parseKeepalive(const FrameView& f)
{
    if (f.type != FrameType::Keepalive && f.type != FrameType::KeepaliveAck)
        return PayloadError::WrongType;
    if (f.data.size() < 8)
        return PayloadError::TooShort;
    return Keepalive{wire::u64(f.data.data())};
}

} // namespace warren::tunnel
