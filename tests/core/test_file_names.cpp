// Received file names are sanitized and never clobber; the transfer list
// survives a round trip and a corrupt one is reported, never replaced.
#include "test_filesupport.h"

#include "core/files/filenames.h"
#include "core/files/transferstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;

class TestFileNames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sanitize_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("report.pdf") << QStringLiteral("report.pdf");
        QTest::newRow("traversal") << QByteArray("../../etc/passwd") << QStringLiteral("_.._etc_passwd");
        QTest::newRow("dotdot") << QByteArray("..") << QStringLiteral("file");
        QTest::newRow("dot") << QByteArray(".") << QStringLiteral("file");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("file");
        QTest::newRow("hidden") << QByteArray(".bashrc") << QStringLiteral("bashrc");
        QTest::newRow("absolute") << QByteArray("/etc/shadow") << QStringLiteral("_etc_shadow");
        QTest::newRow("backslash") << QByteArray("..\\..\\win.ini") << QStringLiteral("_.._win.ini");
        QTest::newRow("controls") << QByteArray("a\nb\tc\x01"
                                                "d\x7f.txt")
                                  << QStringLiteral("a_b_c_d_.txt");
        QTest::newRow("windows") << QByteArray("a:b*c?d\"e<f>g|h") << QStringLiteral("a_b_c_d_e_f_g_h");
        QTest::newRow("rtl override") << QByteArray("invoice\xe2\x80\xaetxt.exe") << QStringLiteral("invoice_txt.exe");
        QTest::newRow("unicode") << QByteArray("Привет 世界 🐇.txt") << QString::fromUtf8("Привет 世界 🐇.txt");
        QTest::newRow("invalid utf8") << QByteArray("a\xff\xfe.bin") << QStringLiteral("a__.bin");
        QTest::newRow("trailing dots") << QByteArray("  name. . ") << QStringLiteral("name");
    }
    void sanitize()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QString, expected);
        QCOMPARE(sanitizeFileName(QByteArrayView(wire)), expected);
    }

    void longNamesKeepTheExtension()
    {
        const QString name = sanitizeFileName(QString(400, QChar(u'ж')) + QStringLiteral(".tar"));
        QVERIFY(name.toUtf8().size() <= 200);
        QVERIFY(name.endsWith(QStringLiteral(".tar")));
    }

    void uniquePathNeverClobbers()
    {
        QTemporaryDir dir;
        QCOMPARE(uniqueFilePath(dir.path(), QStringLiteral("a.tar.gz")), dir.filePath(QStringLiteral("a.tar.gz")));
        QFile(dir.filePath(QStringLiteral("a.tar.gz"))).open(QIODevice::WriteOnly);
        QCOMPARE(uniqueFilePath(dir.path(), QStringLiteral("a.tar.gz")), dir.filePath(QStringLiteral("a (2).tar.gz")));
        QFile(dir.filePath(QStringLiteral("a (2).tar.gz"))).open(QIODevice::WriteOnly);
        QCOMPARE(uniqueFilePath(dir.path(), QStringLiteral("a.tar.gz")), dir.filePath(QStringLiteral("a (3).tar.gz")));
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.transfers.json"));
        TransferStore s(path);
        QVERIFY(s.load());
        TransferRecord r;
        r.info.peer = PublicKey::fromBytes(QByteArray(32, '\x07'));
        r.info.id = QString(64, QChar(u'A'));
        r.info.direction = TransferDirection::Incoming;
        r.info.name = QString::fromUtf8("большой файл.iso");
        r.info.size = 9'000'000'000'123ULL; // beyond 2^53: kept exactly
        r.info.state = TransferState::Interrupted;
        r.partPath = dir.filePath(QStringLiteral("x.part"));
        r.accepted = true;
        s.records.append(r);
        s.rules.append({r.info.peer, dir.path(), 5'000'000'000ULL});
        QVERIFY2(s.save(), qPrintable(s.error()));

        TransferStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.records.size(), 1);
        QCOMPARE(again.records[0].info.size, r.info.size);
        QCOMPARE(again.records[0].info.name, r.info.name);
        QCOMPARE(again.records[0].info.state, TransferState::Interrupted);
        QCOMPARE(again.records[0].partPath, r.partPath);
        QVERIFY(again.records[0].accepted);
        QCOMPARE(again.rules.size(), 1);
        QCOMPARE(again.rules[0].maxSize, 5'000'000'000ULL);
    }

    void corruptStoreIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.transfers.json"));
        const QByteArray junk("{\"version\":1,\"transfers\":[{\"peer\":\"zz\"");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(junk);
        }
        TransferStore s(path);
        QVERIFY(!s.load());
        QVERIFY(s.error().contains(path));
        QVERIFY(!s.save()); // refuses to replace it
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk);
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "test_file_names.moc"
