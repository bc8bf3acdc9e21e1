#include "gui/desktop/trayicon.h"

#include "gui/icons.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace warren {

TrayIcon::TrayIcon(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_tray(new QSystemTrayIcon(this))
{
    auto* menu = new QMenu(window);
    menu->addAction(tr("&Show Warren"), this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    menu->addSeparator();
    menu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    setUnread(0);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setUnread(int count)
{
    if (count == m_unread)
        return;
    m_unread = count;
    m_tray->setIcon(icons::app(count > 0));
    m_tray->setToolTip(count > 0 ? tr("Warren — %n unread", nullptr, count) : tr("Warren"));
    // The window icon carries the same state for task bars without a tray.
    m_window->setWindowIcon(icons::app(count > 0));
}

void TrayIcon::notify(const QString& title, const QString& text)
{
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, icons::app(true), 8000);
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && m_window->isActiveWindow()) {
        m_window->hide();
    } else {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
}

} // namespace warren
