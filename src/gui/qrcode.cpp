#include "gui/qrcode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace warren {

QrCode QrCode::encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(
            static_cast<int>(utf8.size()), reinterpret_cast<const unsigned char*>(utf8.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    QrCode out;
    if (!code)
        return out;
    out.m_size = code->width;
    out.m_modules.resize(out.m_size * out.m_size);
    for (int i = 0; i < out.m_modules.size(); ++i)
        out.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    return out;
}

QImage QrCode::toImage(int scale, QColor darkColor, QColor lightColor) const
{
    constexpr int quiet = 4;
    const int side = (m_size + 2 * quiet) * scale;
    QImage img(side, side, QImage::Format_RGB32);
    img.fill(lightColor);
    QPainter p(&img);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (dark(x, y))
                p.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, darkColor);
    return img;
}

} // namespace warren
