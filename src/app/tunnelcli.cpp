#include "app/tunnelcli.h"

#include "app/profilesession.h"
#include "app/tunnelclient.h"
#include "app/tunneloptions.h"
#include "app/tunnelprocess.h"
#include "core/engine.h"
#include "tunnel/tunnelcontrol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

#include <cstdio>

Q_LOGGING_CATEGORY(lcCli, "warren.tunnel.cli")

namespace warren {

namespace {
int fail(const QString& message)
{
    qCCritical(lcCli).noquote() << message;
    return 1;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) < 0 || !f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

/// A daemon works in "/": paths from the command line must not depend on where it started.
void makePathsAbsolute(TunnelOptions& o)
{
    for (QString* p : {&o.identityDir, &o.idFile, &o.dhtInfoFile, &o.pidFile})
        if (!p->isEmpty())
            *p = QFileInfo(*p).absoluteFilePath();
}

/// -I and --dht-info, once the engine runs.
bool writeSelfFiles(const TunnelOptions& o, const SelfInfo& self, QString* error)
{
    if (!o.idFile.isEmpty() && !writeFile(o.idFile, self.address.toHex().toLatin1() + '\n', error))
        return false;
    if (!o.dhtInfoFile.isEmpty()) {
        BootstrapNode n;
        n.host = QStringLiteral("127.0.0.1");
        n.udpPort = self.udpPort;
        if (self.tcpPort)
            n.tcpPorts.append(self.tcpPort);
        n.key = self.dhtId;
        if (!writeFile(o.dhtInfoFile, BootstrapNodes::toJson({n}), error))
            return false;
    }
    return true;
}
} // namespace

int runTunnelCli(QCoreApplication& app)
{
    TunnelOptions o;
    if (const auto exitNow = parseTunnelOptions(app.arguments(), &o))
        return *exitNow;
    const bool client = o.mode == TunnelOptions::Mode::Client;
    const bool stdio = !o.stdioHost.isEmpty();
    // -W talks to ssh on stdout and its user on stderr: errors only, as tuntox.
    setupTunnelLogging(o.debug, o.quiet || (stdio && o.debug == 0), o.syslog);
    for (const QString& w : std::as_const(o.warnings))
        qCWarning(lcCli).noquote() << w;

    makePathsAbsolute(o);
    QString error;
    if (o.daemonize && !daemonize(&error))
        return fail(error);
    PidFile pidFile;
    if (!o.pidFile.isEmpty() && !pidFile.write(o.pidFile, &error))
        return fail(error);
    StdioFds stdioFds;
    if (stdio && !takeStdio(&stdioFds, &error))
        return fail(error);
    installQuitOnSignal(app);

    // tuntox keeps its identity in DIR/tox_save; without -C it is new every run.
    std::unique_ptr<ProfileSession> session;
    EngineConfig config;
    config.network = o.net.network;
    config.nodes = o.net.nodes;
    config.defaultName = QStringLiteral("warren-tunnel");
    if (!o.identityDir.isEmpty()) {
        if (!QDir().mkpath(o.identityDir))
            return fail(QStringLiteral("cannot create the identity directory %1").arg(o.identityDir));
        ProfileError perr;
        session = ProfileSession::open(QDir(o.identityDir).filePath(QStringLiteral("tox_save")),
            qEnvironmentVariable("WARREN_PROFILE_PASSWORD"), true, &perr);
        if (!session)
            return fail(perr.message);
        session->fill(config);
    }

    Engine engine;
    int exitCode = 0;
    QObject::connect(&engine, &Engine::failed, &app, [&](const EngineError& e) {
        qCCritical(lcCli).noquote() << e.message;
        exitCode = 1;
        app.quit();
    });
    QObject::connect(&engine, &Engine::selfConnectionChanged, &app,
        [](Connection c) { qCInfo(lcCli).noquote() << "Tox network:" << toString(c); });
    QObject::connect(&engine, &Engine::friendRequestReceived, &app, [client](const PublicKey& from, const QString&) {
        // Never the message: it may hold a wrong secret.
        qCInfo(lcCli).noquote() << "ignored a friend request from" << from.toHex()
                                << (client ? QStringLiteral("(a client accepts none)")
                                           : QStringLiteral("(wrong or missing secret, or not on the whitelist)"));
    });
    if (!client)
        QObject::connect(&engine, &Engine::friendConnectionChanged, &app, [](const PublicKey& k, Connection c) {
            qCInfo(lcCli).noquote() << "client" << k.toHex()
                                    << (c == Connection::None ? QStringLiteral("is offline")
                                                              : QStringLiteral("is online over %1").arg(toString(c)));
        });
    engine.start(std::move(config));
    tunnel::TunnelControl control(engine, o.policy, o.link);

    std::unique_ptr<TunnelClient> runner;
    if (client) {
        runner = std::make_unique<TunnelClient>(engine, control, o, stdioFds);
        QObject::connect(runner.get(), &TunnelClient::finished, &app, [&](int code) {
            exitCode = code;
            app.quit();
        });
    }
    QObject::connect(&engine, &Engine::started, &app, [&](const SelfInfo& self) {
        const QString id = self.address.toHex();
        if (client || o.syslog)
            qCInfo(lcCli).noquote() << "Tox ID:" << id;
        else
            std::printf("Tox ID: %s\n", qPrintable(id));
        std::fflush(stdout);
        qCDebug(lcCli).noquote() << "DHT key:" << self.dhtId.toHex() << "UDP port:" << self.udpPort;
        QString werr;
        if (!writeSelfFiles(o, self, &werr)) {
            qCCritical(lcCli).noquote() << werr;
            exitCode = 1;
            app.quit();
            return;
        }
        if (runner)
            runner->start();
        else
            qCInfo(lcCli) << "tunnel server ready";
    });
    const int rc = app.exec();
    engine.stop();
    return exitCode ? exitCode : rc;
}

} // namespace warren
