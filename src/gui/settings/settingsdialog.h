// Settings ▸ the desktop app's choices (DesktopSettings): language, start
// with the session, start minimized to the tray. Shows them and hands back
// what the user chose; the app stores and applies it. A changed language
// takes effect at the next start, which the dialog says.
#pragma once

#include "gui/settings/desktopsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace warren {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const DesktopSettings& current, QWidget* parent = nullptr);

    DesktopSettings settings() const;

    QComboBox* languageBox() const { return m_language; }
    QCheckBox* autostartBox() const { return m_autostart; }
    QCheckBox* minimizedBox() const { return m_minimized; }

private:
    DesktopSettings m_initial;
    QComboBox* m_language;
    QCheckBox* m_autostart;
    QCheckBox* m_minimized;
    QLabel* m_restartNote;
};

} // namespace warren
