// The desktop app's own choices, kept in the profile directory's
// settings.ini (group "desktop") beside the network settings: the language,
// starting with the session (XDG autostart) and starting minimized to the
// tray. A plain value; load() and save() do the I/O.
#pragma once

#include <QString>

class QSettings;

namespace warren {

struct DesktopSettings {
    QString language; ///< e.g. "de"; empty follows the system locale
    bool autostart = false;
    bool startMinimized = false;

    static DesktopSettings load(QSettings& settings);
    void save(QSettings& settings) const;

    bool operator==(const DesktopSettings&) const = default;
};

} // namespace warren
