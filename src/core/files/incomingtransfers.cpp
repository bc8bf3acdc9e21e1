// FileTransferService, receiving side: offers, .part files, resuming at the
// part's size, completing under a name that clobbers nothing.
#include "core/files/filenames.h"
#include "core/files/filetransferservice.h"
#include "core/files/transfer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <tox/tox.h>

namespace warren {

namespace {
constexpr qsizetype writeBufferSize = 256 * 1024;

qint64 sizeOnDisk(const QString& path)
{
    const QFileInfo fi(path);
    return fi.exists() ? fi.size() : 0;
}
} // namespace

void FileTransferService::fileOffered(
    const PublicKey& from, uint32_t fileNumber, uint32_t kind, quint64 size, QByteArrayView name)
{
    if (kind != TOX_FILE_KIND_DATA) {
        // Avatars will get their own handler on this machinery; until then
        // decline, so the offer does not hold one of toxcore's slots.
        m_hub.fileControl(from, fileNumber, FileControl::Cancel);
        return;
    }
    const QString id = QString::fromLatin1(m_hub.fileId(from, fileNumber).toHex().toUpper());
    if (Transfer* t = find(from, id)) {
        FileTransferInfo& i = t->info();
        qCDebug(lcFiles) << "offered again:" << id.left(8) << transferStateName(i.state) << "accepted"
                         << t->rec.accepted;
        if (t->outgoing() || t->rec.cancelledByUs || i.state == TransferState::Finished || i.size != size) {
            m_hub.fileControl(from, fileNumber, FileControl::Cancel);
            return;
        }
        bind(*t, fileNumber);
        if (t->rec.accepted) {
            resumeIncoming(*t);
        } else {
            setState(*t, TransferState::Offered, QStringLiteral("Offered again."));
            maybeAutoAccept(*t);
        }
        return;
    }
    auto fresh = std::make_unique<Transfer>();
    FileTransferInfo& i = fresh->info();
    i.peer = from;
    i.id = id;
    i.direction = TransferDirection::Incoming;
    i.createdMs = QDateTime::currentMSecsSinceEpoch();
    i.kind = kind;
    i.name = sanitizeFileName(name);
    i.size = size;
    i.state = TransferState::Offered;
    Transfer* t = add(std::move(fresh));
    bind(*t, fileNumber);
    save();
    Q_EMIT offered(t->rec.info);
    maybeAutoAccept(*t);
}

void FileTransferService::maybeAutoAccept(Transfer& t)
{
    for (const AutoAcceptRule& r : std::as_const(m_rules))
        if (r.peer == t.info().peer && t.info().size <= r.maxSize) {
            acceptIncoming(t, r.folder);
            return;
        }
}

void FileTransferService::acceptIncoming(Transfer& t, const QString& folder)
{
    FileTransferInfo& i = t.info();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        setState(t, TransferState::Offered, QStringLiteral("Cannot create the folder %1.").arg(folder));
        return;
    }
    const QString partPath = uniqueFilePath(folder, i.name + QStringLiteral(".part"));
    auto part = std::make_unique<QFile>(partPath);
    if (!part->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        setState(t, TransferState::Offered, QStringLiteral("Cannot save into %1: %2").arg(folder, part->errorString()));
        return;
    }
    t.part = std::move(part);
    t.rec.partPath = partPath;
    t.rec.accepted = true;
    i.folder = folder;
    i.path = partPath;
    i.transferred = 0;
    i.resumedAt = 0;
    t.meter.reset();
    m_hub.fileControl(i.peer, *t.fileNumber, FileControl::Resume);
    if (i.pausedByUs) {
        m_hub.fileControl(i.peer, *t.fileNumber, FileControl::Pause);
        setState(t, TransferState::Paused, QStringLiteral("Paused by you."));
    } else {
        setState(t, TransferState::Active);
    }
}

void FileTransferService::resumeIncoming(Transfer& t)
{
    FileTransferInfo& i = t.info();
    // toxcore seeks only below the size: keep the last byte to fetch again.
    quint64 have = static_cast<quint64>(sizeOnDisk(t.rec.partPath));
    if (i.size > 0 && have >= i.size)
        have = i.size - 1;
    if (i.size == 0)
        have = 0;
    auto part = std::make_unique<QFile>(t.rec.partPath);
    if (!part->open(QIODevice::ReadWrite | QIODevice::Unbuffered) || !part->resize(static_cast<qint64>(have))
        || !part->seek(static_cast<qint64>(have))) {
        failIncoming(t, QStringLiteral("Cannot write %1: %2").arg(t.rec.partPath, part->errorString()));
        return;
    }
    t.part = std::move(part);
    qCDebug(lcFiles) << "resuming" << i.id.left(8) << "at" << have;
    if (have > 0 && !m_hub.fileSeek(i.peer, *t.fileNumber, have)) {
        failIncoming(t, QStringLiteral("toxcore could not continue the transfer at byte %1.").arg(have));
        return;
    }
    i.transferred = have;
    i.resumedAt = have;
    i.path = t.rec.partPath;
    t.meter.reset();
    m_hub.fileControl(i.peer, *t.fileNumber, FileControl::Resume);
    if (i.pausedByUs) {
        m_hub.fileControl(i.peer, *t.fileNumber, FileControl::Pause);
        setState(t, TransferState::Paused, QStringLiteral("Paused by you."));
    } else {
        setState(t, TransferState::Active, have > 0 ? QStringLiteral("Continued at byte %1.").arg(have) : QString());
    }
}

void FileTransferService::fileChunkReceived(
    const PublicKey& from, uint32_t fileNumber, quint64 position, QByteArrayView data)
{
    Transfer* t = live(from, fileNumber, false);
    if (!t)
        return;
    if (data.isEmpty()) {
        completeIncoming(*t);
        return;
    }
    if (!t->part)
        return;
    const quint64 expected = static_cast<quint64>(t->part->pos()) + static_cast<quint64>(t->writeBuffer.size());
    if (position != expected && (!flushPart(*t) || !t->part->seek(static_cast<qint64>(position)))) {
        failIncoming(*t, QStringLiteral("Cannot write %1: %2").arg(t->rec.partPath, t->part->errorString()));
        return;
    }
    t->writeBuffer.append(data.data(), data.size());
    t->info().transferred = position + static_cast<quint64>(data.size());
    if (t->writeBuffer.size() >= writeBufferSize && !flushPart(*t))
        failIncoming(*t,
            QStringLiteral("Could not write %1: %2. What arrived is kept; retry to continue.")
                .arg(t->rec.partPath, t->part->errorString()));
}

bool FileTransferService::flushPart(Transfer& t)
{
    if (!t.part || t.writeBuffer.isEmpty())
        return true;
    // A short write (the disk filled up) is retried, so the error that
    // follows carries the system's reason ("No space left on device").
    const char* data = t.writeBuffer.constData();
    qint64 left = t.writeBuffer.size();
    while (left > 0) {
        const qint64 n = t.part->write(data, left);
        if (n <= 0)
            break;
        data += n;
        left -= n;
    }
    t.writeBuffer.clear();
    return left == 0;
}

void FileTransferService::completeIncoming(Transfer& t)
{
    FileTransferInfo& i = t.info();
    if (t.part) {
        if (!flushPart(t)) {
            failIncoming(t,
                QStringLiteral("Could not write %1: %2. What arrived is kept; retry to continue.")
                    .arg(t.rec.partPath, t.part->errorString()));
            return;
        }
        t.part->close();
        t.part.reset();
    }
    const auto have = static_cast<quint64>(sizeOnDisk(t.rec.partPath));
    if (have != i.size) {
        failIncoming(t, QStringLiteral("The file is incomplete: %1 of %2 bytes arrived.").arg(have).arg(i.size));
        return;
    }
    const QString finalPath = uniqueFilePath(i.folder, i.name);
    if (!QFile::rename(t.rec.partPath, finalPath)) {
        unbind(t);
        setState(t, TransferState::Failed, QStringLiteral("Could not rename %1 to %2.").arg(t.rec.partPath, finalPath));
        return;
    }
    i.path = finalPath;
    i.transferred = i.size;
    unbind(t);
    setState(t, TransferState::Finished);
    Q_EMIT finished(i);
}

void FileTransferService::failIncoming(Transfer& t, const QString& reason)
{
    if (t.fileNumber)
        m_hub.fileControl(t.info().peer, *t.fileNumber, FileControl::Cancel);
    t.writeBuffer.clear(); // could not be written
    if (t.part) {
        t.part->close();
        t.part.reset();
    }
    t.info().transferred = static_cast<quint64>(sizeOnDisk(t.rec.partPath));
    setState(t, TransferState::Failed, reason);
}

void FileTransferService::retryIncoming(Transfer& t)
{
    t.rec.cancelledByUs = false;
    setState(t, TransferState::Interrupted, QStringLiteral("Asking the friend to send it again."));
    if (online(t.info().peer))
        requestResend(t);
}

void FileTransferService::requestResend(Transfer& t)
{
    QByteArray packet;
    packet.append(static_cast<char>(resendPacketId));
    packet.append('R');
    packet.append(QByteArray::fromHex(t.info().id.toLatin1()));
    m_packets.sendLossless(t.info().peer, packet);
}

} // namespace warren
