#include "gui/settings/desktopsettings.h"

#include <QSettings>

namespace warren {

namespace {
const QString group = QStringLiteral("desktop");
} // namespace

DesktopSettings DesktopSettings::load(QSettings& settings)
{
    settings.beginGroup(group);
    DesktopSettings s;
    s.language = settings.value(QStringLiteral("language")).toString();
    s.autostart = settings.value(QStringLiteral("autostart"), false).toBool();
    s.startMinimized = settings.value(QStringLiteral("startMinimized"), false).toBool();
    settings.endGroup();
    return s;
}

void DesktopSettings::save(QSettings& settings) const
{
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("autostart"), autostart);
    settings.setValue(QStringLiteral("startMinimized"), startMinimized);
    settings.endGroup();
    settings.sync();
}

} // namespace warren
