#include "tunnel/protocol/tunnelpayloads.h"

#include "tunnel/protocol/wire.h"

#include <algorithm>
#include <optional>

namespace warren::tunnel {

namespace {
constexpr qsizetype forwardIdSize = 4;

std::optional<PayloadError> checkRequest(quint16 port, QByteArrayView host)
{
    if (port == 0)
        return PayloadError::BadPort;
    if (host.isEmpty())
        return PayloadError::EmptyHost;
    if (host.size() > maxRequestHostSize)
        return PayloadError::HostTooLong;
    if (host.contains('\0'))
        return PayloadError::HostHasNul;
    return std::nullopt;
}
} // namespace

Expected<Frame, PayloadError> makeRequestTunnel(const TunnelRequest& r)
{
    if (const auto bad = checkRequest(r.port, r.host))
        return *bad;
    Frame f{FrameType::RequestTunnel, r.port, QByteArray(forwardIdSize + r.host.size(), Qt::Uninitialized)};
    wire::put32(f.data.data(), r.forwardId);
    std::copy(r.host.cbegin(), r.host.cend(), f.data.begin() + forwardIdSize);
    return f;
}

Expected<TunnelRequest, PayloadError> parseRequestTunnel(const FrameView& f)
{
    if (f.type != FrameType::RequestTunnel)
        return PayloadError::WrongType;
    if (f.data.size() < forwardIdSize)
        return PayloadError::TooShort;
    const QByteArrayView host = f.data.sliced(forwardIdSize);
    if (const auto bad = checkRequest(f.connId, host))
        return *bad;
    return TunnelRequest{wire::u32(f.data.data()), f.connId, host.toByteArray()};
}

Frame makeAckTunnel(const TunnelAck& a)
{
    Frame f{FrameType::AckTunnel, a.tunnelId, QByteArray(forwardIdSize, Qt::Uninitialized)};
    wire::put32(f.data.data(), a.forwardId);
    return f;
}

Expected<TunnelAck, PayloadError> parseAckTunnel(const FrameView& f)
{
    if (f.type != FrameType::AckTunnel)
        return PayloadError::WrongType;
    if (f.data.size() < forwardIdSize)
        return PayloadError::TooShort;
    return TunnelAck{f.connId, wire::u32(f.data.data())};
}

} // namespace warren::tunnel
