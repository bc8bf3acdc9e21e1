// The desktop app's start-up: options, handing a tox: link to the instance
// already running for the profile, the profile screen (choose, create,
// import, unlock), the engine, ChatService and the main window with its
// tray icon and notifications.
#pragma once

class QApplication;

namespace warren {

int runDesktopApp(QApplication& app);

} // namespace warren
