#include "core/profile/profilelock.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

namespace warren {

namespace {
using K = ProfileError::Kind;
}

QString ProfileLock::lockPathFor(const QString& profilePath)
{
    const QFileInfo info(profilePath);
    return info.dir().filePath(info.completeBaseName() + QLatin1String(".lock"));
}

ProfileLock::ProfileLock(const QString& profilePath)
    : m_profileName(QFileInfo(profilePath).completeBaseName())
    , m_lockPath(lockPathFor(profilePath))
    , m_lock(m_lockPath)
{
    // Never treat a lock as stale by its age: Warren runs for days. Only a
    // holder that no longer runs makes a lock stale.
    m_lock.setStaleLockTime(0);
}

ProfileLock::~ProfileLock() = default; // QLockFile unlocks

void ProfileLock::unlock()
{
    m_lock.unlock();
}

bool ProfileLock::tryLock(ProfileError* error)
{
    if (m_lock.isLocked() || m_lock.tryLock(0)) {
        if (error)
            *error = {};
        return true;
    }
    const QString where = QDir::toNativeSeparators(m_lockPath);
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        if (!m_lock.getLockInfo(&pid, &host, &app))
            return ProfileError::set(error, K::Locked,
                QStringLiteral("The profile “%1” is in use by another program (lock file “%2”).")
                    .arg(m_profileName, where));
        if (app.isEmpty())
            app = QStringLiteral("another program");
        QString message = QStringLiteral("The profile “%1” is already in use by %2 (PID %3 on host “%4”). Close it "
                                         "there first.")
                              .arg(m_profileName, app)
                              .arg(pid)
                              .arg(host);
        if (!host.isEmpty() && host != QSysInfo::machineHostName())
            message += QStringLiteral(" If it no longer runs on that computer, delete “%1”.").arg(where);
        return ProfileError::set(error, K::Locked, message);
    }
    case QLockFile::PermissionError:
        return ProfileError::set(
            error, K::Unwritable, QStringLiteral("Cannot create the lock file “%1”: permission denied.").arg(where));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return ProfileError::set(error, K::Unwritable, QStringLiteral("Cannot create the lock file “%1”.").arg(where));
}

} // namespace warren
