// The desktop app's start-up: options, profile choice and password, the
// engine, the main window.
#pragma once

class QApplication;

namespace warren {

int runDesktopApp(QApplication& app);

} // namespace warren
