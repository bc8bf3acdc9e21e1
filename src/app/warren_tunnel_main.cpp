// warren-tunnel: the headless entry point (no QtWidgets).
#include "app/tunnelcli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("warren-tunnel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARREN_VERSION));
    return warren::runTunnelCli(app);
}
