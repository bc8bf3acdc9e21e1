// Rewrites a history from one codec to another: plain to encrypted,
// encrypted to plain, or to a new data key. Every contact, request and
// message is decoded with the old codec and encoded with the new one, and
// the search index is rebuilt beside the old one and swapped in. Runs inside
// the caller's transaction, so a failure or a cancel rolls everything back
// and the file stays as it was. 1M messages take about 1.5 minutes here; the
// progress callback hears about every 2000.
#pragma once

#include "core/history/fieldcodec.h"
#include "core/history/historydb.h"
#include "core/history/historytypes.h"

namespace warren {

class HistoryRekey {
public:
    static bool rewrite(HistoryDb& db, const FieldCodec& from, const FieldCodec& to, const HistoryProgress& progress,
        HistoryError* error);
    /// After leaving plain text behind: folds the WAL into the file,
    /// rebuilds the file without free pages (VACUUM) and truncates the WAL,
    /// so no old plain page stays in either file.
    static bool purgeOldPages(HistoryDb& db, HistoryError* error);
};

} // namespace warren
