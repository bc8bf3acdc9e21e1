// warren: the desktop entry point.
#include "app/desktopapp.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("warren"));
    QApplication::setApplicationDisplayName(QStringLiteral("Warren"));
    QApplication::setApplicationVersion(QStringLiteral(WARREN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("warren"));
    return warren::runDesktopApp(app);
}
