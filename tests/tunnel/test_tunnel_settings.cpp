// TunnelSettingsStore: the desktop app's forwards and shared ports in a
// JSON file beside the profile. Round trips through real files, damaged
// entries kept and reported, a damaged file moved aside, and the policy
// the settings make (deny by default).
#include "tunnel/tunnelsettingsstore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using namespace warren::tunnel;

namespace {
PublicKey randomKey()
{
    QByteArray raw(PublicKey::size, '\0');
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return PublicKey::fromBytes(raw);
}

SavedForward forward(const QString& id, const PublicKey& k, const QString& listen, quint16 lport, quint16 port)
{
    SavedForward f;
    f.spec.id = id;
    f.spec.friendKey = k;
    f.spec.listenAddress = QHostAddress(listen);
    f.spec.listenPort = lport;
    f.spec.host = QStringLiteral("127.0.0.1");
    f.spec.port = port;
    return f;
}

SharedPort share(const PublicKey& k, const QString& rule, const QString& label = {})
{
    return SharedPort{k, *Rule::parse(rule), label};
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestTunnelSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pathBesideProfile();
    void missingFileIsEmpty();
    void roundTrip();
    void badEntriesAreKeptAndReported();
    void notJsonIsMovedAside();
    void unwritableDirectoryIsAnError();
    void policyDeniesByDefault();
    void newIdsAreUnique();
};

void TestTunnelSettings::pathBesideProfile()
{
    QCOMPARE(
        TunnelSettingsStore::pathForProfile(QStringLiteral("/p/alice.tox")), QStringLiteral("/p/alice.tunnels.json"));
    QCOMPARE(TunnelSettingsStore::pathForProfile(QStringLiteral("/p/alice")), QStringLiteral("/p/alice.tunnels.json"));
}

void TestTunnelSettings::missingFileIsEmpty()
{
    QTemporaryDir dir;
    TunnelSettingsStore store(dir.filePath(QStringLiteral("a.tunnels.json")));
    QStringList problems;
    const TunnelSettings s = store.load(&problems);
    QVERIFY(s.forwards.isEmpty());
    QVERIFY(s.shares.isEmpty());
    QVERIFY(problems.isEmpty());
}

void TestTunnelSettings::roundTrip()
{
    QTemporaryDir dir;
    TunnelSettingsStore store(dir.filePath(QStringLiteral("a.tunnels.json")));
    const PublicKey a = randomKey(), b = randomKey();
    TunnelSettings s;
    s.forwards << forward(QStringLiteral("ssh"), a, QStringLiteral("127.0.0.1"), 2222, 22)
               << forward(QStringLiteral("web"), b, QStringLiteral("::1"), 0, 8080)
               << forward(QStringLiteral("any"), b, QStringLiteral("0.0.0.0"), 9000, 80);
    s.forwards[1].enabled = false;
    s.shares << share(a, QStringLiteral("127.0.0.1:22"), QStringLiteral("SSH"))
             << share(b, QStringLiteral("*:8000-8080"))
             << share(b, QStringLiteral("[::1]:*"), QStringLiteral("all v6"));
    QString error;
    QVERIFY2(store.save(s, &error), qPrintable(error));

    QStringList problems;
    const TunnelSettings back = TunnelSettingsStore(store.path()).load(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(back.forwards.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const ForwardSpec& x = s.forwards[i].spec;
        const ForwardSpec& y = back.forwards[i].spec;
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.friendKey, x.friendKey);
        QCOMPARE(y.listenAddress, x.listenAddress);
        QCOMPARE(y.listenPort, x.listenPort);
        QCOMPARE(y.host, x.host);
        QCOMPARE(y.port, x.port);
        QCOMPARE(back.forwards[i].enabled, s.forwards[i].enabled);
    }
    QCOMPARE(back.shares.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(back.shares[i].friendKey, s.shares[i].friendKey);
        QCOMPARE(back.shares[i].rule, s.shares[i].rule);
        QCOMPARE(back.shares[i].label, s.shares[i].label);
    }
}

void TestTunnelSettings::badEntriesAreKeptAndReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.tunnels.json"));
    const QString key = randomKey().toHex();
    const QByteArray json = QStringLiteral(R"({"version": 1,
        "forwards": [
          {"id": "good", "friend": "%1", "listenAddress": "127.0.0.1", "listenPort": 2222, "host": "h", "port": 22},
          {"id": "badkey", "friend": "XYZ", "listenAddress": "127.0.0.1", "listenPort": 1, "host": "h", "port": 22},
          {"id": "badport", "friend": "%1", "listenAddress": "127.0.0.1", "listenPort": 1, "host": "h", "port": 70000},
          {"id": "good", "friend": "%1", "listenAddress": "127.0.0.1", "listenPort": 3, "host": "h", "port": 22}
        ],
        "shares": [
          {"friend": "%1", "rule": "127.0.0.1:22"},
          {"friend": "%1", "rule": "127.0.0.1:99999"}
        ]})")
                                .arg(key)
                                .toUtf8();
    QVERIFY(writeFile(path, json));
    TunnelSettingsStore store(path);
    QStringList problems;
    TunnelSettings s = store.load(&problems);
    QCOMPARE(s.forwards.size(), 1);
    QCOMPARE(s.forwards[0].spec.id, QStringLiteral("good"));
    QCOMPARE(s.forwards[0].spec.listenPort, quint16(2222));
    QCOMPARE(s.shares.size(), 1);
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("badkey")));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("used twice")));
    QCOMPARE(s.unreadable.size(), 4);

    // Saving (after a change) keeps what could not be read.
    s.forwards[0].enabled = false;
    QVERIFY(store.save(s, nullptr));
    problems.clear();
    const TunnelSettings again = store.load(&problems);
    QVERIFY(problems.isEmpty()); // already reported once; they stay aside
    QCOMPARE(again.unreadable.size(), 4);
    QCOMPARE(again.forwards.size(), 1);
    QVERIFY(!again.forwards[0].enabled);
    QVERIFY(readFile(path).contains("badkey"));
}

void TestTunnelSettings::notJsonIsMovedAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.tunnels.json"));
    QVERIFY(writeFile(path, "{ not json"));
    QVERIFY(writeFile(path + QStringLiteral(".bad"), "an older damaged file"));
    TunnelSettingsStore store(path);
    QStringList problems;
    const TunnelSettings s = store.load(&problems);
    QVERIFY(s.forwards.isEmpty());
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems[0].contains(QLatin1String("not JSON")));
    QVERIFY(problems[1].contains(QLatin1String(".bad-2")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(readFile(path + QStringLiteral(".bad-2")), QByteArray("{ not json"));
    QCOMPARE(readFile(path + QStringLiteral(".bad")), QByteArray("an older damaged file"));
}

void TestTunnelSettings::unwritableDirectoryIsAnError()
{
    TunnelSettingsStore store(QStringLiteral("/nonexistent-dir-for-warren-test/a.tunnels.json"));
    QString error;
    QVERIFY(!store.save(TunnelSettings{}, &error));
    QVERIFY(error.contains(QLatin1String("cannot be written")));
}

void TestTunnelSettings::policyDeniesByDefault()
{
    const PublicKey a = randomKey(), b = randomKey(), stranger = randomKey();
    TunnelSettings s;
    s.shares << share(a, QStringLiteral("127.0.0.1:22")) << share(a, QStringLiteral("127.0.0.1:8000-8080"))
             << share(b, QStringLiteral("*:443"));
    const TunnelPolicy p = s.policy();
    QVERIFY(p.allows(a, u"127.0.0.1", 22));
    QVERIFY(p.allows(a, u"127.0.0.1", 8080));
    QVERIFY(!p.allows(a, u"127.0.0.1", 23));
    QVERIFY(!p.allows(a, u"localhost", 22)); // names are matched as requested
    QVERIFY(p.allows(b, u"example.org", 443));
    QVERIFY(!p.allows(b, u"127.0.0.1", 22));
    QVERIFY(!p.allows(stranger, u"127.0.0.1", 22));
    QVERIFY(!p.handlesRequests()); // friend requests stay with the messenger
}

void TestTunnelSettings::newIdsAreUnique()
{
    TunnelSettings s;
    const PublicKey a = randomKey();
    for (int i = 0; i < 5; ++i) {
        const QString id = s.newForwardId();
        QVERIFY(!s.forward(id));
        s.forwards << forward(id, a, QStringLiteral("127.0.0.1"), 0, 22);
    }
    s.forwards.removeAt(1);
    QVERIFY(!s.forward(s.newForwardId()));
}

QTEST_GUILESS_MAIN(TestTunnelSettings)
#include "test_tunnel_settings.moc"
