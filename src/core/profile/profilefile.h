// One .tox profile on disk and the sink the engine saves it through. The
// file is in the standard format other Tox clients (qTox, toxic, uTox) read:
// plain tox_get_savedata() output, or that wrapped by toxencryptsave when
// the profile has a password. The derived key is kept so that each save
// only encrypts; the password is not kept.
//
// Shared (std::shared_ptr) between the app, which opens it and changes the
// password on the GUI thread, and the engine, which calls save() on its core
// thread; a mutex serialises the two. Opening, creating and setPassword()
// derive a key (hundreds of milliseconds) when a password is involved.
// Nothing here ever writes a file it could not read and validate.
#pragma once

#include "core/profile/passkey.h"
#include "core/profile/profileerror.h"
#include "core/savesink.h"

#include <QMutex>

#include <memory>

namespace warren {

class ProfileFile final : public ISaveSink {
public:
    /// What a file holds, as far as can be told without the password.
    struct Inspection {
        bool encrypted = false; ///< a password is needed to open it
        ProfileError error; ///< set when the file is unusable
    };
    /// Reads and checks @p path without decrypting: plain files are fully
    /// validated, encrypted ones only by their magic and length.
    static Inspection inspect(const QString& path);

    /// Opens an existing profile. An encrypted one is decrypted with
    /// @p password (its key derived from the file's salt and kept for later
    /// saves); @p password is ignored for a plain one. On success stores the
    /// plain save data for the engine in @p saveData.
    static std::shared_ptr<ProfileFile> open(
        const QString& path, const QString& password, QByteArray* saveData, ProfileError* error);
    /// A profile that does not exist yet (AlreadyExists when @p path does,
    /// Unwritable when its folder does not); the first save() writes it. An
    /// empty @p password means no password.
    static std::shared_ptr<ProfileFile> create(const QString& path, const QString& password, ProfileError* error);

    const QString& path() const { return m_path; }
    bool hasPassword() const;

    /// ISaveSink: writes @p saveData, encrypted when there is a password.
    bool save(const QByteArray& saveData, QString* error) override;
    /// save() with a typed error.
    bool write(QByteArrayView saveData, ProfileError* error);
    /// Re-encrypts the file with @p newPassword, or writes it plain when
    /// @p newPassword is empty, atomically. On failure the file and the old
    /// key stay as they were.
    bool setPassword(const QString& newPassword, ProfileError* error);

private:
    ProfileFile(QString path, PassKey key);
    /// The plain content of the file on disk, decrypted with m_key. Caller holds m_mutex.
    QByteArray readPlainLocked(ProfileError* error) const;

    const QString m_path;
    mutable QMutex m_mutex;
    PassKey m_key; ///< null when the profile has no password; guarded by m_mutex
};

} // namespace warren
