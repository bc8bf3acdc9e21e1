// FileTransferService, sending side: offering, read-ahead, answering
// toxcore's chunk requests in order.
#include "core/files/blockreader.h"
#include "core/files/filetransferservice.h"
#include "core/files/transfer.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>

#include <tox/tox.h>

#include <array>
#include <cstring>

namespace warren {

namespace {
constexpr qint64 blockSize = 512 * 1024;
constexpr quint64 readAhead = 4 * 1024 * 1024; ///< bytes kept ready beyond the next chunk

QString newFileId()
{
    std::array<quint32, TOX_FILE_ID_LENGTH / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words.data()), TOX_FILE_ID_LENGTH).toHex().toUpper());
}

QByteArray nameOnWire(const QString& name)
{
    QByteArray b = name.toUtf8();
    if (b.size() > static_cast<qsizetype>(TOX_MAX_FILENAME_LENGTH)) {
        qsizetype n = TOX_MAX_FILENAME_LENGTH;
        while (n > 0 && (static_cast<uint8_t>(b[n]) & 0xC0) == 0x80)
            --n;
        b.truncate(n);
    }
    return b;
}
} // namespace

void FileTransferService::sendFiles(const PublicKey& to, const QStringList& paths)
{
    for (const QString& path : paths) {
        auto t = std::make_unique<Transfer>();
        FileTransferInfo& i = t->info();
        const QFileInfo fi(path);
        i.peer = to;
        i.id = newFileId();
        i.direction = TransferDirection::Outgoing;
        i.kind = TOX_FILE_KIND_DATA;
        i.createdMs = QDateTime::currentMSecsSinceEpoch();
        i.name = fi.fileName();
        i.path = fi.absoluteFilePath();
        i.size = fi.isFile() ? static_cast<quint64>(fi.size()) : 0;
        t->rec.sourceMtimeMs = fileMtimeMs(path);
        Transfer* raw = add(std::move(t));
        QString why;
        if (!fi.isFile())
            why = QStringLiteral("%1 is not a file.").arg(path);
        else if (!fi.isReadable())
            why = QStringLiteral("%1 cannot be read.").arg(path);
        else if (!m_hub.isFriend(to))
            why = QStringLiteral("Not a friend.");
        if (!why.isEmpty()) {
            i.state = TransferState::Failed;
            i.reason = why;
        } else {
            i.state = TransferState::Queued;
            i.reason = QStringLiteral("Waiting for the friend to come online.");
        }
        save();
        Q_EMIT added(raw->rec.info);
        if (raw->info().state == TransferState::Queued && online(to))
            offer(*raw);
    }
}

void FileTransferService::offerWaiting(const PublicKey& peer)
{
    for (const auto& t : m_list) {
        const FileTransferInfo& i = t->info();
        if (i.peer == peer && t->outgoing() && !t->fileNumber
            && (i.state == TransferState::Queued || i.state == TransferState::Interrupted))
            offer(*t);
    }
}

void FileTransferService::offer(Transfer& t)
{
    FileTransferInfo& i = t.info();
    QString error;
    const auto file
        = m_hub.fileSend(i.peer, i.kind, i.size, QByteArray::fromHex(i.id.toLatin1()), nameOnWire(i.name), &error);
    if (!file) {
        if (m_hub.friendConnection(i.peer) == Connection::None)
            setState(t, TransferState::Queued, QStringLiteral("Waiting for the friend to come online."));
        else
            setState(t, TransferState::Failed, QStringLiteral("Could not offer the file: %1.").arg(error));
        return;
    }
    qCDebug(lcFiles) << "offering" << i.id.left(8) << "as file" << *file;
    bind(t, *file);
    resetReadAhead(t, 0); // most offers start at 0; a seek resets it
    setState(t, TransferState::Offered, QStringLiteral("Waiting for the friend to accept."));
}

void FileTransferService::resetReadAhead(Transfer& t, quint64 from)
{
    t.blocks.clear();
    t.blocksStart = t.blocksEnd = from;
    ++t.generation;
    t.readInFlight = false;
    ensureReadAhead(t);
}

void FileTransferService::ensureReadAhead(Transfer& t)
{
    const FileTransferInfo& i = t.info();
    if (t.readInFlight || t.blocksEnd >= i.size)
        return;
    const quint64 next = t.pending.empty() ? i.transferred : t.pending.front().first;
    if (t.blocksEnd > next && t.blocksEnd - next >= readAhead)
        return;
    const qint64 length = static_cast<qint64>(std::min<quint64>(blockSize, i.size - t.blocksEnd));
    t.readInFlight = true;
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, key = t.key, gen = t.generation, path = i.path, offset = static_cast<qint64>(t.blocksEnd),
            length, size = static_cast<qint64>(i.size),
            mtime = t.rec.sourceMtimeMs] { reader->read(key, gen, path, offset, length, size, mtime); },
        Qt::QueuedConnection);
}

void FileTransferService::onBlockRead(
    const QString& key, quint64 generation, qint64 offset, const QByteArray& data, const QString& error)
{
    Transfer* t = m_byKey.value(key);
    if (!t || generation != t->generation || static_cast<quint64>(offset) != t->blocksEnd)
        return; // no longer wanted
    t->readInFlight = false;
    if (!error.isEmpty()) {
        if (t->fileNumber)
            m_hub.fileControl(t->info().peer, *t->fileNumber, FileControl::Cancel);
        setState(*t, TransferState::Failed, error);
        return;
    }
    t->blocks.push_back(data);
    t->blocksEnd += static_cast<quint64>(data.size());
    pump(*t);
    ensureReadAhead(*t);
}

void FileTransferService::fileChunkRequested(const PublicKey& to, uint32_t fileNumber, quint64 position, size_t length)
{
    Transfer* t = live(to, fileNumber, true);
    if (!t)
        return;
    FileTransferInfo& i = t->info();
    if (length == 0) {
        // The friend has every byte.
        i.transferred = i.size;
        unbind(*t);
        setState(*t, TransferState::Finished);
        Q_EMIT finished(i);
        return;
    }
    if (!t->runStarted) {
        // The first request of this run says where the receiver continues.
        t->runStarted = true;
        i.resumedAt = position;
        i.transferred = position;
        t->meter.reset();
        if (position < t->blocksStart || position > t->blocksEnd)
            resetReadAhead(*t, position);
        if (i.state == TransferState::Offered)
            setState(*t, i.pausedByUs ? TransferState::Paused : TransferState::Active);
    }
    t->pending.emplace_back(position, length);
    pump(*t);
}

void FileTransferService::fileQueueMayHaveSpace()
{
    for (const auto& t : m_list)
        if (t->outgoing() && t->fileNumber && !t->pending.empty())
            pump(*t);
}

void FileTransferService::pump(Transfer& t)
{
    std::array<char, TOX_MAX_CUSTOM_PACKET_SIZE> buf{};
    while (!t.pending.empty() && t.fileNumber) {
        const auto [pos, len] = t.pending.front();
        // Drop the blocks before pos (sent already).
        while (!t.blocks.empty() && t.blocksStart + static_cast<quint64>(t.blocks.front().size()) <= pos) {
            t.blocksStart += static_cast<quint64>(t.blocks.front().size());
            t.blocks.pop_front();
        }
        if (pos < t.blocksStart || pos + len > t.blocksEnd) {
            ensureReadAhead(t);
            return; // onBlockRead() pumps again
        }
        // The chunk may span two blocks.
        const char* data = nullptr;
        const QByteArray& first = t.blocks.front();
        const auto off = static_cast<qsizetype>(pos - t.blocksStart);
        if (off + static_cast<qsizetype>(len) <= first.size()) {
            data = first.constData() + off;
        } else {
            const auto head = static_cast<size_t>(first.size() - off);
            std::memcpy(buf.data(), first.constData() + off, head);
            std::memcpy(buf.data() + head, t.blocks[1].constData(), len - head);
            data = buf.data();
        }
        switch (
            m_hub.fileSendChunk(t.info().peer, *t.fileNumber, pos, QByteArrayView(data, static_cast<qsizetype>(len)))) {
        case IFileHub::ChunkResult::Ok:
            t.pending.pop_front();
            t.info().transferred = pos + len;
            break;
        case IFileHub::ChunkResult::QueueFull:
            return; // fileQueueMayHaveSpace() pumps again
        case IFileHub::ChunkResult::Gone:
            t.pending.clear(); // the connection change follows
            return;
        case IFileHub::ChunkResult::Failed:
            m_hub.fileControl(t.info().peer, *t.fileNumber, FileControl::Cancel);
            setState(t, TransferState::Failed, QStringLiteral("toxcore refused a chunk of the file."));
            return;
        }
    }
    ensureReadAhead(t);
}

void FileTransferService::retryOutgoing(Transfer& t)
{
    FileTransferInfo& i = t.info();
    const QFileInfo fi(i.path);
    if (!fi.isFile() || !fi.isReadable()) {
        setState(t, TransferState::Failed, QStringLiteral("%1 cannot be read.").arg(i.path));
        return;
    }
    const qint64 mtime = fileMtimeMs(i.path);
    if (static_cast<quint64>(fi.size()) != i.size || mtime != t.rec.sourceMtimeMs) {
        // A different file now: it goes as a new transfer (new id), so the
        // receiver cannot mix it with the part it has of the old one.
        setState(t, TransferState::Failed, QStringLiteral("The file changed; it is sent again as a new transfer."));
        sendFiles(i.peer, {i.path});
        return;
    }
    t.rec.cancelledByUs = false;
    i.transferred = 0;
    i.resumedAt = 0;
    setState(t, TransferState::Queued, QStringLiteral("Waiting for the friend to come online."));
    if (online(i.peer))
        offer(t);
}

} // namespace warren
