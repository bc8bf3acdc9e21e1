#include "gui/files/filedrop.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace warren {

/// The translation context of the texts below.
class FileDrop {
    Q_DECLARE_TR_FUNCTIONS(warren::FileDrop)
};

QStringList localFilesIn(const QMimeData* mime)
{
    QStringList paths;
    if (mime == nullptr)
        return paths;
    for (const QUrl& u : mime->urls())
        if (u.isLocalFile())
            paths << u.toLocalFile();
    return paths;
}

QString savePastedImage(const QImage& image, const QString& folder, QString* error)
{
    if (image.isNull()) {
        *error = FileDrop::tr("The clipboard holds no picture.");
        return {};
    }
    if (!QDir().mkpath(folder)) {
        *error = FileDrop::tr("The folder %1 cannot be created.").arg(folder);
        return {};
    }
    const QString stem = FileDrop::tr("Pasted image %1")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd hh.mm.ss")));
    QString path = QDir(folder).filePath(stem + QStringLiteral(".png"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1 (%2).png").arg(stem).arg(n));
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        *error = FileDrop::tr("The picture cannot be saved to %1: %2").arg(path, writer.errorString());
        QFile::remove(path);
        return {};
    }
    return path;
}

FileDropFilter::FileDropFilter(Target target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
{
}

void FileDropFilter::watch(QWidget* widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

bool FileDropFilter::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type t = event->type();
    if (t != QEvent::DragEnter && t != QEvent::DragMove && t != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto* drop = static_cast<QDropEvent*>(event); // QDragEnterEvent and QDragMoveEvent are QDropEvents
    auto* widget = qobject_cast<QWidget*>(watched);
    const QStringList files = localFilesIn(drop->mimeData());
    if (files.isEmpty() || widget == nullptr)
        return QObject::eventFilter(watched, event);
    // Entering is accepted anywhere (moves follow); a move or a drop only
    // where there is a friend to send to.
    const PublicKey to = t == QEvent::DragEnter ? PublicKey{} : m_target(widget, drop->position().toPoint());
    if (t != QEvent::DragEnter && to.isNull()) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (t == QEvent::Drop)
        Q_EMIT filesDropped(to, files);
    return true;
}

} // namespace warren
