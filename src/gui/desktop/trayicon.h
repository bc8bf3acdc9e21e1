// The system tray icon: shows whether anything is unread (messages or
// friend requests), toggles the main window on click, offers Show and Quit,
// and shows desktop notifications. Does nothing visible when the desktop
// has no tray.
#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace warren {

class TrayIcon : public QObject {
    Q_OBJECT
public:
    explicit TrayIcon(QWidget* window, QObject* parent = nullptr);
    ~TrayIcon() override;

    /// Switches the icon and tooltip; @p count = unread messages + requests.
    void setUnread(int count);
    int unread() const { return m_unread; }
    /// A desktop notification (QSystemTrayIcon::showMessage).
    void notify(const QString& title, const QString& text);

private:
    void toggleWindow();

    QWidget* m_window;
    QSystemTrayIcon* m_tray;
    int m_unread = -1;
};

} // namespace warren
