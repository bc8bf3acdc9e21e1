// Tox IDs, bootstrap lists, network options and their persistence: parsing
// that users feed with their own input must explain what is wrong.
#include "core/bootstrapnodes.h"
#include "core/networksettingsstore.h"
#include "core/toxtypes.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;

class TestSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void toxAddressParsing_data();
    void toxAddressParsing();
    void bootstrapList();
    void bundledListIsUsable();
    void portRanges();
    void proxyUrls();
    void networkSettingsPersist();
};

namespace {
// A syntactically valid address with a correct checksum, built by hand.
QString makeAddress()
{
    QByteArray raw(38, '\0');
    for (int i = 0; i < 36; ++i)
        raw[i] = static_cast<char>(i * 7 + 1);
    uint8_t sum[2] = {0, 0};
    for (int i = 0; i < 36; ++i)
        sum[i % 2] ^= static_cast<uint8_t>(raw[i]);
    raw[36] = static_cast<char>(sum[0]);
    raw[37] = static_cast<char>(sum[1]);
    return QString::fromLatin1(raw.toHex());
}
} // namespace

void TestSettings::toxAddressParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    const QString good = makeAddress();
    using E = ToxAddress::ParseError;
    QTest::newRow("plain") << good << int(E::None);
    QTest::newRow("upper") << good.toUpper() << int(E::None);
    QTest::newRow("uri") << (QStringLiteral("tox:") + good) << int(E::None);
    QTest::newRow("uri-slashes") << (QStringLiteral("tox://") + good) << int(E::None);
    QTest::newRow("spaces") << (QStringLiteral("  ") + good + QStringLiteral("\n")) << int(E::None);
    QTest::newRow("empty") << QString() << int(E::Empty);
    QTest::newRow("short") << good.left(75) << int(E::BadLength);
    QTest::newRow("public-key-only") << good.left(64) << int(E::BadLength);
    QTest::newRow("non-hex") << (good.left(75) + QStringLiteral("g")) << int(E::BadCharacters);
    QString typo = good;
    typo[3] = typo[3] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QTest::newRow("checksum") << typo << int(E::BadChecksum);
}

void TestSettings::toxAddressParsing()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    ToxAddress::ParseError e = ToxAddress::ParseError::Empty;
    const ToxAddress a = ToxAddress::parse(text, &e);
    QCOMPARE(int(e), error);
    QCOMPARE(a.isNull(), error != 0);
    if (error) {
        QVERIFY(!ToxAddress::describe(e).isEmpty());
    } else {
        QCOMPARE(a.toHex(), makeAddress().toUpper());
        QCOMPARE(a.publicKey().toHex(), makeAddress().toUpper().left(64));
        QVERIFY(a.toUri().startsWith(QStringLiteral("tox:")));
    }
}

void TestSettings::bootstrapList()
{
    const QByteArray json = R"({"nodes":[
        {"ipv4":"127.0.0.1","ipv6":"-","port":33445,"tcp_ports":[3389],
         "public_key":"0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF"},
        {"ipv4":"-","ipv6":"::1","port":0,"tcp_ports":[443],
         "public_key":"0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF"},
        {"ipv4":"127.0.0.2","port":33445,"public_key":"too-short"},
        {"ipv4":"127.0.0.3","port":0,"tcp_ports":[],
         "public_key":"0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF"}
    ]})";
    QString error;
    const auto nodes = BootstrapNodes::parse(json, &error);
    QCOMPARE(nodes.size(), 2); // the bad key and the portless node are skipped
    QCOMPARE(nodes[0].host, QStringLiteral("127.0.0.1"));
    QCOMPARE(nodes[0].udpPort, quint16(33445));
    QCOMPARE(nodes[0].tcpPorts, QList<quint16>{3389});
    QCOMPARE(nodes[1].host, QStringLiteral("::1"));
    QCOMPARE(nodes[1].udpPort, quint16(0));

    // Round trip through our own writer.
    const auto again = BootstrapNodes::parse(BootstrapNodes::toJson(nodes), &error);
    QCOMPARE(again.size(), 2);
    QCOMPARE(again[0].key, nodes[0].key);

    QVERIFY(BootstrapNodes::parse("{not json", &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("JSON")));
    QVERIFY(BootstrapNodes::parse(R"({"servers":[]})", &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("nodes")));
    QVERIFY(BootstrapNodes::load(QStringLiteral("/nonexistent/nodes.json"), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("/nonexistent/nodes.json")));
}

void TestSettings::bundledListIsUsable()
{
    // Parsed only: tests never contact the public nodes.
    const auto nodes = BootstrapNodes::bundled();
    QVERIFY(nodes.size() >= 8);
    for (const auto& n : nodes) {
        QVERIFY(!n.key.isNull());
        QVERIFY(n.udpPort != 0 || !n.tcpPorts.isEmpty());
    }
}

void TestSettings::portRanges()
{
    NetworkSettings n;
    QString error;
    QVERIFY(n.setPortRange(QStringLiteral("33445:33545"), &error));
    QCOMPARE(n.startPort, quint16(33445));
    QCOMPARE(n.endPort, quint16(33545));
    QVERIFY(n.setPortRange(QStringLiteral("40000"), &error));
    QCOMPARE(n.startPort, n.endPort);
    for (const char* bad : {"0:10", "10:5", "a:b", "1:2:3", "70000", ""}) {
        error.clear();
        QVERIFY2(!n.setPortRange(QString::fromLatin1(bad), &error), bad);
        QVERIFY(error.contains(QStringLiteral("Port range")));
    }
}

void TestSettings::proxyUrls()
{
    QString error;
    auto p = ProxySettings::parseUrl(QStringLiteral("socks5://127.0.0.1:9050"), &error);
    QVERIFY(p);
    QCOMPARE(p->type, ProxySettings::Type::Socks5);
    QCOMPARE(p->port, quint16(9050));
    p = ProxySettings::parseUrl(QStringLiteral("http://localhost:3128"), &error);
    QVERIFY(p);
    QCOMPARE(p->type, ProxySettings::Type::Http);
    QVERIFY(!ProxySettings::parseUrl(QStringLiteral("ftp://x:1"), &error));
    QVERIFY(error.contains(QStringLiteral("socks5://")));
    QVERIFY(!ProxySettings::parseUrl(QStringLiteral("socks5://hostonly"), &error));
    NetworkSettings n;
    n.proxy = *ProxySettings::parseUrl(QStringLiteral("socks5://127.0.0.1:9050"), &error);
    QVERIFY(!n.effectiveUdp()); // a proxy forces TCP
}

void TestSettings::networkSettingsPersist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    NetworkSettings n;
    n.udpEnabled = false;
    n.ipv6Enabled = false;
    n.lanDiscovery = false;
    n.startPort = 40000;
    n.endPort = 40010;
    n.proxy.type = ProxySettings::Type::Http;
    n.proxy.host = QStringLiteral("127.0.0.1");
    n.proxy.port = 3128;
    {
        QSettings s(path, QSettings::IniFormat);
        NetworkSettingsStore::save(s, n);
    }
    QSettings s(path, QSettings::IniFormat);
    const NetworkSettings back = NetworkSettingsStore::load(s);
    QCOMPARE(back.udpEnabled, false);
    QCOMPARE(back.ipv6Enabled, false);
    QCOMPARE(back.lanDiscovery, false);
    QCOMPARE(back.startPort, quint16(40000));
    QCOMPARE(back.endPort, quint16(40010));
    QCOMPARE(back.proxy.type, ProxySettings::Type::Http);
    QCOMPARE(back.proxy.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(back.proxy.port, quint16(3128));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
