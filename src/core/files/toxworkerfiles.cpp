// ToxWorker's IFileHub: thin wrappers over toxcore's file calls, kept out of
// toxworker.cpp. The logic lives in FileTransferService.
#include "core/toxworker.h"

#include <tox/tox.h>

namespace warren {

namespace {
TOX_FILE_CONTROL toToxControl(FileControl c)
{
    switch (c) {
    case FileControl::Pause:
        return TOX_FILE_CONTROL_PAUSE;
    case FileControl::Cancel:
        return TOX_FILE_CONTROL_CANCEL;
    case FileControl::Resume:
        break;
    }
    return TOX_FILE_CONTROL_RESUME;
}

QString fileSendError(Tox_Err_File_Send err)
{
    switch (err) {
    case TOX_ERR_FILE_SEND_FRIEND_NOT_FOUND:
        return QStringLiteral("not a friend");
    case TOX_ERR_FILE_SEND_FRIEND_NOT_CONNECTED:
        return QStringLiteral("the friend is offline");
    case TOX_ERR_FILE_SEND_NAME_TOO_LONG:
        return QStringLiteral("the file name is too long");
    case TOX_ERR_FILE_SEND_TOO_MANY:
        return QStringLiteral("too many transfers to this friend at once");
    default:
        return QStringLiteral("toxcore refused the file (error %1)").arg(int(err));
    }
}
} // namespace

std::optional<uint32_t> ToxWorker::fileSend(const PublicKey& to, uint32_t kind, quint64 size, const QByteArray& fileId,
    const QByteArray& nameUtf8, QString* error)
{
    const auto fn = friendNumber(to);
    if (!m_tox || !fn) {
        if (error)
            *error = QStringLiteral("not a friend");
        return std::nullopt;
    }
    Tox_Err_File_Send err = TOX_ERR_FILE_SEND_OK;
    const uint32_t file = tox_file_send(m_tox.get(), *fn, kind, size,
        fileId.size() == TOX_FILE_ID_LENGTH ? reinterpret_cast<const uint8_t*>(fileId.constData()) : nullptr,
        reinterpret_cast<const uint8_t*>(nameUtf8.constData()), static_cast<size_t>(nameUtf8.size()), &err);
    if (err != TOX_ERR_FILE_SEND_OK) {
        if (error)
            *error = fileSendError(err);
        return std::nullopt;
    }
    m_files.sent(to, file, kind);
    return file;
}

bool ToxWorker::fileControl(const PublicKey& peer, uint32_t fileNumber, FileControl control)
{
    const auto fn = friendNumber(peer);
    if (!m_tox || !fn)
        return false;
    const bool ok = tox_file_control(m_tox.get(), *fn, fileNumber, toToxControl(control), nullptr);
    if (ok && control == FileControl::Cancel)
        m_files.forget(peer, fileNumber);
    return ok;
}

bool ToxWorker::fileSeek(const PublicKey& from, uint32_t fileNumber, quint64 position)
{
    const auto fn = friendNumber(from);
    if (!m_tox || !fn)
        return false;
    return tox_file_seek(m_tox.get(), *fn, fileNumber, position, nullptr);
}

IFileHub::ChunkResult ToxWorker::fileSendChunk(
    const PublicKey& to, uint32_t fileNumber, quint64 position, QByteArrayView data)
{
    const auto fn = friendNumber(to);
    if (!m_tox || !fn)
        return ChunkResult::Gone;
    Tox_Err_File_Send_Chunk err = TOX_ERR_FILE_SEND_CHUNK_OK;
    tox_file_send_chunk(m_tox.get(), *fn, fileNumber, position, reinterpret_cast<const uint8_t*>(data.data()),
        static_cast<size_t>(data.size()), &err);
    switch (err) {
    case TOX_ERR_FILE_SEND_CHUNK_OK:
        return ChunkResult::Ok;
    case TOX_ERR_FILE_SEND_CHUNK_SENDQ:
        // toxcore frees queue room only inside tox_iterate: iterate soon.
        m_fileBlocked = true;
        if (!m_inIterate)
            scheduleNext();
        return ChunkResult::QueueFull;
    case TOX_ERR_FILE_SEND_CHUNK_FRIEND_NOT_FOUND:
    case TOX_ERR_FILE_SEND_CHUNK_FRIEND_NOT_CONNECTED:
    case TOX_ERR_FILE_SEND_CHUNK_NOT_FOUND:
        return ChunkResult::Gone;
    default:
        return ChunkResult::Failed;
    }
}

QByteArray ToxWorker::fileId(const PublicKey& peer, uint32_t fileNumber) const
{
    const auto fn = friendNumber(peer);
    if (!m_tox || !fn)
        return {};
    QByteArray id(TOX_FILE_ID_LENGTH, Qt::Uninitialized);
    if (!tox_file_get_file_id(m_tox.get(), *fn, fileNumber, reinterpret_cast<uint8_t*>(id.data()), nullptr))
        return {};
    return id;
}

} // namespace warren
