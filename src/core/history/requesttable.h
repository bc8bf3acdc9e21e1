// The friend-request inbox: requests received and neither accepted nor
// declined yet, kept across restarts. One row per sender (a newer request
// from the same key replaces the older). With a password the sender's key
// and the message are sealed and the row is found by a keyed hash.
#pragma once

#include "core/chat/chattypes.h"
#include "core/history/fieldcodec.h"
#include "core/history/historydb.h"

namespace warren {

class RequestTable {
public:
    RequestTable(HistoryDb& db, const FieldCodec& codec);

    /// Every pending request, oldest first.
    QList<FriendRequest> all(HistoryError* error) const;
    /// Stores @p request, replacing an earlier one from the same key.
    bool put(const FriendRequest& request, HistoryError* error);
    bool remove(const PublicKey& from, HistoryError* error);

private:
    HistoryDb& m_db;
    const FieldCodec& m_codec;
};

} // namespace warren
