// Whole-file reads and writes of profile files. Writes go through QSaveFile:
// the data goes to a temporary file beside the target, is synced, and is
// renamed over the target only when complete, so a crash, a full disk or a
// refused write leaves the previous file exactly as it was. Written files
// are private to the user (0600): a profile holds the Tox secret key.
#pragma once

#include "core/profile/profileerror.h"

#include <QByteArray>

namespace warren {

class ProfileIo {
public:
    /// Profiles are small (kilobytes); a larger file is not a profile, and we
    /// refuse to read it whole.
    static constexpr qint64 maxProfileSize = 64 * 1024 * 1024;

    /// Reads all of @p path. NotFound, Unreadable or NotAProfile (too big).
    static QByteArray read(const QString& path, ProfileError* error);
    /// Replaces @p path with @p data atomically, mode 0600. Unwritable on failure.
    static bool writeAtomically(const QString& path, QByteArrayView data, ProfileError* error);
};

} // namespace warren
