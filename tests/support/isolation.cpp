#include "isolation.h"

#include <QNetworkInterface>
#include <QStringList>

namespace warren::test {

QString networkNotIsolatedReason()
{
    QStringList up;
    const auto ifaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& i : ifaces) {
        const bool isUp = i.flags().testFlag(QNetworkInterface::IsUp);
        if (isUp && !i.flags().testFlag(QNetworkInterface::IsLoopBack))
            up << i.name();
    }
    if (up.isEmpty())
        return {};
    return QStringLiteral("network interfaces other than loopback are up (%1): run this through "
                          "scripts/isolated, which gives it a private network namespace")
        .arg(up.join(QStringLiteral(", ")));
}

void requireIsolatedNetwork()
{
    const QString why = networkNotIsolatedReason();
    if (!why.isEmpty())
        qFatal("refusing to start Tox: %s", qPrintable(why));
}

} // namespace warren::test
