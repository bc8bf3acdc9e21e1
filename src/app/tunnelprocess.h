// Process chores of warren-tunnel: logging (-d, -q, -S), running as a
// daemon (-z) with a pid file (-F), quitting cleanly on SIGINT and SIGTERM,
// and taking stdin/stdout for a -W tunnel.
#pragma once

#include <QString>

class QCoreApplication;

namespace warren {

/// -d (@p debug times), -q and -S: what is logged, and where.
void setupTunnelLogging(int debug, bool quiet, bool syslog);

/// Forks into the background: a new session, "/" as working directory,
/// stdin, stdout and stderr on /dev/null. Only the daemon returns (true);
/// false with @p error when forking failed. Call before any thread starts.
bool daemonize(QString* error);

/// A pid file written now and removed when this object goes away.
class PidFile {
public:
    PidFile() = default;
    ~PidFile();
    PidFile(const PidFile&) = delete;
    PidFile& operator=(const PidFile&) = delete;
    bool write(const QString& path, QString* error);

private:
    QString m_path;
};

/// Quits the event loop on SIGINT, SIGTERM and SIGHUP (so the engine saves
/// and stops cleanly) and ignores SIGPIPE (a -W reader that went away is an
/// error on write, not a signal).
void installQuitOnSignal(QCoreApplication& app);

/// stdin and stdout moved to new descriptors for a -W tunnel; descriptors
/// 0 and 1 then point at /dev/null, so nothing printed can get into the stream.
struct StdioFds {
    int in = -1;
    int out = -1;
};
bool takeStdio(StdioFds* out, QString* error);

} // namespace warren
