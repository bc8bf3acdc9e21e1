// PasswordKeychain against the real system keychain. scripts/isolated gives
// a private D-Bus session with an unlocked gnome-keyring, so passwords are
// really stored and read back. Without a session bus the wrapper must say
// clearly that no keychain is available; that case is also checked in a
// child process with the bus hidden, so both paths run every time.
#include "core/profile/passwordkeychain.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace warren;

namespace {
constexpr int jobTimeoutMs = 40000; // above D-Bus's 25 s call timeout

bool haveSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

/// Waits for the one signal a request is answered by and returns its result.
KeychainResult waitFor(QSignalSpy& spy)
{
    if (spy.isEmpty() && !spy.wait(jobTimeoutMs))
        return {QString(), KeychainResult::Status::Failed, true, QString(), QStringLiteral("timed out")};
    return spy.takeFirst().at(0).value<KeychainResult>();
}

void expectUnavailable(const KeychainResult& r, const PasswordKeychain& keychain)
{
    qInfo() << "keychain reports:" << r.message;
    QCOMPARE(r.status, KeychainResult::Status::Unavailable);
    QVERIFY(!r.available);
    QVERIFY2(r.message.contains(QLatin1String("keychain")), qPrintable(r.message));
    QVERIFY(!keychain.isAvailable());
    QCOMPARE(keychain.unavailableReason(), r.message);
}
} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writeReadDelete();
    void unavailableWithoutSessionBus();
    void destroyedWithRequestPending();
};

void TestKeychain::writeReadDelete()
{
    PasswordKeychain keychain;
    QSignalSpy written(&keychain, &PasswordKeychain::passwordWritten);
    QSignalSpy read(&keychain, &PasswordKeychain::passwordRead);
    QSignalSpy deleted(&keychain, &PasswordKeychain::passwordDeleted);
    const QString profile = QStringLiteral("keychain-test-%1").arg(QRandomGenerator::global()->generate());
    const QString password = QStringLiteral("pässwörd with spaces & ✓");

    keychain.writePassword(profile, password);
    const KeychainResult w = waitFor(written);
    if (!haveSessionBus()) {
        // No keychain here: the answer must say so, not pretend to work.
        expectUnavailable(w, keychain);
        keychain.readPassword(profile);
        expectUnavailable(waitFor(read), keychain);
        return;
    }
    QVERIFY2(w.ok(), qPrintable(w.message));
    QCOMPARE(w.profile, profile);
    QVERIFY(keychain.isAvailable());

    keychain.readPassword(profile);
    KeychainResult r = waitFor(read);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.password, password);

    keychain.writePassword(profile, QStringLiteral("changed"));
    QVERIFY(waitFor(written).ok());
    keychain.readPassword(profile);
    QCOMPARE(waitFor(read).password, QStringLiteral("changed"));

    keychain.deletePassword(profile);
    const KeychainResult d = waitFor(deleted);
    QVERIFY2(d.ok(), qPrintable(d.message));

    keychain.readPassword(profile);
    r = waitFor(read);
    QCOMPARE(r.status, KeychainResult::Status::NotFound);
    QVERIFY(r.available);
    QVERIFY(r.password.isEmpty());
    QVERIFY(!r.message.isEmpty());
}

void TestKeychain::unavailableWithoutSessionBus()
{
    if (haveSessionBus()) {
        // Run this test again in a child that cannot find any session bus.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/nonexistent-warren-runtime"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("unavailableWithoutSessionBus")});
        QVERIFY(child.waitForFinished(jobTimeoutMs * 2));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        return;
    }
    PasswordKeychain keychain;
    QSignalSpy read(&keychain, &PasswordKeychain::passwordRead);
    QSignalSpy written(&keychain, &PasswordKeychain::passwordWritten);
    keychain.readPassword(QStringLiteral("nobody"));
    expectUnavailable(waitFor(read), keychain);
    keychain.writePassword(QStringLiteral("nobody"), QStringLiteral("secret"));
    expectUnavailable(waitFor(written), keychain);
}

void TestKeychain::destroyedWithRequestPending()
{
    // A dialog closed while its keychain read is still out: the job finishes
    // after the wrapper is gone and must neither crash nor call it.
    const QString profile = QStringLiteral("keychain-gone-%1").arg(QRandomGenerator::global()->generate());
    {
        PasswordKeychain keychain;
        keychain.writePassword(profile, QStringLiteral("x"));
        keychain.readPassword(profile);
    }
    // Let the jobs finish against the real Secret Service.
    PasswordKeychain later;
    QSignalSpy deleted(&later, &PasswordKeychain::passwordDeleted);
    QTest::qWait(500);
    later.deletePassword(profile);
    const KeychainResult d = waitFor(deleted);
    if (haveSessionBus())
        QVERIFY2(d.ok() || d.status == KeychainResult::Status::NotFound, qPrintable(d.message));
    else
        QCOMPARE(d.status, KeychainResult::Status::Unavailable);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
