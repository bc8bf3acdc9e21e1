// The directory that holds the profiles, one "NAME.tox" (and, while in use,
// "NAME.lock") each: $XDG_CONFIG_HOME/warren unless the user chose another
// (--profile-dir) or Warren runs in portable mode (see isPortable()). Lists, names, creates, imports and exports
// profiles; the files themselves are ProfileFile's business. A value type: cheap to copy, holds only the path.
#pragma once

#include "core/profile/profileerror.h"
#include "core/profile/profilefile.h"

#include <QStringList>

#include <memory>

namespace warren {

class ProfileDirectory {
public:
    /// @p dir empty means defaultPath().
    explicit ProfileDirectory(const QString& dir = {});

    /// $XDG_CONFIG_HOME/warren (QStandardPaths::GenericConfigLocation), or
    /// in portable mode portableDataPath().
    static QString defaultPath();
    /// Portable mode: a file named "warren.portable" beside the program
    /// (in @p programDir, default: the running program's folder) keeps the
    /// profiles and settings in "warren-data" beside it, e.g. on a USB stick.
    static bool isPortable(const QString& programDir = {});
    static QString portableDataPath(const QString& programDir = {});
    const QString& path() const { return m_path; }

    /// Empty when @p name can be a profile name, else a sentence saying why
    /// not: empty, "." / "..", leading dot, path separators, control
    /// characters, too long.
    static QString checkName(const QString& name);

    /// Creates the directory (mode 0700) when missing and checks that it
    /// can be read and written.
    bool ensureUsable(ProfileError* error) const;
    /// Names of the profiles in it, sorted; empty when it does not exist yet.
    QStringList profiles(ProfileError* error) const;
    QString profilePath(const QString& name) const;
    bool contains(const QString& name) const;

    /// A new, not yet written profile @p name (see ProfileFile::create).
    std::shared_ptr<ProfileFile> create(const QString& name, const QString& password, ProfileError* error) const;
    /// Opens profile @p name (see ProfileFile::open).
    std::shared_ptr<ProfileFile> open(
        const QString& name, const QString& password, QByteArray* saveData, ProfileError* error) const;

    /// Copies the .tox file @p sourcePath (from qTox, toxic, uTox, ...) in as
    /// profile @p name, or as its base name when @p name is empty, after
    /// checking that it is a Tox profile. Never replaces an existing
    /// profile. Returns the name used, or an empty string on failure.
    QString importFile(const QString& sourcePath, const QString& name, ProfileError* error) const;
    /// Copies profile @p name, encrypted or not as it is, to @p destination
    /// (replacing that file atomically), for use with other Tox clients.
    bool exportTo(const QString& name, const QString& destination, ProfileError* error) const;

private:
    bool checkReadable(ProfileError* error) const;

    QString m_path;
};

} // namespace warren
