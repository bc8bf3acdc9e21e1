// Writes one chat as plain text, oldest message first, one line per message:
//   [2024-05-01 14:03:22] Alice: hello
//   [2024-05-01 14:03:30] * Bob waves
// Times are local. The file is replaced atomically (QSaveFile); rows are
// streamed, so a long chat is never held in memory whole.
#pragma once

#include "core/history/fieldcodec.h"
#include "core/history/historydb.h"

namespace warren {

class ChatExport {
public:
    struct Names {
        QString self; ///< how our own lines are labelled
        QString peer; ///< how the friend's lines are labelled
    };
    static bool write(HistoryDb& db, const FieldCodec& codec, qint64 contactId, const PublicKey& key,
        const Names& names, const QString& path, HistoryError* error);
};

} // namespace warren
