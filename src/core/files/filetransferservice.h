// File transfers on the core thread: owns every transfer, its .part file
// and read-ahead, the persistent list (TransferStore) and the auto-accept
// rules. ToxWorker calls it through IFileHandler from inside tox_iterate;
// it drives toxcore through IFileHub. Other threads use FileTransfers
// (filetransfers.h), never this class directly.
//
// Resuming: a transfer keeps its Tox file id for life. When the friend goes
// offline, or either side restarts, the sender offers the same id again as
// soon as the friend is online; the receiver recognises it, seeks to the
// size of its .part file and accepts at once, so only the missing part is
// sent. A receiver that failed (disk full) asks for the offer again with a
// small lossless packet (id 0xB4) when the user retries.
//
// Speed: chunks are answered from memory (BlockReader reads ahead on its own
// thread); when toxcore's queue is full the worker iterates again within a
// millisecond and calls fileQueueMayHaveSpace().
#pragma once

#include "core/files/filehub.h"
#include "core/files/filetypes.h"
#include "core/files/transferstore.h"
#include "core/packethandler.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

namespace warren {

class BlockReader;
struct Transfer;

class FileTransferService : public QObject, public IFileHandler, public IPacketHandler {
    Q_OBJECT
public:
    /// Registers itself with @p files and @p packets (both must outlive it)
    /// and loads the store. Emits nothing yet: call publishAll() once the
    /// signals are connected.
    FileTransferService(IFileHub& files, IPacketHub& packets, FileTransferConfig config, QObject* parent = nullptr);
    ~FileTransferService() override;

    /// Emits ready() with every known transfer and the rules, or problem()
    /// when the store could not be read; then starts offering what waits.
    void publishAll();

    // Commands (core thread). Unknown ids are ignored.
    void sendFiles(const PublicKey& to, const QStringList& paths);
    void accept(const PublicKey& from, const QString& id, const QString& folder);
    void cancel(const PublicKey& peer, const QString& id);
    void pause(const PublicKey& peer, const QString& id);
    void resume(const PublicKey& peer, const QString& id);
    void retry(const PublicKey& peer, const QString& id);
    void setAutoAccept(const PublicKey& peer, const QString& folder, quint64 maxSize);
    QList<FileTransferInfo> transfers() const;

    // IFileHandler
    void fileOffered(
        const PublicKey& from, uint32_t fileNumber, uint32_t kind, quint64 size, QByteArrayView name) override;
    void fileChunkRequested(const PublicKey& to, uint32_t fileNumber, quint64 position, size_t length) override;
    void fileChunkReceived(const PublicKey& from, uint32_t fileNumber, quint64 position, QByteArrayView data) override;
    void fileControlReceived(const PublicKey& peer, uint32_t fileNumber, FileControl control) override;
    void friendConnectionChanged(const PublicKey& peer, Connection c) override;
    void friendRemoved(const PublicKey& peer) override;
    void fileQueueMayHaveSpace() override;

    // IPacketHandler (the resend request)
    void losslessPacket(const PublicKey& friendKey, QByteArrayView packet) override;

    static constexpr quint8 resendPacketId = 0xB4;

Q_SIGNALS:
    void ready(const QList<warren::FileTransferInfo>& transfers, const QList<warren::AutoAcceptRule>& rules);
    void added(const warren::FileTransferInfo& info);
    void offered(const warren::FileTransferInfo& info);
    void progress(const warren::FileProgress& progress);
    void stateChanged(const warren::FileTransferInfo& info);
    void finished(const warren::FileTransferInfo& info);
    void autoAcceptChanged(const QList<warren::AutoAcceptRule>& rules);
    void problem(const QString& message);

private:
    Transfer* find(const PublicKey& peer, const QString& id) const;
    Transfer* live(const PublicKey& peer, uint32_t fileNumber, bool outgoing) const;
    Transfer* add(std::unique_ptr<Transfer> t);
    void bind(Transfer& t, uint32_t fileNumber);
    void unbind(Transfer& t);
    void setState(Transfer& t, TransferState s, const QString& reason = {});
    void save();
    void emitProgress();
    bool online(const PublicKey& peer) const;

    // Outgoing (outgoingtransfers.cpp)
    void offer(Transfer& t);
    void offerWaiting(const PublicKey& peer);
    void resetReadAhead(Transfer& t, quint64 from);
    void ensureReadAhead(Transfer& t);
    void pump(Transfer& t);
    void onBlockRead(
        const QString& key, quint64 generation, qint64 offset, const QByteArray& data, const QString& error);
    void retryOutgoing(Transfer& t);

    // Incoming (incomingtransfers.cpp)
    void acceptIncoming(Transfer& t, const QString& folder);
    void resumeIncoming(Transfer& t);
    void completeIncoming(Transfer& t);
    void failIncoming(Transfer& t, const QString& reason);
    void maybeAutoAccept(Transfer& t);
    void retryIncoming(Transfer& t);
    void requestResend(Transfer& t);
    /// Writes the buffered bytes of an incoming transfer; false on error.
    bool flushPart(Transfer& t);
    /// Flushes and closes an incoming transfer's .part file (offline, stop).
    void closePart(Transfer& t);

    IFileHub& m_hub;
    IPacketHub& m_packets;
    FileTransferConfig m_config;
    TransferStore m_store;
    std::vector<std::unique_ptr<Transfer>> m_list; ///< in creation order
    QHash<QString, Transfer*> m_byKey;
    QHash<PublicKey, QHash<quint64, Transfer*>> m_live; ///< (outgoing << 40 | file number)
    QSet<PublicKey> m_online;
    QList<AutoAcceptRule> m_rules;
    QThread m_readerThread;
    BlockReader* m_reader = nullptr; ///< lives on m_readerThread
    QTimer m_progressTimer;
    bool m_published = false;
};

} // namespace warren
