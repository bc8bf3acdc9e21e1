#include "core/profile/profileio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace warren {

namespace {
using K = ProfileError::Kind;

bool unwritable(ProfileError* error, const QString& path, const QString& why)
{
    return ProfileError::set(error, K::Unwritable,
        QStringLiteral("Could not write “%1”: %2. The previous version, if any, is intact.")
            .arg(QDir::toNativeSeparators(path), why));
}
} // namespace

QByteArray ProfileIo::read(const QString& path, ProfileError* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        ProfileError::set(
            error, K::NotFound, QStringLiteral("“%1” does not exist.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (info.isDir()) {
        ProfileError::set(error, K::Unreadable,
            QStringLiteral("“%1” is a directory, not a profile file.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (!info.isFile()) { // a device or a pipe could be endless
        ProfileError::set(
            error, K::NotAProfile, QStringLiteral("“%1” is not a regular file.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileError::set(error, K::Unreadable,
            QStringLiteral("Could not read “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    QByteArray data = file.read(maxProfileSize + 1);
    if (data.size() > maxProfileSize) {
        ProfileError::set(error, K::NotAProfile,
            QStringLiteral("“%1” is too large to be a Tox profile.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (file.error() != QFileDevice::NoError) {
        ProfileError::set(error, K::Unreadable,
            QStringLiteral("Could not read “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    if (error)
        *error = {};
    return data;
}

bool ProfileIo::writeAtomically(const QString& path, QByteArrayView data, ProfileError* error)
{
    if (QFileInfo(path).isDir())
        return unwritable(error, path, QStringLiteral("it is a directory"));
    QSaveFile file(path);
    file.setDirectWriteFallback(false); // never write in place
    if (!file.open(QIODevice::WriteOnly))
        return unwritable(error, path, file.errorString());
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return unwritable(error, path, QStringLiteral("cannot make it private to you (%1)").arg(file.errorString()));
    // Flush and check before commit(): Qt 6.4's commit() ignores a failing
    // final flush (disk full, EFBIG) and would rename a cut-short file over
    // the good one.
    if (file.write(data.data(), data.size()) != data.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting(); // the temporary file is removed, the target untouched
        return unwritable(error, path, why);
    }
    if (!file.commit())
        return unwritable(error, path, file.errorString());
    if (error)
        *error = {};
    return true;
}

} // namespace warren
