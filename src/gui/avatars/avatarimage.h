// Turns a picture the user chose into a Tox avatar: the centre square,
// scaled down until its PNG fits Tox's 64 KiB limit (256 px first, then
// smaller), so any photo works without the user resizing it.
#pragma once

#include <QByteArray>

class QImage;

namespace warren::avatarimage {

/// PNG bytes of at most 65536 bytes; empty when @p image is null.
QByteArray encode(const QImage& image);
/// The picture in @p png, or a null image when it is not one; at most
/// 128 px a side (a 48 px avatar on a 2.5x screen), so the contact list does
/// not scale large pictures on every repaint.
QImage decode(const QByteArray& png);

} // namespace warren::avatarimage
