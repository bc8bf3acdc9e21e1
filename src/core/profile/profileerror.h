// The one error type of the profile layer: a kind the caller can branch on
// (ask for the password again, offer another directory, ...) and a sentence
// the user can read. Every failure of a load leaves the file untouched.
#pragma once

#include <QMetaType>
#include <QString>

namespace warren {

struct ProfileError {
    enum class Kind {
        None,
        PasswordRequired, ///< the profile is encrypted and no password was given
        WrongPassword, ///< the password does not decrypt the profile
        Truncated, ///< a Tox profile that was cut short (empty, partly written)
        Corrupted, ///< a Tox profile whose inside is damaged
        NotAProfile, ///< not a Tox profile at all (another kind of file)
        Unreadable, ///< a file or directory that cannot be read
        Unwritable, ///< could not write; the previous file is intact
        NotFound, ///< no such profile
        AlreadyExists, ///< a profile of that name exists already
        BadName, ///< not a usable profile name
        Locked, ///< another process uses the profile
        CryptoFailed, ///< key derivation or encryption failed (out of memory)
    };

    Kind kind = Kind::None;
    QString message;

    bool ok() const { return kind == Kind::None; }
    /// Stores @p kind and @p message in @p out (when not null); returns false
    /// so failing paths can `return ProfileError::set(...)`.
    static bool set(ProfileError* out, Kind kind, const QString& message);
    /// A stable English name of @p kind ("WrongPassword"), for logs and tests.
    static QString kindName(Kind kind);
};

} // namespace warren

Q_DECLARE_METATYPE(warren::ProfileError)
