// A QR code for a Tox ID, encoded with libqrencode, as a matrix and an image.
#pragma once

#include <QImage>
#include <QString>
#include <QVector>

namespace warren {

class QrCode {
public:
    /// Encodes @p text (byte mode, error correction M). isNull() on failure.
    static QrCode encode(const QString& text);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }
    bool dark(int x, int y) const { return m_modules[y * m_size + x]; }
    /// The code with a 4-module quiet zone, @p scale pixels per module.
    QImage toImage(int scale, QColor dark = Qt::black, QColor light = Qt::white) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace warren
