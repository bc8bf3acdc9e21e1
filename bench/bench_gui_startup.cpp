// The desktop app's start-up: the time from starting the process to the main
// window on screen (and to the contact list filled), and the resident memory
// 30 s after the start, for an empty profile and for one with 100 contacts
// and 100,000 messages in its history. Each case runs in a child process
// (this binary with --child) that starts as `warren` does: profile, history,
// engine (loopback only, no bootstrap nodes), ChatService, main window.
// Starts Tox: run it only through scripts/isolated. Without a display the
// offscreen platform is used (memory then excludes the X connection).
//
// The last line printed is one JSON object with every figure; the lines
// before it are the same figures for people.

#include "isolation.h"

#include "app/profilesession.h"
#include "core/chat/chatservice.h"
#include "core/engine.h"
#include "core/history/historystore.h"
#include "gui/contacts/contactmodel.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <tox/tox.h>

#include <cstdio>
#include <memory>

namespace {

using namespace warren;

constexpr int contactCount = 100;
constexpr int messageCount = 100000;
constexpr int settleMs = 30000;

qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

/// Tox save data with @p friends friends (random keys), made offline.
QByteArray saveWithFriends(int friends, QList<PublicKey>* keys)
{
    Tox_Options* o = tox_options_new(nullptr);
    tox_options_set_udp_enabled(o, false);
    tox_options_set_local_discovery_enabled(o, false);
    tox_options_set_ipv6_enabled(o, false);
    Tox* tox = tox_new(o, nullptr);
    tox_options_free(o);
    if (!tox)
        return {};
    for (int i = 0; i < friends; ++i) {
        QByteArray key(PublicKey::size, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(key.data()), PublicKey::size / 4);
        key[31] = static_cast<char>(key[31] & 0x7f); // toxcore refuses keys with the top bit set
        if (tox_friend_add_norequest(tox, reinterpret_cast<const uint8_t*>(key.constData()), nullptr) != UINT32_MAX)
            keys->append(PublicKey::fromBytes(key));
    }
    QByteArray data(static_cast<qsizetype>(tox_get_savedata_size(tox)), '\0');
    tox_get_savedata(tox, reinterpret_cast<uint8_t*>(data.data()));
    tox_kill(tox);
    return data;
}

/// Writes profile @p name in @p dir with @p contacts friends and @p messages messages.
bool makeProfile(const QString& dir, const QString& name, int contacts, int messages)
{
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".tox");
    QList<PublicKey> keys;
    const QByteArray save = saveWithFriends(contacts, &keys);
    ProfileError perr;
    auto file = ProfileFile::create(path, {}, &perr);
    if (save.isEmpty() || !file || !file->write(save, &perr))
        return false;
    HistoryError herr;
    auto history = HistoryStore::open(HistoryStore::pathForProfile(path), {}, &herr);
    if (!history)
        return false;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    constexpr int batch = 5000;
    for (int done = 0; done < messages && !keys.isEmpty();) {
        QList<ChatMessage> list;
        for (int i = 0; i < batch && done < messages; ++i, ++done) {
            ChatMessage m;
            m.friendKey = keys[done % keys.size()];
            m.outgoing = done % 2 == 0;
            m.text = QStringLiteral("Message %1: the quick brown fox jumps over the lazy dog.").arg(done);
            m.time = start.addSecs(done * 300);
            m.state = ChatMessage::State::Delivered;
            list.append(m);
        }
        if (!history->addMessages(list, &herr))
            return false;
    }
    return true;
}

/// The child: starts like `warren`, prints "window MS", "contacts MS", "rss KB".
int child(int argc, char** argv, const QString& dir, const QString& name, int expectedContacts)
{
    QElapsedTimer clock;
    clock.start();
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ProfileError perr;
    auto session = ProfileSession::open(dir + QLatin1Char('/') + name + QStringLiteral(".tox"), {}, false, &perr);
    if (!session) {
        std::printf("error %s\n", qPrintable(perr.message));
        return 1;
    }
    HistoryError herr;
    auto history = HistoryStore::open(HistoryStore::pathForProfile(session->path()), {}, &herr);
    if (!history) {
        std::printf("error %s\n", qPrintable(herr.message));
        return 1;
    }
    EngineConfig config;
    config.network = NetworkSettings::loopbackOnly();
    session->fill(config);
    Engine engine;
    ChatService chat(engine, std::move(history));
    MainWindow window(engine, chat);
    engine.start(std::move(config));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window, 20000))
        return 1;
    std::printf("window %lld\n", static_cast<long long>(clock.elapsed()));
    std::fflush(stdout);
    if (QTest::qWaitFor([&] { return window.contacts()->rowCount() >= expectedContacts; }, 20000))
        std::printf("contacts %lld\n", static_cast<long long>(clock.elapsed()));
    else
        std::printf("error only %d of %d contacts shown\n", window.contacts()->rowCount(), expectedContacts);
    if (window.contacts()->rowCount() > 0) {
        QElapsedTimer chatClock;
        chatClock.start();
        window.openChat(window.contacts()->contacts().first().key);
        QApplication::processEvents();
        std::printf("chat %lld\n", static_cast<long long>(chatClock.elapsed()));
    }
    std::fflush(stdout);
    QTimer::singleShot(qMax<qint64>(0, settleMs - clock.elapsed()), &app, [] {
        std::printf("rss %lld\n", static_cast<long long>(residentKb()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    app.exec();
    engine.stop();
    return 0;
}

struct Figures {
    double spawnToWindowMs = -1; ///< measured by the parent, includes exec and loading
    double windowMs = -1; ///< inside the child, from main()
    double contactsMs = -1;
    double chatMs = -1;
    double rssMb = -1;
};

Figures runChild(const QString& self, const QString& dir, const QString& name, int contacts)
{
    Figures f;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(self, {QStringLiteral("--child"), dir, name, QString::number(contacts)});
    QByteArray pending;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        p.waitForReadyRead(200);
        pending += p.readAll();
        while (pending.contains('\n')) {
            const qsizetype nl = pending.indexOf('\n');
            const QByteArray line = pending.left(nl);
            const QList<QByteArray> w = line.split(' ');
            pending.remove(0, nl + 1);
            const double v = w.value(1).toDouble();
            if (w[0] == "window") {
                f.spawnToWindowMs = static_cast<double>(clock.elapsed());
                f.windowMs = v;
            } else if (w[0] == "contacts") {
                f.contactsMs = v;
            } else if (w[0] == "chat") {
                f.chatMs = v;
            } else if (w[0] == "rss") {
                f.rssMb = v / 1024.0;
            } else if (w[0] == "error") {
                std::printf("child: %s\n", line.constData());
            }
        }
        if (clock.elapsed() > settleMs + 60000) {
            p.kill();
            break;
        }
    }
    p.waitForFinished(10000);
    return f;
}

QString json(const Figures& f)
{
    return QStringLiteral("{\"spawn_to_window_ms\":%1,\"window_ms\":%2,\"contacts_ms\":%3,\"first_chat_ms\":%4,"
                          "\"rss_mb_after_30s\":%5}")
        .arg(f.spawnToWindowMs)
        .arg(f.windowMs)
        .arg(f.contactsMs)
        .arg(f.chatMs)
        .arg(f.rssMb, 0, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    warren::test::requireIsolatedNetwork();
    if (argc == 5 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), atoi(argv[4]));

    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    if (!makeProfile(dir.path(), QStringLiteral("empty"), 0, 0)
        || !makeProfile(dir.path(), QStringLiteral("full"), contactCount, messageCount)) {
        std::printf("bench_gui_startup: cannot prepare the profiles\n");
        return 1;
    }
    std::printf("bench_gui_startup: profiles prepared in %.1f s (%d contacts, %d messages)\n",
        static_cast<double>(clock.elapsed()) / 1000.0, contactCount, messageCount);
    const QString self = QCoreApplication::applicationFilePath();
    const Figures empty = runChild(self, dir.path(), QStringLiteral("empty"), 0);
    const Figures full = runChild(self, dir.path(), QStringLiteral("full"), contactCount);
    for (const auto& [label, f] : {std::pair{"empty profile", empty}, std::pair{"100 contacts, 100k messages", full}})
        std::printf("%-28s start to window %.0f ms (%.0f ms after main), contacts shown %.0f ms, "
                    "first chat %.0f ms, resident %.1f MB after 30 s\n",
            label, f.spawnToWindowMs, f.windowMs, f.contactsMs, f.chatMs, f.rssMb);
    std::printf("{\"bench\":\"gui_startup\",\"platform\":\"%s\",\"empty\":%s,\"full\":%s}\n",
        qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "xcb", qPrintable(json(empty)), qPrintable(json(full)));
    return empty.windowMs < 0 || full.windowMs < 0 ? 1 : 0;
}
