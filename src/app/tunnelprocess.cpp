#include "app/tunnelprocess.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

namespace warren {

namespace {
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[1], &b, 1);
}

void toSyslog(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    int priority = LOG_INFO;
    switch (type) {
    case QtDebugMsg:
        priority = LOG_DEBUG;
        break;
    case QtInfoMsg:
        priority = LOG_INFO;
        break;
    case QtWarningMsg:
        priority = LOG_WARNING;
        break;
    case QtCriticalMsg:
        priority = LOG_ERR;
        break;
    case QtFatalMsg:
        priority = LOG_CRIT;
        break;
    }
    ::syslog(priority, "%s", qUtf8Printable(message));
}

bool nullStdio(bool withStderr)
{
    const int fd = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::dup2(fd, STDIN_FILENO);
    ::dup2(fd, STDOUT_FILENO);
    if (withStderr)
        ::dup2(fd, STDERR_FILENO);
    if (fd > STDERR_FILENO)
        ::close(fd);
    return true;
}

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

void setupTunnelLogging(int debug, bool quiet, bool syslog)
{
    QString rules = QStringLiteral("warren.*.debug=false\n");
    if (debug >= 1)
        rules += QStringLiteral("warren.*.debug=true\n");
    if (debug >= 2)
        rules += QStringLiteral("*.debug=true\n");
    if (quiet && debug == 0)
        rules += QStringLiteral("*.info=false\n");
    QLoggingCategory::setFilterRules(rules);
    if (syslog) {
        ::openlog("warren-tunnel", LOG_PID, LOG_DAEMON);
        qInstallMessageHandler(toSyslog);
    } else {
        // The journal (systemd) stamps lines itself.
        const QString time = qEnvironmentVariableIsSet("JOURNAL_STREAM")
            ? QString()
            : QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} ");
        qSetMessagePattern(time
            + QStringLiteral("warren-tunnel: %{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{message}"));
    }
}

bool daemonize(QString* error)
{
    const pid_t first = ::fork();
    if (first < 0) {
        *error = QStringLiteral("cannot fork: %1").arg(lastError());
        return false;
    }
    if (first > 0)
        ::_exit(0); // the caller's shell gets its prompt back
    ::setsid();
    // A second fork: the daemon is no session leader and can never get a terminal.
    const pid_t second = ::fork();
    if (second < 0) {
        *error = QStringLiteral("cannot fork: %1").arg(lastError());
        return false;
    }
    if (second > 0)
        ::_exit(0);
    if (::chdir("/") != 0) {
        *error = QStringLiteral("cannot change to /: %1").arg(lastError());
        return false;
    }
    if (!nullStdio(true)) {
        *error = QStringLiteral("cannot open /dev/null: %1").arg(lastError());
        return false;
    }
    return true;
}

PidFile::~PidFile()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

bool PidFile::write(const QString& path, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(qint64(::getpid())) + '\n') < 0 || !f.commit()) {
        *error = QStringLiteral("cannot write the pid file %1: %2").arg(path, f.errorString());
        return false;
    }
    m_path = path;
    return true;
}

void installQuitOnSignal(QCoreApplication& app)
{
    std::signal(SIGPIPE, SIG_IGN);
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) != 0)
        return;
    auto* n = new QSocketNotifier(g_signalFds[0], QSocketNotifier::Read, &app);
    QObject::connect(n, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGHUP, onSignal); // ssh ends its ProxyCommand with SIGHUP
}

bool takeStdio(StdioFds* out, QString* error)
{
    const int in = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    const int o = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (in < 0 || o < 0 || !nullStdio(false)) {
        *error = QStringLiteral("cannot take stdin and stdout: %1").arg(lastError());
        if (in >= 0)
            ::close(in);
        if (o >= 0)
            ::close(o);
        return false;
    }
    *out = {in, o};
    return true;
}

} // namespace warren
