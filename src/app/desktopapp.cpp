#include "app/desktopapp.h"

#include "app/appoptions.h"
#include "app/profilesession.h"
#include "core/avatars/avatars.h"
#include "core/chat/chatservice.h"
#include "core/engine.h"
#include "core/files/filetransfers.h"
#include "core/history/historystore.h"
#include "core/networksettingsstore.h"
#include "core/profile/passwordkeychain.h"
#include "core/profile/profiledirectory.h"
#include "gui/contacts/contactmodel.h"
#include "gui/contacts/requestmodel.h"
#include "gui/debug/debugcontrol.h"
#include "gui/desktop/autostart.h"
#include "gui/desktop/notifier.h"
#include "gui/desktop/singleinstance.h"
#include "gui/desktop/trayicon.h"
#include "gui/i18n/translator.h"
#include "gui/mainwindow.h"
#include "gui/profile/changepassworddialog.h"
#include "gui/profile/profilescreen.h"
#include "gui/settings/desktopsettings.h"
#include "gui/settings/settingsdialog.h"
#include "gui/tunnels/tunnelmanager.h"
#include "gui/tunnels/tunnelspanel.h"
#include "tunnel/tunnelcontrol.h"
#include "tunnel/tunnelsettingsstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>

#include <cstdio>

namespace warren {

namespace {
int fail(const QString& message)
{
    QMessageBox::critical(nullptr, QApplication::translate("warren", "Warren"), message);
    return 1;
}

/// What the command line asks a running instance to do.
QStringList requestsFor(const QCommandLineParser& p)
{
    QStringList lines;
    for (const QString& arg : p.positionalArguments())
        if (arg.startsWith(QLatin1String("tox:"), Qt::CaseInsensitive))
            lines << QStringLiteral("open ") + arg;
    for (const QString& cmd : p.values(QStringLiteral("debug-command")))
        lines << QStringLiteral("debug ") + cmd;
    return lines.isEmpty() ? QStringList{QStringLiteral("activate")} : lines;
}

/// Hands @p lines to the instance running for --profile, or for any
/// profile when none was named. True when one took them.
bool handOver(const QCommandLineParser& p, const ProfileDirectory& dir, const QStringList& lines)
{
    QStringList names;
    ProfileError err;
    if (p.isSet(QStringLiteral("profile")))
        names << p.value(QStringLiteral("profile"));
    else
        names = dir.profiles(&err);
    for (const QString& n : names)
        if (SingleInstance::send(SingleInstance::socketName(dir.profilePath(n)), lines))
            return true;
    return false;
}

/// Chooses and opens the profile: straight away when it is clear which one
/// and it has no password, else through the profile screen.
std::unique_ptr<ProfileSession> chooseProfile(const QCommandLineParser& p, const ProfileDirectory& dir,
    PasswordKeychain& keychain, QString* name, QString* password)
{
    std::unique_ptr<ProfileSession> session;
    const ProfileScreen::Opener opener = [&](const QString& n, const QString& pw, bool create, ProfileError* err) {
        session = ProfileSession::open(dir.profilePath(n), pw, create, err);
        return session != nullptr;
    };
    ProfileError err;
    const QStringList names = dir.profiles(&err);
    QString only = p.value(QStringLiteral("profile"));
    if (only.isEmpty() && names.size() == 1)
        only = names.first();
    if (!only.isEmpty()) {
        if (const QString why = ProfileDirectory::checkName(only); !why.isEmpty()) {
            fail(why);
            return nullptr;
        }
        // --profile NEW creates it without a password, as before.
        const bool exists = dir.contains(only);
        if (!exists || !ProfileFile::inspect(dir.profilePath(only)).encrypted) {
            if (!opener(only, {}, !exists, &err)) {
                fail(err.message);
                return nullptr;
            }
            *name = only;
            return session;
        }
    }
    ProfileScreen screen(dir, keychain, opener);
    if (!only.isEmpty())
        screen.openProfile(only);
    if (screen.exec() != QDialog::Accepted)
        return nullptr;
    *name = screen.profileName();
    *password = screen.password();
    return session;
}

/// Opens the profile's history (NAME.history.db) with the profile password
/// (empty when none). Owned by ChatService from then on.
std::unique_ptr<HistoryStore> openHistory(const ProfileSession& session, const QString& password)
{
    HistoryError error;
    auto history = HistoryStore::open(HistoryStore::pathForProfile(session.path()), password, &error);
    if (!history)
        fail(QApplication::translate("warren", "Your chat history cannot be opened: %1").arg(error.message));
    return history;
}

/// Re-keys the history for the profile's new password, with a progress
/// dialog for the long case (turning encryption on or off).
bool rekeyHistory(ChatService& chat, const QString& password, QWidget* parent, QString* error)
{
    QProgressDialog progress(QApplication::translate("warren", "Re-encrypting the chat history…"),
        QApplication::translate("warren", "Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = chat.setHistoryPassword(
        password,
        [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? static_cast<int>(done * 100 / total) : 0);
            return !progress.wasCanceled();
        },
        error);
    QApplication::restoreOverrideCursor();
    return ok;
}

/// What the autostart entry passes: the same profile (and directory, when
/// not the default one).
QStringList autostartArguments(const QCommandLineParser& p, const QString& profile)
{
    QStringList args;
    if (p.isSet(QStringLiteral("profile-dir")))
        args << QStringLiteral("--profile-dir") << QDir(p.value(QStringLiteral("profile-dir"))).absolutePath();
    args << QStringLiteral("--profile") << profile;
    return args;
}

/// Acts on a line from another `warren` process (see SingleInstance).
void handleRequest(MainWindow& window, DebugControl* debug, const QString& line)
{
    if (line.startsWith(QLatin1String("open "))) {
        window.showAddFriend(line.mid(5));
    } else if (line.startsWith(QLatin1String("debug ")) && debug) {
        if (const QString err = debug->run(line.mid(6)); !err.isEmpty())
            qWarning("warren: debug command failed: %s", qPrintable(err));
    } else {
        window.showNormal();
        window.raise();
        window.activateWindow();
    }
}
} // namespace

int runDesktopApp(QApplication& app)
{
    QElapsedTimer startClock;
    startClock.start();
    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("warren", "Warren: chat and tunnels over Tox."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("profile-dir"), QStringLiteral("Keep profiles in DIR."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("profile"), QStringLiteral("Open the profile NAME."), QStringLiteral("NAME")});
    QCommandLineOption debugCommand(QStringLiteral("debug-command"),
        QStringLiteral("Send a debug command to the running instance (needs WARREN_DEBUG_CONTROL=1 there)."),
        QStringLiteral("COMMAND"));
    debugCommand.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(debugCommand);
    const QCommandLineOption minimized(
        QStringLiteral("minimized"), QStringLiteral("Start minimized (in the tray when there is one)."));
    p.addOption(minimized);
    p.addPositionalArgument(QStringLiteral("tox:ID"), QStringLiteral("Add the friend with this Tox ID or tox: link."));
    addNetworkOptions(p);
    p.process(app);

    const ProfileDirectory dir(p.value(QStringLiteral("profile-dir")));
    ProfileError err;
    if (!dir.ensureUsable(&err))
        return fail(err.message);

    // Single instance per profile: a running one takes our request.
    const QStringList requests = requestsFor(p);
    if (handOver(p, dir, requests))
        return 0;
    if (p.isSet(debugCommand)) {
        std::fprintf(stderr, "warren: no running instance took the debug command\n");
        return 1;
    }

    QSettings settings(dir.path() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DesktopSettings desktop = DesktopSettings::load(settings);
    desktop.autostart = autostart::isEnabled(); // the entry may have been removed by hand
    i18n::install(desktop.language);
    NetworkOptions net;
    net.network = NetworkSettingsStore::load(settings);
    QString error;
    if (!readNetworkOptions(p, &net, &error))
        return fail(error);

    PasswordKeychain keychain;
    QString name, password;
    std::unique_ptr<ProfileSession> session = chooseProfile(p, dir, keychain, &name, &password);
    if (!session)
        return 0;
    SingleInstance instance;
    if (!instance.listen(SingleInstance::socketName(session->path())))
        qWarning("warren: cannot listen for other instances; tox: links will open new windows");

    EngineConfig config;
    config.network = net.network;
    config.nodes = net.nodes;
    config.defaultName = qEnvironmentVariable("USER", QStringLiteral("Warren user"));
    session->fill(config);

    std::unique_ptr<HistoryStore> history = openHistory(*session, password);
    if (!history)
        return 1;
    Engine engine;
    ChatService chat(engine, std::move(history));
    // A history older than the profile's password (or an imported profile)
    // is brought in line with it once.
    if (chat.historyEncrypted() != session->file()->hasPassword()) {
        QString why;
        if (!chat.setHistoryPassword(password, {}, &why))
            qWarning("warren: cannot align the history with the profile password: %s", qPrintable(why));
    }
    password.fill(u'\0');
    MainWindow window(engine, chat);
    TrayIcon tray(&window);
    Notifier notifier(chat, [&window](const PublicKey& k) { return window.isChatInFocus(k); });
    QObject::connect(&notifier, &Notifier::notify, &tray, &TrayIcon::notify);
    const auto updateTray = [&] { tray.setUnread(window.contacts()->totalUnread() + window.requests()->rowCount()); };
    QObject::connect(window.contacts(), &ContactModel::totalUnreadChanged, &tray, updateTray);
    QObject::connect(window.requests(), &QAbstractItemModel::rowsInserted, &tray, updateTray);
    QObject::connect(window.requests(), &QAbstractItemModel::rowsRemoved, &tray, updateTray);

    std::unique_ptr<DebugControl> debug(DebugControl::enabled() ? new DebugControl : nullptr);
    QObject::connect(&instance, &SingleInstance::received, &window,
        [&window, &debug](const QString& line) { handleRequest(window, debug.get(), line); });
    QObject::connect(&window, &MainWindow::changePasswordRequested, &window, [&] {
        ChangePasswordDialog dialog(session->file(), name, keychain, &window);
        dialog.setHistoryRekey(
            [&](const QString& newPassword, QString* why) { return rekeyHistory(chat, newPassword, &dialog, why); });
        dialog.exec();
    });
    QObject::connect(&engine, &Engine::failed, &window, [&window](const EngineError& e) {
        QMessageBox::critical(&window, QApplication::translate("warren", "Warren"), e.message);
    });
    QObject::connect(&engine, &Engine::saveFailed, &window, [&window](const QString& why) {
        QMessageBox::warning(&window, QApplication::translate("warren", "Warren"),
            QApplication::translate("warren", "Your profile could not be saved: %1").arg(why));
    });
    QObject::connect(&chat, &ChatService::problem, &window, [&window](const QString& why) {
        QMessageBox::warning(&window, QApplication::translate("warren", "Warren"), why);
    });
    if (const QString path = qEnvironmentVariable("WARREN_DEBUG_SELFINFO_FILE"); !path.isEmpty())
        QObject::connect(&engine, &Engine::started, &window, [path](const SelfInfo& self) {
            if (!DebugControl::writeSelfInfo(path, self))
                qWarning("warren: cannot write %s", qPrintable(path));
        });

    QObject::connect(&window, &MainWindow::settingsRequested, &window, [&] {
        SettingsDialog dialog(desktop, &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const DesktopSettings chosen = dialog.settings();
        QString why;
        if (chosen.autostart != desktop.autostart
            && !autostart::setEnabled(chosen.autostart, &why, {}, autostartArguments(p, name)))
            QMessageBox::warning(&window, QApplication::translate("warren", "Warren"),
                QApplication::translate("warren", "Starting with the session could not be changed: %1").arg(why));
        desktop = chosen;
        desktop.autostart = autostart::isEnabled();
        desktop.save(settings);
    });

    engine.start(std::move(config));
    // Tunnels: the user's forwards and shared ports, kept beside the profile.
    // The shared ports deny by default; both live as long as the window.
    const tunnel::TunnelSettingsStore tunnelStore(tunnel::TunnelSettingsStore::pathForProfile(session->path()));
    QStringList tunnelProblems;
    const tunnel::TunnelSettings tunnelSettings = tunnelStore.load(&tunnelProblems);
    auto* tunnels = new tunnel::TunnelControl(engine, tunnelSettings.policy(), {}, &window);
    auto* tunnelManager = new TunnelManager(
        *tunnels, tunnelSettings,
        [tunnelStore](const tunnel::TunnelSettings& s, QString* why) { return tunnelStore.save(s, why); }, &window);
    window.setTunnelsPanel(new TunnelsPanel(*tunnelManager, window.contacts()));
    tunnelManager->start();
    // File transfers, remembered beside the profile (NAME.transfers.json).
    // A child of the window, so it goes after engine.stop() below.
    FileTransferConfig fileConfig;
    QString transfersPath = session->path();
    if (transfersPath.endsWith(QLatin1String(".tox")))
        transfersPath.chop(4);
    fileConfig.storePath = transfersPath + QStringLiteral(".transfers.json");
    fileConfig.downloadFolder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    auto* files = new FileTransfers(engine, fileConfig, &window);
    QObject::connect(files, &FileTransfers::offered, &notifier, &Notifier::fileOffered);
    // Avatars, mine and my friends', in NAME.avatars beside the profile.
    window.setAvatars(*new Avatars(engine, transfersPath + QStringLiteral(".avatars"), &window));
    window.setFileTransfers(
        *files, QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/pasted"));
    if (!(p.isSet(minimized) || desktop.startMinimized))
        window.show();
    else if (!QSystemTrayIcon::isSystemTrayAvailable())
        window.showMinimized(); // no tray to come back from: keep it in the task bar
    for (const QString& line : requests)
        if (line != QLatin1String("activate"))
            handleRequest(window, debug.get(), line);
    if (!tunnelProblems.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("warren", "Warren"),
            QApplication::translate("warren", "Some of your tunnel settings could not be read:\n%1")
                .arg(tunnelProblems.join(QLatin1Char('\n'))));
    if (qEnvironmentVariableIsSet("WARREN_DEBUG_STARTUP_TIME"))
        std::fprintf(stderr, "warren: window shown after %lld ms\n", static_cast<long long>(startClock.elapsed()));
    const int rc = app.exec();
    engine.stop(); // saves before the lock is released
    return rc;
}

} // namespace warren
