#include "app/desktopapp.h"

#include "app/appoptions.h"
#include "app/profilesession.h"
#include "core/engine.h"
#include "core/networksettingsstore.h"
#include "core/profile/profiledirectory.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>

namespace warren {

namespace {
int fail(const QString& message)
{
    QMessageBox::critical(nullptr, QStringLiteral("Warren"), message);
    return 1;
}

/// Picks the profile: --profile, the only one, or asks; "default" when none.
QString chooseProfile(const QCommandLineParser& p, const ProfileDirectory& dir, bool* cancelled)
{
    *cancelled = false;
    if (p.isSet(QStringLiteral("profile")))
        return p.value(QStringLiteral("profile"));
    ProfileError err;
    const QStringList names = dir.profiles(&err);
    if (names.isEmpty())
        return QStringLiteral("default");
    if (names.size() == 1)
        return names.first();
    bool ok = false;
    const QString name = QInputDialog::getItem(nullptr, QStringLiteral("Warren"),
        QApplication::translate("warren", "Open which profile?"), names, 0, false, &ok);
    *cancelled = !ok;
    return name;
}

/// Opens the profile, asking for the password while it is wrong.
std::unique_ptr<ProfileSession> openProfile(const QString& path, ProfileError* err)
{
    const ProfileFile::Inspection info = ProfileFile::inspect(path);
    QString password;
    for (;;) {
        if (info.encrypted) {
            bool ok = false;
            const QString prompt = err->kind == ProfileError::Kind::WrongPassword
                ? QApplication::translate("warren", "Wrong password. Password for %1:")
                : QApplication::translate("warren", "Password for %1:");
            password = QInputDialog::getText(
                nullptr, QStringLiteral("Warren"), prompt.arg(path), QLineEdit::Password, {}, &ok);
            if (!ok)
                return nullptr;
        }
        auto session = ProfileSession::open(path, password, true, err);
        if (session || err->kind != ProfileError::Kind::WrongPassword)
            return session;
    }
}
} // namespace

int runDesktopApp(QApplication& app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Warren: chat and tunnels over Tox."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("profile-dir"), QStringLiteral("Keep profiles in DIR."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("profile"), QStringLiteral("Open the profile NAME."), QStringLiteral("NAME")});
    addNetworkOptions(p);
    p.process(app);

    const ProfileDirectory dir(p.value(QStringLiteral("profile-dir")));
    ProfileError err;
    if (!dir.ensureUsable(&err))
        return fail(err.message);

    QSettings settings(dir.path() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    NetworkOptions net;
    net.network = NetworkSettingsStore::load(settings);
    QString error;
    if (!readNetworkOptions(p, &net, &error))
        return fail(error);

    bool cancelled = false;
    const QString name = chooseProfile(p, dir, &cancelled);
    if (cancelled)
        return 0;
    if (const QString why = ProfileDirectory::checkName(name); !why.isEmpty())
        return fail(why);
    std::unique_ptr<ProfileSession> session = openProfile(dir.profilePath(name), &err);
    if (!session)
        return err.ok() ? 0 : fail(err.message);

    EngineConfig config;
    config.network = net.network;
    config.nodes = net.nodes;
    config.defaultName = qEnvironmentVariable("USER", QStringLiteral("Warren user"));
    session->fill(config);

    Engine engine;
    MainWindow window(engine);
    QObject::connect(&engine, &Engine::failed, &window,
        [&window](const EngineError& e) { QMessageBox::critical(&window, QStringLiteral("Warren"), e.message); });
    QObject::connect(&engine, &Engine::saveFailed, &window, [&window](const QString& why) {
        QMessageBox::warning(&window, QStringLiteral("Warren"),
            QApplication::translate("warren", "Your profile could not be saved: %1").arg(why));
    });
    engine.start(std::move(config));
    window.show();
    const int rc = app.exec();
    engine.stop(); // saves before the lock is released
    return rc;
}

} // namespace warren
