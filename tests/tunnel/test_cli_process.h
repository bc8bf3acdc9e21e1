// Runs the real warren-tunnel binary for tests: finds it next to the test
// (build/src/app/warren-tunnel, or $WARREN_TUNNEL_BINARY), keeps it on
// loopback (a nodes file naming the test's engines, no LAN discovery, no
// IPv6, its own UDP ports so no two instances reuse one), and collects what
// it prints. Header-only; the tests that use it are test_cli*, test_socks5*,
// test_stdio* and test_tunnel_auth*.
#pragma once

#include "core/bootstrapnodes.h"
#include "toxtestnet.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace warren::test {

/// The warren-tunnel binary of this build tree.
inline QString tunnelBinary()
{
    const QString env = qEnvironmentVariable("WARREN_TUNNEL_BINARY");
    if (!env.isEmpty())
        return env;
    return QFileInfo(QCoreApplication::applicationDirPath() + QStringLiteral("/../../src/app/warren-tunnel"))
        .absoluteFilePath();
}

/// A private UDP port range for the next binary started by this test process.
inline QString nextUdpRange()
{
    static int next = 0;
    const int first = 34000 + 10 * next++;
    return QStringLiteral("%1:%2").arg(first).arg(first + 9);
}

/// Writes @p nodes as a bootstrap-node list (the JSON format of the public
/// node list that tuntox -b reads) in @p dir; returns its path.
inline QString writeNodesFile(const QString& dir, const QList<BootstrapNode>& nodes)
{
    static int n = 0;
    const QString path = QStringLiteral("%1/nodes%2.json").arg(dir).arg(++n);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(BootstrapNodes::toJson(nodes));
    return path;
}

/// Reads a file the binary writes (its -I or --dht-info file) once it is there.
inline QByteArray waitForFile(const QString& path, int timeoutMs = 30000)
{
    QByteArray content;
    waitUntil(
        [&] {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return false;
            content = f.readAll();
            return !content.trimmed().isEmpty() && (content.endsWith('\n') || content.endsWith('}'));
        },
        timeoutMs);
    return content;
}

class TunnelProcess {
public:
    TunnelProcess()
    {
        m_process.setProgram(tunnelBinary());
        QObject::connect(
            &m_process, &QProcess::readyReadStandardError, [this] { m_stderr += m_process.readAllStandardError(); });
    }
    ~TunnelProcess() { stop(); }
    TunnelProcess(const TunnelProcess&) = delete;
    TunnelProcess& operator=(const TunnelProcess&) = delete;

    /// Starts the binary with @p args; with @p network, adds the loopback-only
    /// options, -I and --dht-info (see id() and dhtNodes()).
    bool start(QStringList args, bool network = true)
    {
        if (!QFileInfo::exists(m_process.program())) {
            qWarning(
                "warren-tunnel not found at %s: build the warren-tunnel target first", qPrintable(m_process.program()));
            return false;
        }
        if (network)
            args << QStringLiteral("--no-lan-discovery") << QStringLiteral("--no-ipv6") << QStringLiteral("-u")
                 << nextUdpRange() << QStringLiteral("-I") << idFile() << QStringLiteral("--dht-info") << dhtFile();
        m_process.setArguments(args);
        m_process.start();
        return m_process.waitForStarted(10000);
    }
    /// Stops it with SIGTERM (it saves and exits cleanly), then kills.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!waitForExit(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QProcess& process() { return m_process; }
    QString idFile() const { return m_dir.filePath(QStringLiteral("id")); }
    QString dhtFile() const { return m_dir.filePath(QStringLiteral("dht.json")); }
    QString dir() const { return m_dir.path(); }

    /// Its Tox ID, once written (null on time-out).
    ToxAddress id(int timeoutMs = 30000)
    {
        return ToxAddress::parse(QString::fromLatin1(waitForFile(idFile(), timeoutMs).trimmed()));
    }
    /// Itself as a bootstrap node, once written.
    QList<BootstrapNode> dhtNodes(int timeoutMs = 30000)
    {
        QString why;
        return BootstrapNodes::parse(waitForFile(dhtFile(), timeoutMs), &why);
    }

    bool waitForExit(int timeoutMs)
    {
        return waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }
    /// Everything written to stderr so far.
    QString errors()
    {
        m_stderr += m_process.readAllStandardError();
        return QString::fromUtf8(m_stderr);
    }
    bool waitForError(const QString& text, int timeoutMs)
    {
        return waitUntil([&] { return errors().contains(text); }, timeoutMs);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_stderr;
};

} // namespace warren::test
