#include "core/profile/profilefile.h"

#include "core/profile/profileio.h"
#include "core/profile/savedataformat.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

namespace warren {

namespace {
using K = ProfileError::Kind;

/// Names the file in a format error, which on its own does not say which file.
ProfileError aboutFile(const QString& path, ProfileError e)
{
    if (!e.ok())
        e.message = QStringLiteral("“%1”: %2").arg(QFileInfo(path).fileName(), e.message);
    return e;
}

bool fail(ProfileError* out, const ProfileError& e)
{
    return ProfileError::set(out, e.kind, e.message);
}

/// Decrypted data must itself be a valid save; if not, it is damaged inside.
ProfileError checkDecrypted(QByteArrayView plain)
{
    ProfileError e = SaveDataFormat::checkPlain(plain);
    if (!e.ok() && e.kind != K::Corrupted)
        e = {K::Corrupted, QStringLiteral("The profile decrypts, but its content is not a valid Tox save.")};
    return e;
}
} // namespace

ProfileFile::ProfileFile(QString path, PassKey key)
    : m_path(std::move(path))
    , m_key(std::move(key))
{
}

ProfileFile::Inspection ProfileFile::inspect(const QString& path)
{
    Inspection result;
    const QByteArray data = ProfileIo::read(path, &result.error);
    if (!result.error.ok())
        return result;
    result.encrypted = SaveDataFormat::isEncrypted(data);
    result.error = aboutFile(path, SaveDataFormat::check(data));
    return result;
}

std::shared_ptr<ProfileFile> ProfileFile::open(
    const QString& path, const QString& password, QByteArray* saveData, ProfileError* error)
{
    ProfileError e;
    const QByteArray data = ProfileIo::read(path, &e);
    if (!e.ok()) {
        fail(error, e);
        return nullptr;
    }

    PassKey key;
    QByteArray plain;
    if (SaveDataFormat::isEncrypted(data)) {
        e = SaveDataFormat::checkEncrypted(data);
        if (e.ok() && password.isEmpty())
            e = {K::PasswordRequired, QStringLiteral("This profile is protected by a password.")};
        if (e.ok())
            plain = PassKey::unlock(data, password, &key, &e);
        if (e.ok())
            e = checkDecrypted(plain);
    } else {
        e = SaveDataFormat::checkPlain(data);
        plain = data;
    }
    if (!e.ok()) {
        fail(error, aboutFile(path, e));
        return nullptr;
    }

    if (saveData)
        *saveData = plain;
    if (error)
        *error = {};
    return std::shared_ptr<ProfileFile>(new ProfileFile(path, std::move(key)));
}

std::shared_ptr<ProfileFile> ProfileFile::create(const QString& path, const QString& password, ProfileError* error)
{
    if (QFileInfo::exists(path)) {
        fail(error, {K::AlreadyExists, QStringLiteral("“%1” exists already.").arg(QDir::toNativeSeparators(path))});
        return nullptr;
    }
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        fail(error,
            {K::Unwritable,
                QStringLiteral("Cannot create “%1”: the folder “%2” does not exist.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder.filePath()))});
        return nullptr;
    }
    PassKey key;
    if (!password.isEmpty()) {
        key = PassKey::derive(password, error);
        if (key.isNull())
            return nullptr;
    }
    if (error)
        *error = {};
    return std::shared_ptr<ProfileFile>(new ProfileFile(path, std::move(key)));
}

bool ProfileFile::hasPassword() const
{
    QMutexLocker lock(&m_mutex);
    return !m_key.isNull();
}

bool ProfileFile::save(const QByteArray& saveData, QString* error)
{
    ProfileError e;
    const bool ok = write(saveData, &e);
    if (!ok && error)
        *error = e.message;
    return ok;
}

bool ProfileFile::write(QByteArrayView saveData, ProfileError* error)
{
    const ProfileError format = SaveDataFormat::checkPlain(saveData);
    if (!format.ok())
        return fail(error,
            {K::Corrupted,
                QStringLiteral("Refusing to save data that is not a valid Tox save: %1").arg(format.message)});
    QMutexLocker lock(&m_mutex);
    if (m_key.isNull())
        return ProfileIo::writeAtomically(m_path, saveData, error);
    const QByteArray encrypted = m_key.encrypt(saveData, error);
    if (encrypted.isEmpty())
        return false;
    return ProfileIo::writeAtomically(m_path, encrypted, error);
}

QByteArray ProfileFile::readPlainLocked(ProfileError* error) const
{
    ProfileError e;
    const QByteArray data = ProfileIo::read(m_path, &e);
    QByteArray plain;
    if (e.ok() && SaveDataFormat::isEncrypted(data) != !m_key.isNull())
        e = {K::Corrupted, QStringLiteral("The file was changed by another program since it was opened.")};
    if (e.ok())
        plain = m_key.isNull() ? data : m_key.decrypt(data, &e);
    if (e.ok())
        e = m_key.isNull() ? SaveDataFormat::checkPlain(plain) : checkDecrypted(plain);
    if (!e.ok()) {
        fail(error, aboutFile(m_path, e));
        return {};
    }
    return plain;
}

bool ProfileFile::setPassword(const QString& newPassword, ProfileError* error)
{
    PassKey newKey; // derived before locking: saves need not wait for scrypt
    if (!newPassword.isEmpty()) {
        newKey = PassKey::derive(newPassword, error);
        if (newKey.isNull())
            return false;
    }
    QMutexLocker lock(&m_mutex);
    if (QFileInfo::exists(m_path)) {
        const QByteArray plain = readPlainLocked(error);
        if (plain.isEmpty())
            return false;
        const QByteArray out = newKey.isNull() ? plain : newKey.encrypt(plain, error);
        if (out.isEmpty() || !ProfileIo::writeAtomically(m_path, out, error))
            return false;
    }
    m_key = std::move(newKey);
    if (error)
        *error = {};
    return true;
}

} // namespace warren
