#include "gui/tunnels/tunnelformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace warren {

/// The translation context of the texts below.
class TunnelFormat {
    Q_DECLARE_TR_FUNCTIONS(warren::TunnelFormat)
};

namespace tunnelformat {

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1);
}

QString rate(double bytesPerSecond)
{
    return TunnelFormat::tr("%1/s").arg(bytes(static_cast<qint64>(bytesPerSecond + 0.5)));
}

QString upDown(const tunnel::ByteCounters& b)
{
    return TunnelFormat::tr("↑ %1  ↓ %2").arg(bytes(b.up), bytes(b.down));
}

QString upDownRate(double up, double down)
{
    return TunnelFormat::tr("↑ %1  ↓ %2").arg(rate(up), rate(down));
}

QString path(Connection c)
{
    switch (c) {
    case Connection::Udp:
        return TunnelFormat::tr("Direct (UDP)");
    case Connection::Tcp:
        return TunnelFormat::tr("TCP relay");
    case Connection::None:
        break;
    }
    return TunnelFormat::tr("Offline");
}

QString pathWithRoundTrip(Connection c, double rttMs)
{
    if (c == Connection::None || rttMs < 0)
        return path(c);
    return TunnelFormat::tr("%1, %2 ms").arg(path(c)).arg(qRound(rttMs));
}

QString hostPort(const QString& host, quint16 port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace tunnelformat
} // namespace warren
