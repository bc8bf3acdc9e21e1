// Small value types of the history layer that the chat layer uses too.
#pragma once

#include "core/chat/chattypes.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace warren {

/// What Warren keeps about a contact beyond what toxcore knows.
struct ContactExtras {
    QString alias;
    bool blocked = false;
    bool restoreOnUnblock = false; ///< it was a friend when blocked: unblocking adds it back
    int unread = 0;
    QDateTime lastActivity; ///< UTC; null when there was no message yet
};

/// An outgoing message that has no receipt yet (Queued or Sent), with how
/// many times it was handed to toxcore (0, 1, or 2 after the one resend).
struct UnsentMessage {
    ChatMessage message;
    int attempts = 0;
};

/// Progress of a long operation: @p done of @p total rows. Return false to
/// cancel (everything is rolled back).
using HistoryProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace warren
