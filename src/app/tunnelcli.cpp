#include "app/tunnelcli.h"

#include "app/appoptions.h"
#include "app/profilesession.h"
#include "core/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace warren {

namespace {
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[1], &b, 1);
}

/// Quits the event loop on SIGINT/SIGTERM so the engine saves and stops cleanly.
void installQuitOnSignal(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto* n = new QSocketNotifier(g_signalFds[0], QSocketNotifier::Read, &app);
    QObject::connect(n, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "warren-tunnel: %s\n", qPrintable(message));
    return 1;
}

bool writeIdFile(const QString& path, const QString& id, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(id.toLatin1() + '\n') < 0 || !f.commit()) {
        *error = QStringLiteral("cannot write the Tox ID to %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}
} // namespace

int runTunnelCli(QCoreApplication& app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Headless Warren: TCP tunnels over Tox, compatible with tuntox."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("C"), QStringLiteral("Keep the Tox identity in DIR/tox_save (tuntox's format)."),
        QStringLiteral("DIR")});
    p.addOption({QStringLiteral("I"), QStringLiteral("Write our Tox ID to FILE."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("q"), QStringLiteral("Quiet: log warnings only.")});
    p.addOption({QStringLiteral("d"), QStringLiteral("Debug logging.")});
    addNetworkOptions(p, {QStringLiteral("b"), QStringLiteral("nodes")});
    p.process(app);

    if (p.isSet(QStringLiteral("d")))
        QLoggingCategory::setFilterRules(QStringLiteral("warren.*.debug=true"));
    else if (p.isSet(QStringLiteral("q")))
        QLoggingCategory::setFilterRules(QStringLiteral("warren.*.info=false"));

    NetworkOptions net;
    QString error;
    if (!readNetworkOptions(p, &net, &error))
        return fail(error);

    // tuntox keeps its identity in DIR/tox_save; without -C it is ephemeral.
    std::unique_ptr<ProfileSession> session;
    EngineConfig config;
    config.network = net.network;
    config.nodes = net.nodes;
    config.defaultName = QStringLiteral("warren-tunnel");
    if (p.isSet(QStringLiteral("C"))) {
        const QString dir = p.value(QStringLiteral("C"));
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("cannot create the identity directory %1").arg(dir));
        ProfileError perr;
        session = ProfileSession::open(QDir(dir).filePath(QStringLiteral("tox_save")),
            qEnvironmentVariable("WARREN_PROFILE_PASSWORD"), true, &perr);
        if (!session)
            return fail(perr.message);
        session->fill(config);
    }

    Engine engine;
    int exitCode = 0;
    QObject::connect(&engine, &Engine::failed, &app, [&](const EngineError& e) {
        std::fprintf(stderr, "warren-tunnel: %s\n", qPrintable(e.message));
        exitCode = 1;
        app.quit();
    });
    QObject::connect(&engine, &Engine::started, &app, [&](const SelfInfo& self) {
        std::printf("Tox ID: %s\n", qPrintable(self.address.toHex()));
        std::fflush(stdout);
        if (p.isSet(QStringLiteral("I"))) {
            QString werr;
            if (!writeIdFile(p.value(QStringLiteral("I")), self.address.toHex(), &werr)) {
                std::fprintf(stderr, "warren-tunnel: %s\n", qPrintable(werr));
                exitCode = 1;
                app.quit();
            }
        }
    });
    QObject::connect(&engine, &Engine::selfConnectionChanged, &app,
        [](Connection c) { std::fprintf(stderr, "warren-tunnel: Tox network: %s\n", qPrintable(toString(c))); });
    installQuitOnSignal(app);
    engine.start(std::move(config));
    const int rc = app.exec();
    engine.stop();
    return exitCode ? exitCode : rc;
}

} // namespace warren
