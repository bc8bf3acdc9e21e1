// The add-friend dialog checks the ID as it is typed and says what is
// wrong right in the dialog; a valid ID or tox: link enables sending.
#include "gui/dialogs/addfrienddialog.h"
#include "guitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace warren;
using namespace warren::test;

class TestAddFriendDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void invalidIdsAreExplained_data();
    void invalidIdsAreExplained();
    void validIdAndLinkEnableSending();
    void resultIsShownInTheDialog();
};

void TestAddFriendDialog::invalidIdsAreExplained_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    const QString good = randomAddress().toHex();
    QString typo = good;
    typo[10] = typo[10] == u'A' ? u'B' : u'A';
    QTest::newRow("empty") << QString() << static_cast<int>(ToxAddress::ParseError::Empty);
    QTest::newRow("short") << good.left(40) << static_cast<int>(ToxAddress::ParseError::BadLength);
    QTest::newRow("characters") << QString(good).replace(5, 1, u'Z')
                                << static_cast<int>(ToxAddress::ParseError::BadCharacters);
    QTest::newRow("checksum") << typo << static_cast<int>(ToxAddress::ParseError::BadChecksum);
}

void TestAddFriendDialog::invalidIdsAreExplained()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    AddFriendDialog d;
    d.show();
    QTest::keyClicks(d.idField(), text);
    const QString expected = ToxAddress::describe(static_cast<ToxAddress::ParseError>(error));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(d.statusText(), expected);
    QVERIFY(d.statusLabel()->isVisible());
    QVERIFY(d.statusLabel()->text().contains(expected.toHtmlEscaped()));
    QVERIFY(!d.sendButton()->isEnabled());
    QVERIFY(d.address().isNull());
}

void TestAddFriendDialog::validIdAndLinkEnableSending()
{
    const ToxAddress a = randomAddress();
    AddFriendDialog d;
    d.show();
    QTest::keyClicks(d.idField(), a.toHex().toLower());
    QVERIFY(d.sendButton()->isEnabled());
    QCOMPARE(d.address(), a);
    QCOMPARE(d.statusText(), QStringLiteral("This is a valid Tox ID."));

    d.setId(QStringLiteral("  tox:%1 ").arg(a.toHex()));
    QCOMPARE(d.address(), a);
    QSignalSpy requested(&d, &AddFriendDialog::requested);
    d.messageField()->setPlainText(QStringLiteral("hi there"));
    QTest::mouseClick(d.sendButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested[0][0].value<ToxAddress>(), a);
    QCOMPARE(requested[0][1].toString(), QStringLiteral("hi there"));
    QVERIFY(!d.sendButton()->isEnabled()); // until the answer comes
}

void TestAddFriendDialog::resultIsShownInTheDialog()
{
    const ToxAddress a = randomAddress();
    AddFriendDialog d;
    d.show();
    d.setId(a.toUri());
    QTest::mouseClick(d.sendButton(), Qt::LeftButton);
    d.showResult(randomAddress(), false, QStringLiteral("not ours")); // another request: ignored
    QCOMPARE(d.statusText(), QStringLiteral("Sending the request…"));
    d.showResult(a, false, QStringLiteral("You are already friends."));
    QCOMPARE(d.statusText(), QStringLiteral("You are already friends."));
    QVERIFY(d.isVisible());
    QVERIFY(d.sendButton()->isEnabled());
    QTest::mouseClick(d.sendButton(), Qt::LeftButton);
    d.showResult(a, true, {});
    QVERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestAddFriendDialog)
#include "test_addfrienddialog.moc"
