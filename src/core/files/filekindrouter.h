// Shares toxcore's file callbacks between the services that handle each
// kind of file: data files (FileTransferService) and avatars
// (AvatarService). An offer is routed by its kind; toxcore's later calls for
// that transfer (chunks, controls) carry no kind, so the router remembers
// which transfers are not data files, keyed by friend and file number, from
// the offer (incoming) or from ToxWorker::fileSend (outgoing) until the
// transfer ends. Offers of a kind nobody handles go to the data handler,
// which declines them. Lives inside ToxWorker, on the core thread.
#pragma once

#include "core/files/filehub.h"

#include <QHash>

#include <map>

namespace warren {

class FileKindRouter : public IFileHandler {
public:
    void setHandler(uint32_t kind, IFileHandler* handler);
    IFileHandler* handler(uint32_t kind) const;

    /// ToxWorker offered a file of @p kind as @p fileNumber.
    void sent(const PublicKey& to, uint32_t fileNumber, uint32_t kind);
    /// We cancelled the transfer: toxcore forgets it without a callback.
    void forget(const PublicKey& peer, uint32_t fileNumber);

    // IFileHandler: each call goes to the handler of the transfer's kind.
    void fileOffered(
        const PublicKey& from, uint32_t fileNumber, uint32_t kind, quint64 size, QByteArrayView name) override;
    void fileChunkRequested(const PublicKey& to, uint32_t fileNumber, quint64 position, size_t length) override;
    void fileChunkReceived(const PublicKey& from, uint32_t fileNumber, quint64 position, QByteArrayView data) override;
    void fileControlReceived(const PublicKey& peer, uint32_t fileNumber, FileControl control) override;
    // These go to every handler.
    void friendConnectionChanged(const PublicKey& peer, Connection c) override;
    void friendRemoved(const PublicKey& peer) override;
    void fileQueueMayHaveSpace() override;

private:
    IFileHandler* owner(const PublicKey& peer, uint32_t fileNumber) const;
    void remember(const PublicKey& peer, uint32_t fileNumber, uint32_t kind);

    std::map<uint32_t, IFileHandler*> m_handlers; ///< by kind; not owned
    /// Live transfers that are not data files: friend -> file number -> kind.
    /// (toxcore numbers received files from 65536 up, so sent and received
    /// numbers never clash.)
    QHash<PublicKey, QHash<uint32_t, uint32_t>> m_kinds;
};

} // namespace warren
