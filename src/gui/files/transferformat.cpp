#include "gui/files/transferformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

namespace warren {

/// The translation context of the texts below.
class TransferFormat {
    Q_DECLARE_TR_FUNCTIONS(warren::TransferFormat)
};

namespace transferformat {

QString size(quint64 bytes)
{
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeSIFormat);
}

QString speed(double bytesPerSecond)
{
    return TransferFormat::tr("%1/s").arg(size(static_cast<quint64>(qMax(0.0, bytesPerSecond))));
}

QString timeLeft(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return TransferFormat::tr("%1 s left").arg(seconds);
    if (seconds < 3600)
        return TransferFormat::tr("%1 min %2 s left").arg(seconds / 60).arg(seconds % 60);
    return TransferFormat::tr("%1 h %2 min left").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString progressLine(quint64 transferred, quint64 total, double bytesPerSecond, qint64 etaSeconds)
{
    QStringList parts{TransferFormat::tr("%1 of %2").arg(size(transferred), size(total))};
    if (bytesPerSecond > 0)
        parts << speed(bytesPerSecond);
    if (const QString left = timeLeft(etaSeconds); !left.isEmpty())
        parts << left;
    return parts.join(QStringLiteral(" · "));
}

QString stateLine(const FileTransferInfo& info, const QString& peer)
{
    const bool out = info.direction == TransferDirection::Outgoing;
    QString line;
    switch (info.state) {
    case TransferState::Queued:
        line = TransferFormat::tr("Waiting for %1 to come online").arg(peer);
        break;
    case TransferState::Offered:
        line = out ? TransferFormat::tr("Waiting for %1 to accept").arg(peer)
                   : TransferFormat::tr("%1 offers this file").arg(peer);
        break;
    case TransferState::Active:
        line = out ? TransferFormat::tr("Sending") : TransferFormat::tr("Receiving");
        break;
    case TransferState::Paused:
        if (info.pausedByUs && info.pausedByPeer)
            line = TransferFormat::tr("Paused by you and by %1").arg(peer);
        else if (info.pausedByPeer)
            line = TransferFormat::tr("Paused by %1").arg(peer);
        else if (info.pausedByUs)
            line = TransferFormat::tr("Paused by you");
        else
            line = TransferFormat::tr("Paused");
        break;
    case TransferState::Interrupted:
        line = TransferFormat::tr("Interrupted: it will continue when %1 is back").arg(peer);
        break;
    case TransferState::Finished:
        line = out ? TransferFormat::tr("Sent") : TransferFormat::tr("Received");
        break;
    case TransferState::Cancelled:
        line = TransferFormat::tr("Cancelled");
        break;
    case TransferState::Failed:
        line = TransferFormat::tr("Failed");
        break;
    }
    return line;
}

bool looksLikeImage(const QString& name)
{
    const QByteArray suffix = QFileInfo(name).suffix().toLower().toLatin1();
    return !suffix.isEmpty() && QImageReader::supportedImageFormats().contains(suffix);
}

} // namespace transferformat
} // namespace warren
