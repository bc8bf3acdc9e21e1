// Why a frame's payload could not be built or understood. Shared by the
// tuntox payload helpers (tunnelpayloads.h) and the extensions (extensions.h).
#pragma once

#include <QString>

namespace warren::tunnel {

enum class PayloadError {
    WrongType, ///< the frame is not of the type the parser handles
    TooShort, ///< fewer data bytes than the fixed fields need
    BadPort, ///< target port 0
    EmptyHost, ///< REQUESTTUNNEL without a host name
    HostTooLong, ///< host name over 1361 bytes (255 in OFFER)
    HostHasNul, ///< host name containing a NUL byte
    BadDirection, ///< HALF_CLOSE with an undefined direction
    BadUtf8, ///< DENY text that is not valid UTF-8
    TextTooLong, ///< an OFFER label or ANSWER reason over its limit
    BadFlag, ///< an ANSWER or WITHDRAW byte with an undefined value
    BadOfferId, ///< offer id 0
};
QString describe(PayloadError e);

} // namespace warren::tunnel
