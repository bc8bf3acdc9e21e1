// Safe local names for files friends send. A received name is only a hint:
// it never chooses a folder, never hides a file, never overwrites one.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace warren {

/// Turns a name from the wire (UTF-8, possibly invalid) into one file name:
/// no path separators or characters Windows forbids, no control or bidi
/// override characters, no leading dots or spaces (so no "." or ".."), at
/// most 200 UTF-8 bytes (the extension kept). Never empty ("file").
QString sanitizeFileName(QByteArrayView wireName);
QString sanitizeFileName(const QString& name);

/// @p folder/@p name if nothing exists there, else "base (2).ext",
/// "base (3).ext", ... the first free one.
QString uniqueFilePath(const QString& folder, const QString& name);

} // namespace warren
