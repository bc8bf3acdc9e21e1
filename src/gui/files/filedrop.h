// Files dropped from a file manager and images pasted from the clipboard,
// turned into paths to send. FileDropFilter watches widgets (a chat page, the
// contact list's viewport) and says which friend a drop at a point is for;
// savePastedImage writes a pasted picture as a PNG file that can then be
// sent (and resent after a restart: it is kept, not a temporary file).
#pragma once

#include "core/toxtypes.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QImage;
class QMimeData;
class QPoint;
class QWidget;

namespace warren {

/// The local files among @p mime's URLs (file manager drags and copies).
QStringList localFilesIn(const QMimeData* mime);

/// Writes @p image to @p folder as "Pasted image YYYY-MM-DD hh.mm.ss.png"
/// (never over an existing file). Returns the path, or empty with @p error set.
QString savePastedImage(const QImage& image, const QString& folder, QString* error);

class FileDropFilter : public QObject {
    Q_OBJECT
public:
    /// The friend a drop on @p widget at @p pos is for (null: none).
    using Target = std::function<PublicKey(QWidget* widget, const QPoint& pos)>;

    explicit FileDropFilter(Target target, QObject* parent = nullptr);

    /// Accepts drops of local files on @p widget.
    void watch(QWidget* widget);

Q_SIGNALS:
    void filesDropped(const warren::PublicKey& to, const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Target m_target;
};

} // namespace warren
