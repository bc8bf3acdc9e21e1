#include "core/profile/profileerror.h"

namespace warren {

bool ProfileError::set(ProfileError* out, Kind kind, const QString& message)
{
    if (out) {
        out->kind = kind;
        out->message = message;
    }
    return false;
}

QString ProfileError::kindName(Kind kind)
{
    using K = ProfileError::Kind;
    switch (kind) {
    case K::None:
        return QStringLiteral("None");
    case K::PasswordRequired:
        return QStringLiteral("PasswordRequired");
    case K::WrongPassword:
        return QStringLiteral("WrongPassword");
    case K::Truncated:
        return QStringLiteral("Truncated");
    case K::Corrupted:
        return QStringLiteral("Corrupted");
    case K::NotAProfile:
        return QStringLiteral("NotAProfile");
    case K::Unreadable:
        return QStringLiteral("Unreadable");
    case K::Unwritable:
        return QStringLiteral("Unwritable");
    case K::NotFound:
        return QStringLiteral("NotFound");
    case K::AlreadyExists:
        return QStringLiteral("AlreadyExists");
    case K::BadName:
        return QStringLiteral("BadName");
    case K::Locked:
        return QStringLiteral("Locked");
    case K::CryptoFailed:
        return QStringLiteral("CryptoFailed");
    }
    return QStringLiteral("Unknown");
}

} // namespace warren
