// My Tox ID: the text, the link, and a QR code that decodes back to the
// link (zbarimg reads the saved PNG); a new nospam only after confirming.
#include "gui/dialogs/myiddialog.h"
#include "gui/qrcode.h"
#include "guitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using namespace warren::test;

class TestMyIdDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsIdAndLink();
    void qrCodeDecodesToTheId();
    void newNospamNeedsConfirmation();
};

void TestMyIdDialog::showsIdAndLink()
{
    const ToxAddress a = randomAddress();
    MyIdDialog d;
    d.setAddress(a);
    d.show();
    QCOMPARE(d.idField()->text(), a.toHex());
    QCOMPARE(d.findChild<QLabel*>(QStringLiteral("myIdLink"))->text(), a.toUri());
    QVERIFY(!d.qrLabel()->pixmap().isNull());
}

void TestMyIdDialog::qrCodeDecodesToTheId()
{
    const ToxAddress a = randomAddress();
    MyIdDialog d;
    d.setAddress(a);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("id.png"));
    QVERIFY(d.saveQr(png));

    // The matrix: version 5+ for 80 bytes, square, quiet zone in the image.
    const QrCode code = QrCode::encode(a.toUri());
    QVERIFY(!code.isNull());
    QCOMPARE(d.qrImage(8).width(), (code.size() + 8) * 8);

    const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbar.isEmpty())
        QSKIP("zbarimg is not installed");
    QProcess p;
    p.start(zbar, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), a.toUri());
}

void TestMyIdDialog::newNospamNeedsConfirmation()
{
    MyIdDialog d;
    d.setAddress(randomAddress());
    d.show();
    QSignalSpy nospam(&d, &MyIdDialog::nospamRequested);
    auto* button = d.findChild<QPushButton*>(QStringLiteral("newNospamButton"));
    QVERIFY(button);

    QString question;
    whenModal([&question](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    button->click();
    QVERIFY(question.contains(QStringLiteral("old ID stops working")));
    QCOMPARE(nospam.size(), 0);

    whenModal([](QWidget* w) { qobject_cast<QMessageBox*>(w)->button(QMessageBox::Yes)->click(); });
    button->click();
    QCOMPARE(nospam.size(), 1);
}

QTEST_MAIN(TestMyIdDialog)
#include "test_myiddialog.moc"
