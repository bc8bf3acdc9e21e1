// One transfer as FileTransferService keeps it on the core thread: the
// persistent record plus what lives only while toxcore knows the transfer.
// Internal to src/core/files.
#pragma once

#include "core/files/speedmeter.h"
#include "core/files/transferstore.h"

#include <QByteArray>
#include <QFile>
#include <QLoggingCategory>

#include <deque>
#include <memory>
#include <optional>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcFiles)

namespace warren {

struct Transfer {
    TransferRecord rec;
    QString key; ///< peer hex + id: the service's map key
    /// toxcore's file number while the friend is online and knows the transfer.
    std::optional<uint32_t> fileNumber;

    // Outgoing: read-ahead blocks [blocksStart, blocksEnd) and the chunk
    // requests toxcore made that are not answered yet (in order).
    quint64 generation = 0; ///< bumped to drop reads that are no longer wanted
    std::deque<QByteArray> blocks;
    quint64 blocksStart = 0;
    quint64 blocksEnd = 0;
    bool readInFlight = false;
    bool runStarted = false; ///< the first chunk request of this run came
    std::deque<std::pair<quint64, size_t>> pending;

    // Incoming: the open .part file while bytes arrive (unbuffered, so a
    // failed write reports the system's reason) and what waits to be written.
    std::unique_ptr<QFile> part;
    QByteArray writeBuffer;

    SpeedMeter meter;
    quint64 reportedBytes = ~quint64(0); ///< the last progress emitted

    FileTransferInfo& info() { return rec.info; }
    bool outgoing() const { return rec.info.direction == TransferDirection::Outgoing; }
};

} // namespace warren
