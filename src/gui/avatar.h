// Avatars as round pictures: the friend's (or my) Tox avatar when there is
// one, else a circle with the name's initials in palette colours, so it
// follows light and dark themes. Shared by the self header, the contact
// list and the chat header.
#pragma once

#include <QRect>
#include <QString>

class QImage;
class QPainter;
class QPalette;

namespace warren {

/// Up to two initials of @p name ("Ada Lovelace" gives "AL").
QString initialsOf(const QString& name);
/// @p inverted swaps the colours, for a selected (highlighted) row.
void paintAvatar(QPainter& p, const QRect& rect, const QString& name, const QPalette& palette, bool inverted = false);
/// The picture @p image cut to a circle; the initials when it is null.
void paintAvatar(QPainter& p, const QRect& rect, const QString& name, const QImage& image, const QPalette& palette,
    bool inverted = false);

} // namespace warren
