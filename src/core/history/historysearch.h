// Full-text search over all of a history, on whichever connection it is
// given: the searcher thread's own, or the store's for synchronous use in
// tests and benchmarks. The index answers with candidate rows, newest
// first, in batches; each candidate is decrypted and checked against the
// query words (SearchTerms::matches) until enough hits are found.
#pragma once

#include "core/chat/chattypes.h"
#include "core/history/fieldcodec.h"
#include "core/history/historydb.h"

namespace warren {

class HistorySearch {
public:
    /// At most @p limit messages matching every word of @p query, newest
    /// first. SearchHit::contactName is left empty (the chat layer knows names).
    static QList<SearchHit> run(
        HistoryDb& db, const FieldCodec& codec, const QString& query, int limit, HistoryError* error);
};

} // namespace warren
