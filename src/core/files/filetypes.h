// Value types of file transfers that cross threads (queued signals of
// FileTransfers). A transfer is identified by the friend's public key and
// its id: the 32-byte Tox file id in hex, which stays the same when a
// transfer resumes after the friend went offline or either side restarted.
#pragma once

#include "core/toxtypes.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace warren {

enum class TransferDirection : uint8_t { Outgoing, Incoming };

enum class TransferState : uint8_t {
    Queued, ///< outgoing: waits for the friend to come online
    Offered, ///< waits for the receiver to accept (shown on both sides)
    Active, ///< bytes are moving
    Paused, ///< paused by us and/or the friend (see pausedByUs / pausedByPeer)
    Interrupted, ///< the friend went offline or we restarted; continues by itself
    Finished,
    Cancelled, ///< by us or by the friend: reason says which
    Failed, ///< an error (reason); what arrived is kept and retry() continues
};

QString transferStateName(TransferState s);
/// Finished, Cancelled and Failed: nothing moves until retry().
bool isTerminal(TransferState s);

struct FileTransferInfo {
    PublicKey peer; ///< the friend we send to or receive from
    QString id; ///< 64 hex digits: the Tox file id
    TransferDirection direction = TransferDirection::Outgoing;
    quint32 kind = 0; ///< TOX_FILE_KIND_DATA (0); avatars will use 1
    QString name; ///< incoming: already sanitized
    quint64 size = 0;
    quint64 transferred = 0; ///< bytes sent / written so far
    TransferState state = TransferState::Queued;
    QString reason; ///< why the state changed (errors in words); may be empty
    bool pausedByUs = false;
    bool pausedByPeer = false;
    /// Outgoing: the source file. Incoming: the final file once Finished,
    /// before that the .part file being written (empty until accepted).
    QString path;
    QString folder; ///< incoming: the folder it is saved to
    /// Where the current run started: 0, or the offset a resumed transfer
    /// continued from (the receiver's .part size).
    quint64 resumedAt = 0;
    /// When the transfer was offered or received, in ms since the epoch
    /// (UTC); 0 for transfers remembered by an older Warren.
    qint64 createdMs = 0;
};

struct FileProgress {
    PublicKey peer;
    QString id;
    quint64 transferred = 0;
    quint64 size = 0;
    double bytesPerSecond = 0; ///< over the last seconds
    qint64 etaSeconds = -1; ///< -1: unknown
};

/// Offers from @p peer up to @p maxSize bytes are accepted into @p folder
/// without asking.
struct AutoAcceptRule {
    PublicKey peer;
    QString folder;
    quint64 maxSize = 0;
};

/// Where the service keeps its state and saves files.
struct FileTransferConfig {
    /// The JSON file that keeps transfers across restarts, beside the
    /// profile: NAME.transfers.json. Empty: nothing survives a restart.
    QString storePath;
    /// Where accept() with no folder saves (created when missing).
    QString downloadFolder;
    int progressIntervalMs = 250;
};

void registerFileTypes();

} // namespace warren

Q_DECLARE_METATYPE(warren::TransferDirection)
Q_DECLARE_METATYPE(warren::TransferState)
Q_DECLARE_METATYPE(warren::FileTransferInfo)
Q_DECLARE_METATYPE(warren::FileProgress)
Q_DECLARE_METATYPE(warren::AutoAcceptRule)
