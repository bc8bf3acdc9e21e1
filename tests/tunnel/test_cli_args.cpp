// warren-tunnel's command line as a user meets it: bad arguments exit with
// 2 and a sentence naming the problem, --help and -V exit with 0, and a
// rules file's bad lines are reported while the server starts anyway.
#include "isolation.h"
#include "test_cli_process.h"

#include <QTest>

using namespace warren;
using namespace warren::test;

namespace {
const QString validId = QStringLiteral("08CA0301C708E6E9C8856FA68787EBCE7875F7D430F93584447A8ACC39C10D704745C092164C");
} // namespace

class TestCliArgs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badArguments_data();
    void badArguments();
    void helpAndVersion_data();
    void helpAndVersion();
    void badConfigLines();
    void rulesFileErrorsAreReported();

private:
    /// Runs the binary without network options; returns its exit code.
    int run(const QStringList& args, QString* out, QString* err);
    QString writeFile(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
};

void TestCliArgs::initTestCase()
{
    QVERIFY2(QFileInfo::exists(tunnelBinary()), qPrintable(tunnelBinary() + QStringLiteral(" is missing")));
}

int TestCliArgs::run(const QStringList& args, QString* out, QString* err)
{
    QProcess p;
    p.start(tunnelBinary(), args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *out = QString::fromUtf8(p.readAllStandardOutput());
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestCliArgs::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

void TestCliArgs::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString l = QStringLiteral("-L");
    const QString i = QStringLiteral("-i");
    QTest::newRow("short id") << QStringList{i, QStringLiteral("0123"), l, QStringLiteral("2222:127.0.0.1:22")}
                              << QStringLiteral("76 hexadecimal characters");
    QTest::newRow("not hex") << QStringList{i, QString(76, QLatin1Char('G'))} << QStringLiteral("0-9 and A-F");
    QTest::newRow("bad checksum") << QStringList{i, validId.left(75) + QLatin1Char('D'), QStringLiteral("-p")}
                                  << QStringLiteral("checksum");
    QTest::newRow("bad -L port") << QStringList{i, validId, l, QStringLiteral("99999:127.0.0.1:22")}
                                 << QStringLiteral("LPORT:HOST:RPORT");
    QTest::newRow("bad -L shape") << QStringList{i, validId, l, QStringLiteral("2222")}
                                  << QStringLiteral("LPORT:HOST:RPORT");
    QTest::newRow("bad -L address") << QStringList{i, validId, l, QStringLiteral("host:2222:127.0.0.1:22")}
                                    << QStringLiteral("not an IP address");
    QTest::newRow("bad -D port") << QStringList{i, validId, QStringLiteral("-D"), QStringLiteral("0")}
                                 << QStringLiteral("not a port");
    QTest::newRow("bad -W") << QStringList{i, validId, QStringLiteral("-W"), QStringLiteral("nocolon")}
                            << QStringLiteral("HOST:PORT");
    QTest::newRow("-W port") << QStringList{i, validId, QStringLiteral("-W"), QStringLiteral("h:0")}
                             << QStringLiteral("not a port");
    QTest::newRow("client without -i") << QStringList{l, QStringLiteral("2222:127.0.0.1:22")}
                                       << QStringLiteral("needs the server's Tox ID");
    QTest::newRow("-W with -L") << QStringList{i, validId, QStringLiteral("-W"), QStringLiteral("h:22"), l,
        QStringLiteral("2222:h:22")}
                                << QStringLiteral("does not go with");
    QTest::newRow("-u") << QStringList{QStringLiteral("-u"), QStringLiteral("9:1")} << QStringLiteral("Port range");
    QTest::newRow("-t") << QStringList{QStringLiteral("-t"), QStringLiteral("x")} << QStringLiteral("not a port");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("-Y")} << QStringLiteral("Unknown option");
    QTest::newRow("missing value") << QStringList{l} << QStringLiteral("Missing value");
    QTest::newRow("empty secret") << QStringList{QStringLiteral("-s"), QString()} << QStringLiteral("empty");
    QTest::newRow("-U") << QStringList{QStringLiteral("-U"), QStringLiteral("nobody")}
                        << QStringLiteral("not supported");
    QTest::newRow("missing config") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/x")}
                                    << QStringLiteral("cannot read");
    QTest::newRow("missing rules file") << QStringList{QStringLiteral("-f"), QStringLiteral("/nonexistent/x")}
                                        << QStringLiteral("cannot read");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("oops")} << QStringLiteral("unexpected argument");
}

void TestCliArgs::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QString out, err;
    QCOMPARE(run(args, &out, &err), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.startsWith(QStringLiteral("warren-tunnel: ")), qPrintable(err));
    QVERIFY(out.isEmpty());
}

void TestCliArgs::helpAndVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("-L <[ADDR:]LPORT:HOST:RPORT>");
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("SOCKS5");
    QTest::newRow("-V") << QStringLiteral("-V") << QStringLiteral("warren-tunnel ");
    QTest::newRow("-v") << QStringLiteral("-v") << QStringLiteral("warren-tunnel ");
    QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral("warren-tunnel ");
}

void TestCliArgs::helpAndVersion()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QString out, err;
    QCOMPARE(run({option}, &out, &err), 0);
    QVERIFY2(out.contains(expected), qPrintable(out));
}

void TestCliArgs::badConfigLines()
{
    // Every bad line is named with its number; the secret is never echoed.
    const QString path = writeFile(QStringLiteral("bad.conf"),
        "# comment\n"
        "secret hunter2-is-secret\n"
        "allow 127.0.0.1:22 host:notaport\n"
        "friend 1234 127.0.0.1:22\n"
        "whitelist ABCD\n"
        "frobnicate 1\n"
        "allow 127.0.0.1:80 # fine\n");
    QString out, err;
    QCOMPARE(run({QStringLiteral("--config"), path}, &out, &err), 2);
    QVERIFY2(err.contains(QStringLiteral("bad.conf: line 3:")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("bad.conf: line 4:")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("bad.conf: line 5:")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("bad.conf: line 6: unknown setting")), qPrintable(err));
    QVERIFY(!err.contains(QStringLiteral("line 7")));
    QVERIFY(!err.contains(QStringLiteral("hunter2")));

    // Client and server lines do not mix.
    const QString mixed = writeFile(QStringLiteral("mixed.conf"),
        QStringLiteral("server %1\nforward 2222:127.0.0.1:22\nallow *:22\n").arg(validId).toLatin1());
    QCOMPARE(run({QStringLiteral("--config"), mixed}, &out, &err), 2);
    QVERIFY2(err.contains(QStringLiteral("server lines")), qPrintable(err));
}

void TestCliArgs::rulesFileErrorsAreReported()
{
    // tuntox skips bad lines of a -f file; so do we, but we say which and why.
    requireIsolatedNetwork();
    const QString rules = writeFile(QStringLiteral("rules"), "127.0.0.1:22\nbad line here\n*@80\n:99\n");
    BootstrapNode nobody; // a node that does not exist: the server stays alone
    nobody.host = QStringLiteral("127.0.0.1");
    nobody.udpPort = 9;
    nobody.key = PublicKey::fromBytes(QByteArray(PublicKey::size, '\1'));
    const QString nodes = writeNodesFile(m_dir.path(), {nobody});
    TunnelProcess p;
    QVERIFY(p.start({QStringLiteral("-f"), rules, QStringLiteral("-b"), nodes}));
    QVERIFY2(p.waitForError(QStringLiteral("tunnel server ready"), 20000), qPrintable(p.errors()));
    const QString err = p.errors();
    QVERIFY2(err.contains(rules + QStringLiteral(": line 2:")), qPrintable(err));
    QVERIFY2(err.contains(rules + QStringLiteral(": line 4:")), qPrintable(err));
    QVERIFY(!err.contains(QStringLiteral("line 1:")) && !err.contains(QStringLiteral("line 3:")));
    // Without -s and -i it says that anyone may connect, as tuntox would allow.
    QVERIFY2(err.contains(QStringLiteral("no secret (-s) and no whitelist (-i)")), qPrintable(err));
    QVERIFY(!err.contains(QStringLiteral("no rules (-f)")));
    QVERIFY(!p.id().isNull());

    // A file without a valid rule refuses everything, and says so.
    const QString none = writeFile(QStringLiteral("none"), "# nothing\nnot a rule\n");
    TunnelProcess q;
    QVERIFY(
        q.start({QStringLiteral("-f"), none, QStringLiteral("-b"), nodes, QStringLiteral("-s"), QStringLiteral("x")}));
    QVERIFY2(q.waitForError(QStringLiteral("has no valid rule"), 20000), qPrintable(q.errors()));
    QVERIFY(!q.errors().contains(QStringLiteral("no secret")));
}

QTEST_GUILESS_MAIN(TestCliArgs)
#include "test_cli_args.moc"
