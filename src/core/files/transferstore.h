// The file transfers' memory across restarts: one JSON file beside the
// profile (NAME.transfers.json), written atomically (QSaveFile) on every
// state change. A file that cannot be read is reported and left alone:
// the store then refuses to write, so nothing is silently replaced.
// Used by FileTransferService on the core thread only.
#pragma once

#include "core/files/filetypes.h"

#include <QList>
#include <QString>

namespace warren {

/// What is kept per transfer: the public view plus what resuming needs.
struct TransferRecord {
    FileTransferInfo info;
    qint64 sourceMtimeMs = 0; ///< outgoing: the source's mtime when offered
    QString partPath; ///< incoming: the .part file (empty until accepted)
    bool accepted = false; ///< incoming: accepted once, so a re-offer resumes at once
    bool cancelledByUs = false;
};

class TransferStore {
public:
    /// @p path empty: a store that keeps nothing (tests, no profile).
    explicit TransferStore(QString path);

    /// Reads the file (a missing file is an empty store). On failure returns
    /// false, sets error() and disables saving.
    bool load();
    const QString& error() const { return m_error; }
    const QString& path() const { return m_path; }

    QList<TransferRecord> records;
    QList<AutoAcceptRule> rules;

    /// Writes everything; false (and error()) when it could not, or when
    /// load() failed. Finished and cancelled transfers beyond the newest
    /// 500 are dropped.
    bool save();

private:
    QString m_path;
    QString m_error;
    bool m_broken = false;
};

} // namespace warren
