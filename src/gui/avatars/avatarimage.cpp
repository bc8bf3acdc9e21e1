#include "gui/avatars/avatarimage.h"

#include <QBuffer>
#include <QImage>

#include <array>

namespace warren::avatarimage {

namespace {
constexpr qsizetype maxBytes = 65536;

QByteArray png(const QImage& image)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 0); // 0: the smallest file
    return out;
}
} // namespace

QByteArray encode(const QImage& image)
{
    if (image.isNull())
        return {};
    const int side = qMin(image.width(), image.height());
    const QImage square = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    constexpr std::array sizes{256, 192, 128, 96, 64, 48, 32};
    for (const int s : sizes) {
        const QImage scaled = side > s ? square.scaled(s, s, Qt::IgnoreAspectRatio, Qt::SmoothTransformation) : square;
        const QByteArray bytes = png(scaled.convertToFormat(QImage::Format_ARGB32));
        if (bytes.size() <= maxBytes)
            return bytes;
    }
    return png(square.scaled(24, 24, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
}

QImage decode(const QByteArray& bytes)
{
    constexpr int paintSide = 128;
    QImage image;
    if (!bytes.isEmpty())
        image.loadFromData(bytes); // PNG by the convention; other formats are shown too
    if (image.width() > paintSide || image.height() > paintSide)
        image = image.scaled(paintSide, paintSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace warren::avatarimage
