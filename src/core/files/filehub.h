// The narrow interface between the Tox engine (ToxWorker) and file
// transfers. Both sides live on the core thread: the worker calls the
// IFileHandler registered for the transfer's kind (FileKindRouter) from
// inside tox_iterate; the handler drives
// toxcore through IFileHub. Friend numbers never leave the worker: files
// are addressed by the friend's public key and toxcore's per-friend file
// number (valid only while the friend stays online).
#pragma once

#include "core/toxtypes.h"

#include <QByteArrayView>

#include <optional>

namespace warren {

enum class FileControl : uint8_t { Resume, Pause, Cancel };

class IFileHandler {
public:
    virtual ~IFileHandler() = default;
    /// The friend offers a file (any kind: data, avatar). Nothing is
    /// accepted until the handler sends FileControl::Resume.
    virtual void fileOffered(
        const PublicKey& from, uint32_t fileNumber, uint32_t kind, quint64 size, QByteArrayView name)
        = 0;
    /// toxcore wants @p length bytes at @p position of an outgoing file;
    /// length 0 means the friend received the whole file. Each position is
    /// asked for once: an answer the handler cannot give now must be given
    /// later, in order.
    virtual void fileChunkRequested(const PublicKey& to, uint32_t fileNumber, quint64 position, size_t length) = 0;
    /// Data of an incoming file; empty @p data means the file is complete.
    virtual void fileChunkReceived(const PublicKey& from, uint32_t fileNumber, quint64 position, QByteArrayView data)
        = 0;
    /// The friend paused, resumed (or accepted) or cancelled a transfer.
    virtual void fileControlReceived(const PublicKey& peer, uint32_t fileNumber, FileControl control) = 0;
    /// toxcore drops every transfer of a friend that goes offline.
    virtual void friendConnectionChanged(const PublicKey& peer, Connection c) = 0;
    virtual void friendRemoved(const PublicKey& peer) = 0;
    /// After an iteration in which a chunk was refused with QueueFull.
    virtual void fileQueueMayHaveSpace() = 0;
};

class IFileHub {
public:
    enum class ChunkResult { Ok, QueueFull, Gone, Failed };
    virtual ~IFileHub() = default;
    /// Offers a file; returns toxcore's file number, or nullopt with @p error.
    /// @p fileId (32 bytes) lets the receiver recognise a resumed file.
    virtual std::optional<uint32_t> fileSend(const PublicKey& to, uint32_t kind, quint64 size, const QByteArray& fileId,
        const QByteArray& nameUtf8, QString* error)
        = 0;
    virtual bool fileControl(const PublicKey& peer, uint32_t fileNumber, FileControl control) = 0;
    /// Receiver only, before accepting: continue from @p position.
    virtual bool fileSeek(const PublicKey& from, uint32_t fileNumber, quint64 position) = 0;
    /// QueueFull: nothing was sent; try again after fileQueueMayHaveSpace().
    virtual ChunkResult fileSendChunk(const PublicKey& to, uint32_t fileNumber, quint64 position, QByteArrayView data)
        = 0;
    /// The 32-byte file id of a live transfer (empty when unknown).
    virtual QByteArray fileId(const PublicKey& peer, uint32_t fileNumber) const = 0;
    virtual Connection friendConnection(const PublicKey& friendKey) const = 0;
    virtual bool isFriend(const PublicKey& friendKey) const = 0;
    /// The handler of data files (TOX_FILE_KIND_DATA); nullptr unregisters.
    virtual void setFileHandler(IFileHandler* handler) = 0;
    /// The handler of another kind of file (e.g. TOX_FILE_KIND_AVATAR);
    /// offers of a kind without a handler go to the data handler.
    virtual void setFileKindHandler(uint32_t kind, IFileHandler* handler) = 0;
};

} // namespace warren
