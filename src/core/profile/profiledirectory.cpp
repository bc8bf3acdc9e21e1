#include "core/profile/profiledirectory.h"

#include "core/profile/profileio.h"
#include "core/profile/savedataformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace warren {

namespace {
using K = ProfileError::Kind;

const QLatin1String suffix(".tox");
constexpr qsizetype maxNameBytes = 200; // NAME.lock must fit a 255-byte file name

bool badName(ProfileError* error, const QString& name, const QString& why)
{
    return ProfileError::set(error, K::BadName, QStringLiteral("“%1” cannot be a profile name: %2").arg(name, why));
}
} // namespace

ProfileDirectory::ProfileDirectory(const QString& dir)
    : m_path(QDir::cleanPath(dir.isEmpty() ? defaultPath() : QDir(dir).absolutePath()))
{
}

QString ProfileDirectory::defaultPath()
{
    if (isPortable())
        return portableDataPath();
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1String("/warren");
}

namespace {
QString programDirOr(const QString& programDir)
{
    return programDir.isEmpty() ? QCoreApplication::applicationDirPath() : programDir;
}
} // namespace

bool ProfileDirectory::isPortable(const QString& programDir)
{
    return QFileInfo::exists(programDirOr(programDir) + QLatin1String("/warren.portable"));
}

QString ProfileDirectory::portableDataPath(const QString& programDir)
{
    return QDir::cleanPath(programDirOr(programDir) + QLatin1String("/warren-data"));
}

QString ProfileDirectory::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("it is empty.");
    if (name.startsWith(QLatin1Char('.')))
        return QStringLiteral("it cannot start with a dot.");
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return QStringLiteral("it cannot contain “/” or “\\”.");
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("it cannot contain control characters.");
    }
    if (name.toUtf8().size() > maxNameBytes)
        return QStringLiteral("it is too long.");
    return {};
}

QString ProfileDirectory::profilePath(const QString& name) const
{
    return m_path + QLatin1Char('/') + name + suffix;
}

bool ProfileDirectory::contains(const QString& name) const
{
    return checkName(name).isEmpty() && QFileInfo::exists(profilePath(name));
}

bool ProfileDirectory::checkReadable(ProfileError* error) const
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir())
        return ProfileError::set(error, K::Unreadable,
            QStringLiteral("The profile directory “%1” is a file, not a directory.")
                .arg(QDir::toNativeSeparators(m_path)));
    if (info.exists() && !(info.isReadable() && info.isExecutable()))
        return ProfileError::set(error, K::Unreadable,
            QStringLiteral("The profile directory “%1” cannot be read: permission denied.")
                .arg(QDir::toNativeSeparators(m_path)));
    return true;
}

bool ProfileDirectory::ensureUsable(ProfileError* error) const
{
    if (!checkReadable(error))
        return false;
    if (!QFileInfo::exists(m_path)) {
        if (!QDir().mkpath(m_path))
            return ProfileError::set(error, K::Unwritable,
                QStringLiteral("Cannot create the profile directory “%1”.").arg(QDir::toNativeSeparators(m_path)));
        // Profiles hold secret keys: only the user may look inside.
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Really try: permissions do not tell about read-only file systems.
    QTemporaryFile probe(m_path + QLatin1String("/.warren-write-test-XXXXXX"));
    if (!probe.open())
        return ProfileError::set(error, K::Unwritable,
            QStringLiteral("Cannot write in the profile directory “%1”: %2.")
                .arg(QDir::toNativeSeparators(m_path), probe.errorString()));
    if (error)
        *error = {};
    return true;
}

QStringList ProfileDirectory::profiles(ProfileError* error) const
{
    if (!checkReadable(error))
        return {};
    if (error)
        *error = {};
    QStringList names;
    const QStringList files = QDir(m_path).entryList({QLatin1Char('*') + suffix}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString name = file.chopped(suffix.size());
        if (checkName(name).isEmpty())
            names.append(name);
    }
    return names;
}

std::shared_ptr<ProfileFile> ProfileDirectory::create(
    const QString& name, const QString& password, ProfileError* error) const
{
    const QString why = checkName(name);
    if (!why.isEmpty()) {
        badName(error, name, why);
        return nullptr;
    }
    if (!ensureUsable(error))
        return nullptr;
    if (contains(name)) {
        ProfileError::set(error, K::AlreadyExists, QStringLiteral("A profile named “%1” exists already.").arg(name));
        return nullptr;
    }
    return ProfileFile::create(profilePath(name), password, error);
}

std::shared_ptr<ProfileFile> ProfileDirectory::open(
    const QString& name, const QString& password, QByteArray* saveData, ProfileError* error) const
{
    const QString why = checkName(name);
    if (!why.isEmpty()) {
        badName(error, name, why);
        return nullptr;
    }
    if (!checkReadable(error))
        return nullptr;
    if (!contains(name)) {
        ProfileError::set(error, K::NotFound,
            QStringLiteral("There is no profile named “%1” in “%2”.").arg(name, QDir::toNativeSeparators(m_path)));
        return nullptr;
    }
    return ProfileFile::open(profilePath(name), password, saveData, error);
}

QString ProfileDirectory::importFile(const QString& sourcePath, const QString& name, ProfileError* error) const
{
    QString target = name.isEmpty() ? QFileInfo(sourcePath).completeBaseName() : name;
    const QString why = checkName(target);
    if (!why.isEmpty()) {
        badName(error, target, why);
        return {};
    }
    ProfileError e;
    const QByteArray data = ProfileIo::read(sourcePath, &e);
    if (e.ok())
        e = SaveDataFormat::check(data);
    if (!e.ok()) {
        ProfileError::set(error, e.kind,
            QStringLiteral("Cannot import “%1”: %2").arg(QDir::toNativeSeparators(sourcePath), e.message));
        return {};
    }
    if (!ensureUsable(error))
        return {};
    if (contains(target)) {
        ProfileError::set(error, K::AlreadyExists,
            QStringLiteral("A profile named “%1” exists already; import it under another name.").arg(target));
        return {};
    }
    if (!ProfileIo::writeAtomically(profilePath(target), data, error))
        return {};
    return target;
}

bool ProfileDirectory::exportTo(const QString& name, const QString& destination, ProfileError* error) const
{
    const QString why = checkName(name);
    if (!why.isEmpty())
        return badName(error, name, why);
    ProfileError e;
    const QByteArray data = ProfileIo::read(profilePath(name), &e);
    if (e.ok())
        e = SaveDataFormat::check(data);
    if (!e.ok())
        return ProfileError::set(error, e.kind, QStringLiteral("Cannot export “%1”: %2").arg(name, e.message));
    return ProfileIo::writeAtomically(destination, data, error);
}

} // namespace warren
