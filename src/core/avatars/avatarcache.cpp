#include "core/avatars/avatarcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

namespace warren {

Q_LOGGING_CATEGORY(lcAvatarCache, "warren.avatars.cache")

namespace avatars {
QByteArray hashOf(const QByteArray& image)
{
    return QCryptographicHash::hash(image, QCryptographicHash::Sha256);
}

QString checkImage(const QByteArray& image)
{
    static const QByteArray pngMagic("\x89PNG\r\n\x1a\n", 8);
    if (image.size() > maxSize)
        return QStringLiteral("An avatar may have at most %1 bytes; this one has %2.").arg(maxSize).arg(image.size());
    if (!image.isEmpty() && !image.startsWith(pngMagic))
        return QStringLiteral("An avatar must be a PNG image.");
    return {};
}
} // namespace avatars

namespace {
QByteArray readSmallFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > avatars::maxSize)
        return {};
    return f.readAll();
}
} // namespace

AvatarCache::AvatarCache(QString folder)
    : m_folder(std::move(folder))
{
}

QString AvatarCache::pathOf(const PublicKey& key) const
{
    return m_folder + QLatin1Char('/') + key.toHex() + QStringLiteral(".png");
}

QString AvatarCache::selfPath() const
{
    return m_folder + QStringLiteral("/self.png");
}

void AvatarCache::load()
{
    m_self = readSmallFile(selfPath());
    m_selfHash = m_self.isEmpty() ? QByteArray() : avatars::hashOf(m_self);
    m_friends.clear();
    m_hashes.clear();
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({QStringLiteral("*.png")}, QDir::Files);
    for (const QString& name : names) {
        const PublicKey key = PublicKey::fromHex(QStringView(name).chopped(4));
        if (key.isNull())
            continue; // self.png, or not ours
        const QByteArray image = readSmallFile(dir.filePath(name));
        if (image.isEmpty()) {
            qCWarning(lcAvatarCache) << "skipping unreadable avatar" << name;
            continue;
        }
        m_friends.insert(key, image);
        m_hashes.insert(key, avatars::hashOf(image));
    }
}

bool AvatarCache::write(const QString& path, const QByteArray& image, QString* why) const
{
    if (!QDir().mkpath(m_folder)) {
        *why = QStringLiteral("Cannot create the folder %1.").arg(m_folder);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(image) != image.size() || !f.commit()) {
        *why = QStringLiteral("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool AvatarCache::setSelf(const QByteArray& image, QString* why)
{
    if (image.isEmpty()) {
        if (QFileInfo::exists(selfPath()) && !QFile::remove(selfPath())) {
            *why = QStringLiteral("Cannot remove %1.").arg(selfPath());
            return false;
        }
    } else if (!write(selfPath(), image, why)) {
        return false;
    }
    m_self = image;
    m_selfHash = image.isEmpty() ? QByteArray() : avatars::hashOf(image);
    return true;
}

bool AvatarCache::store(const PublicKey& key, const QByteArray& image, QString* why)
{
    if (!write(pathOf(key), image, why))
        return false;
    m_friends.insert(key, image);
    m_hashes.insert(key, avatars::hashOf(image));
    return true;
}

bool AvatarCache::remove(const PublicKey& key)
{
    QFile::remove(pathOf(key));
    m_hashes.remove(key);
    return m_friends.remove(key) > 0;
}

} // namespace warren
