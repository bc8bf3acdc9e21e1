// warren-tunnel's command line and run loop (headless; no QtWidgets).
#pragma once

class QCoreApplication;

namespace warren {

/// Parses the arguments, opens the identity, starts the engine and runs the
/// event loop. Returns the process exit code.
int runTunnelCli(QCoreApplication& app);

} // namespace warren
