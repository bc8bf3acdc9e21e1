// One instance per profile: the socket name follows the profile's path, a
// second process's lines reach the first, and a socket left by a crash is
// taken over.
#include "gui/desktop/singleinstance.h"

#include <QDir>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace warren;

class TestSingleInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesFollowThePath();
    void linesReachTheRunningInstance();
    void nobodyListening();
};

void TestSingleInstance::namesFollowThePath()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.tox"));
    QCOMPARE(SingleInstance::socketName(a), SingleInstance::socketName(dir.path() + QStringLiteral("/./a.tox")));
    QVERIFY(SingleInstance::socketName(a) != SingleInstance::socketName(dir.filePath(QStringLiteral("b.tox"))));
    QVERIFY(SingleInstance::socketName(a).startsWith(QStringLiteral("warren-")));
}

void TestSingleInstance::linesReachTheRunningInstance()
{
    QTemporaryDir dir;
    const QString name = SingleInstance::socketName(dir.filePath(QStringLiteral("p.tox")));
    SingleInstance first;
    QVERIFY(first.listen(name));
    QSignalSpy received(&first, &SingleInstance::received);

    // The client blocks while waiting for the answers: run it in a thread.
    bool sent = false;
    const QString link = QStringLiteral("tox:") + QString(76, u'A');
    QThread* t = QThread::create([&] { sent = SingleInstance::send(name, {QStringLiteral("open ") + link}); });
    t->start();
    QTRY_VERIFY(t->isFinished());
    delete t;
    QVERIFY(sent);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0][0].toString(), QStringLiteral("open ") + link);

    // A second listener for the same profile is refused while the first runs.
    SingleInstance second;
    QVERIFY(!second.listen(name));
}

void TestSingleInstance::nobodyListening()
{
    QTemporaryDir dir;
    const QString name = SingleInstance::socketName(dir.filePath(QStringLiteral("q.tox")));
    QVERIFY(!SingleInstance::send(name, {QStringLiteral("activate")}, 500));
    // A stale socket file (as a crash leaves it) does not block a new start.
    {
        QLocalServer stale;
        QVERIFY(stale.listen(name));
    } // closed: the file goes away on Linux; listen() copes either way
    SingleInstance s;
    QVERIFY(s.listen(name));
}

QTEST_MAIN(TestSingleInstance)
#include "test_singleinstance.moc"
