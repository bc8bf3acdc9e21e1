// Words and numbers for file transfers, shared by the chat cards and the
// transfers view: sizes ("4.2 MB"), speeds, time left and what a state
// means to the user. Pure functions of the value types in core/files.
#pragma once

#include "core/files/filetypes.h"

#include <QString>

namespace warren::transferformat {

/// "4.2 MB" (decimal units, as file managers show them).
QString size(quint64 bytes);
/// "1.5 MB/s".
QString speed(double bytesPerSecond);
/// "2 min 5 s left", or empty when unknown.
QString timeLeft(qint64 seconds);
/// "1.2 MB of 4.2 MB · 1.5 MB/s · 2 s left": what the card shows while it moves.
QString progressLine(quint64 transferred, quint64 size, double bytesPerSecond, qint64 etaSeconds);
/// One sentence for the state, e.g. "Paused by Bob" or "Waiting for Bob to accept".
/// @p peer is the friend's display name.
QString stateLine(const FileTransferInfo& info, const QString& peer);
/// True for names an image preview can be made of (png, jpg, gif, ...).
bool looksLikeImage(const QString& name);

} // namespace warren::transferformat
