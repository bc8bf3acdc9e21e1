#include "gui/desktop/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace warren::autostart {

namespace {
/// Quotes @p arg for a desktop entry's Exec key (Desktop Entry spec,
/// "The Exec key"): inside double quotes, ", `, $ and \ are escaped.
QString quoteExecArg(const QString& arg)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : arg) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            out += u'\\';
        out += c;
        if (c == u'%')
            out += u'%'; // a literal percent sign, not a field code
    }
    out += u'"';
    // Then every backslash is escaped again for the string value itself.
    return out.replace(u'\\', QStringLiteral("\\\\"));
}
} // namespace

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/warren.desktop");
}

bool isEnabled()
{
    return QFile::exists(entryPath());
}

bool setEnabled(bool enabled, QString* error, const QString& program, const QStringList& arguments)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = QCoreApplication::translate("autostart", "Cannot remove %1.").arg(path);
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("autostart", "Cannot create the folder of %1.").arg(path);
        return false;
    }
    QStringList exec{quoteExecArg(program.isEmpty() ? QCoreApplication::applicationFilePath() : program)};
    for (const QString& a : arguments)
        exec << quoteExecArg(a);
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Warren\n"
                                         "Comment=Chat and tunnels over Tox\n"
                                         "Exec=%1\n"
                                         "Icon=warren\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(exec.join(u' '));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("autostart", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace warren::autostart
