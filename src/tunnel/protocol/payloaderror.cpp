#include "tunnel/protocol/payloaderror.h"

namespace warren::tunnel {

QString describe(PayloadError e)
{
    switch (e) {
    case PayloadError::WrongType:
        return QStringLiteral("frame of another type");
    case PayloadError::TooShort:
        return QStringLiteral("payload shorter than its fixed fields");
    case PayloadError::BadPort:
        return QStringLiteral("target port 0");
    case PayloadError::EmptyHost:
        return QStringLiteral("empty host name");
    case PayloadError::HostTooLong:
        return QStringLiteral("host name too long");
    case PayloadError::HostHasNul:
        return QStringLiteral("host name contains a NUL byte");
    case PayloadError::BadDirection:
        return QStringLiteral("undefined half-close direction");
    case PayloadError::BadUtf8:
        return QStringLiteral("text is not valid UTF-8");
    case PayloadError::TextTooLong:
        return QStringLiteral("text longer than its limit");
    case PayloadError::BadFlag:
        return QStringLiteral("undefined flag value");
    case PayloadError::BadOfferId:
        return QStringLiteral("offer id 0");
    }
    return QStringLiteral("unknown payload error");
}

} // namespace warren::tunnel
