#include "tunnel/socks5protocol.h"

#include <QHostAddress>
#include <QtEndian>

namespace warren::tunnel::socks5 {

namespace {
enum AddressType : quint8 { IPv4 = 0x01, DomainName = 0x03, IPv6 = 0x04 };
constexpr qsizetype requestHeader = 4; // VER CMD RSV ATYP

quint8 byteAt(QByteArrayView b, qsizetype i)
{
    return static_cast<quint8>(b[i]);
}
} // namespace

qsizetype greetingSize(QByteArrayView head)
{
    if (head.size() < 2)
        return 2;
    return 2 + byteAt(head, 1);
}

bool offersNoAuthentication(QByteArrayView greeting)
{
    if (greeting.size() < 2 || byteAt(greeting, 0) != version || greeting.size() != greetingSize(greeting))
        return false;
    return greeting.sliced(2).contains(static_cast<char>(noAuthentication));
}

QByteArray methodSelection(bool accepted)
{
    QByteArray out(2, Qt::Uninitialized);
    out[0] = static_cast<char>(version);
    out[1] = static_cast<char>(accepted ? noAuthentication : noAcceptableMethod);
    return out;
}

qsizetype requestSize(QByteArrayView head)
{
    if (head.size() < requestHeader + 1)
        return requestHeader + 1;
    switch (byteAt(head, 3)) {
    case IPv4:
        return requestHeader + 4 + 2;
    case IPv6:
        return requestHeader + 16 + 2;
    case DomainName:
        return requestHeader + 1 + byteAt(head, 4) + 2;
    default:
        return -1;
    }
}

Expected<Request, Reply> parseRequest(QByteArrayView request)
{
    const qsizetype size = requestSize(request);
    if (size < 0)
        return Reply::AddressTypeNotSupported;
    if (request.size() != size || byteAt(request, 0) != version)
        return Reply::GeneralFailure;
    if (byteAt(request, 1) != connectCommand)
        return Reply::CommandNotSupported;
    Request r;
    r.port = qFromBigEndian<quint16>(request.data() + size - 2);
    const QByteArrayView address = request.sliced(requestHeader, size - requestHeader - 2);
    switch (byteAt(request, 3)) {
    case IPv4:
        r.host = QHostAddress(qFromBigEndian<quint32>(address.data())).toString();
        break;
    case IPv6:
        r.host = QHostAddress(reinterpret_cast<const quint8*>(address.data())).toString();
        break;
    default: {
        const QByteArrayView name = address.sliced(1);
        if (name.isEmpty() || name.contains('\0'))
            return Reply::HostUnreachable;
        r.host = QString::fromUtf8(name);
        break;
    }
    }
    if (r.port == 0)
        return Reply::HostUnreachable;
    return r;
}

QByteArray reply(Reply code)
{
    // VER REP RSV ATYP=IPv4 0.0.0.0 port 0
    QByteArray out(10, '\0');
    out[0] = static_cast<char>(version);
    out[1] = static_cast<char>(code);
    out[3] = static_cast<char>(IPv4);
    return out;
}

Reply replyFor(DenyReason reason)
{
    switch (reason) {
    case DenyReason::RuleDenied:
        return Reply::NotAllowed;
    case DenyReason::ConnectionRefused:
        return Reply::ConnectionRefused;
    case DenyReason::HostNotFound:
        return Reply::HostUnreachable;
    case DenyReason::Unreachable:
        return Reply::NetworkUnreachable;
    case DenyReason::TimedOut:
        return Reply::TtlExpired;
    default:
        return Reply::GeneralFailure;
    }
}

} // namespace warren::tunnel::socks5
