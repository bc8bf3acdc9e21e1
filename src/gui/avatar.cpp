#include "gui/avatar.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace warren {

QString initialsOf(const QString& name)
{
    QString out;
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString& w : words) {
        out += w.front().toUpper();
        if (out.size() == 2)
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

void paintAvatar(QPainter& p, const QRect& rect, const QString& name, const QPalette& palette, bool inverted)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(palette.color(inverted ? QPalette::HighlightedText : QPalette::Highlight));
    p.drawEllipse(rect);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(qMax(8, rect.height() * 2 / 5));
    p.setFont(f);
    p.setPen(palette.color(inverted ? QPalette::Highlight : QPalette::HighlightedText));
    p.drawText(rect, Qt::AlignCenter, initialsOf(name));
    p.restore();
}

void paintAvatar(
    QPainter& p, const QRect& rect, const QString& name, const QImage& image, const QPalette& palette, bool inverted)
{
    if (image.isNull()) {
        paintAvatar(p, rect, name, palette, inverted);
        return;
    }
    // Drawn from the full-size picture into the target rectangle, so a
    // HiDPI screen gets all the pixels it has room for.
    const int side = qMin(image.width(), image.height());
    const QRect square((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    p.save();
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(rect));
    p.setClipPath(circle);
    p.drawImage(rect, image, square);
    p.restore();
}

} // namespace warren
