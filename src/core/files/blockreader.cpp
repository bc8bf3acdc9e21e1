#include "core/files/blockreader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace warren {

qint64 fileMtimeMs(const QString& path)
{
    const QDateTime t = QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

void BlockReader::read(const QString& key, quint64 generation, const QString& path, qint64 offset, qint64 length,
    qint64 expectedSize, qint64 expectedMtimeMs)
{
    const auto fail = [&](const QString& why) { Q_EMIT blockRead(key, generation, offset, {}, why); };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("The file %1 can no longer be read: %2").arg(path, f.errorString()));
    const QFileInfo info(path);
    if (f.size() != expectedSize || fileMtimeMs(path) != expectedMtimeMs || !info.isFile())
        return fail(QStringLiteral("The file %1 was changed while it was being sent.").arg(path));
    QByteArray data(length, Qt::Uninitialized);
    if (!f.seek(offset) || f.read(data.data(), length) != length)
        return fail(QStringLiteral("Reading %1 failed: %2").arg(path, f.errorString()));
    Q_EMIT blockRead(key, generation, offset, data, {});
}

} // namespace warren
