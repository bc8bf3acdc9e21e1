// Reads blocks of files being sent on its own thread, so a slow disk never
// stalls the engine thread: FileTransferService asks for the next block
// ahead of toxcore's chunk requests and serves the chunks from memory.
// Every read checks that the file still has the size and modification time
// it had when it was offered: a file changed or deleted mid-transfer is an
// error, never silently sent mixed.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace warren {

class BlockReader : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// Call on the reader's thread (queued). Answers with blockRead().
    void read(const QString& key, quint64 generation, const QString& path, qint64 offset, qint64 length,
        qint64 expectedSize, qint64 expectedMtimeMs);

Q_SIGNALS:
    /// @p error non-empty: nothing was read, and why.
    void blockRead(const QString& key, quint64 generation, qint64 offset, const QByteArray& data, const QString& error);
};

/// A file's modification time in ms since the epoch (0 when unknown).
qint64 fileMtimeMs(const QString& path);

} // namespace warren
