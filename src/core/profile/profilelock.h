// Keeps two processes from using one profile at once (both would save over
// each other). A QLockFile "NAME.lock" beside "NAME.tox" records the holder's
// PID, application and host. A lock left behind by a crashed process is
// recognised (its PID no longer runs on this host) and taken over; a live
// lock never expires by age. Held for the lifetime of the object.
#pragma once

#include "core/profile/profileerror.h"

#include <QLockFile>

namespace warren {

class ProfileLock {
public:
    /// A lock for the profile file @p profilePath (not taken yet).
    explicit ProfileLock(const QString& profilePath);
    ~ProfileLock();
    ProfileLock(const ProfileLock&) = delete;
    ProfileLock& operator=(const ProfileLock&) = delete;

    /// "dir/NAME.lock" for "dir/NAME.tox".
    static QString lockPathFor(const QString& profilePath);

    /// Takes the lock without waiting. Locked (naming the other process's
    /// PID and host) when another process holds it, Unwritable when the lock
    /// file cannot be created.
    bool tryLock(ProfileError* error);
    bool isLocked() const { return m_lock.isLocked(); }
    void unlock();
    const QString& lockPath() const { return m_lockPath; }

private:
    QString m_profileName;
    QString m_lockPath;
    QLockFile m_lock;
};

} // namespace warren
