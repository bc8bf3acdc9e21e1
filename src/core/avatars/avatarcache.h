// The avatars on disk, one folder per profile (NAME.avatars beside the
// profile): self.png for mine, <FRIEND KEY HEX>.png for each friend's, as
// the friend sent it. Keeps each image's SHA-256 (what Tox uses as the
// avatar transfer's file id) so a known avatar is never fetched twice.
// Plain files, like the avatars other Tox clients cache: an avatar is
// public to every friend anyway. Core thread only.
#pragma once

#include "core/toxtypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace warren {

namespace avatars {
/// Tox's limit for avatars: receivers refuse larger ones.
constexpr qsizetype maxSize = 65536;
/// SHA-256, as tox_hash computes it.
QByteArray hashOf(const QByteArray& image);
/// An empty string, or why @p image cannot be my avatar.
QString checkImage(const QByteArray& image);
} // namespace avatars

class AvatarCache {
public:
    explicit AvatarCache(QString folder);

    /// Reads every cached avatar; unreadable or oversized files are skipped.
    void load();

    QByteArray self() const { return m_self; }
    QByteArray selfHash() const { return m_selfHash; }
    /// Empty @p image removes mine. False with @p why when it cannot be written.
    bool setSelf(const QByteArray& image, QString* why);

    const QHash<PublicKey, QByteArray>& friends() const { return m_friends; }
    /// The hash of @p key's avatar, or empty when none is known.
    QByteArray hashOf(const PublicKey& key) const { return m_hashes.value(key); }
    bool store(const PublicKey& key, const QByteArray& image, QString* why);
    /// True when there was one to remove.
    bool remove(const PublicKey& key);

private:
    QString pathOf(const PublicKey& key) const;
    QString selfPath() const;
    bool write(const QString& path, const QByteArray& image, QString* why) const;

    QString m_folder;
    QByteArray m_self;
    QByteArray m_selfHash;
    QHash<PublicKey, QByteArray> m_friends;
    QHash<PublicKey, QByteArray> m_hashes;
};

} // namespace warren
