// The chat page without a network: Enter sends and Shift+Enter breaks the
// line, typing notifications start and stop, a failed message is retried by
// clicking it, the typing indicator follows the contact, and a chat moves
// into a window of its own and docks back.
#include "gui/chat/chatarea.h"
#include "gui/chat/chatpage.h"
#include "gui/chat/chatview.h"
#include "gui/chat/chatwindow.h"
#include "gui/chat/composer.h"
#include "gui/chat/messagemodel.h"
#include "gui/chat/typingtracker.h"
#include "guitestsupport.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace warren;
using namespace warren::test;

class TestChatPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void enterSendsShiftEnterBreaks();
    void typingStartsAndStops();
    void failedMessageIsRetriedByClick();
    void typingIndicatorFollowsContact();
    void detachAndDockBack();
};

void TestChatPage::enterSendsShiftEnterBreaks()
{
    const PublicKey key = randomAddress().publicKey();
    ChatPage page(key);
    page.show();
    QSignalSpy send(&page, &ChatPage::sendRequested);
    Composer* c = page.composer();
    c->setFocus();
    QTest::keyClicks(c, QStringLiteral("first line"));
    QTest::keyClick(c, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(c, QStringLiteral("second line"));
    QCOMPARE(send.size(), 0);
    QCOMPARE(c->toPlainText(), QStringLiteral("first line\nsecond line"));
    QTest::keyClick(c, Qt::Key_Return);
    QCOMPARE(send.size(), 1);
    QCOMPARE(send[0][0].value<PublicKey>(), key);
    QCOMPARE(send[0][1].toString(), QStringLiteral("first line\nsecond line"));
    QVERIFY(c->toPlainText().isEmpty());
    // Blank text is not sent; the Enter key of the keypad sends too.
    QTest::keyClicks(c, QStringLiteral("   "));
    QTest::keyClick(c, Qt::Key_Return);
    QCOMPARE(send.size(), 1);
    c->clear();
    QTest::keyClicks(c, QStringLiteral("keypad"));
    QTest::keyClick(c, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(send.size(), 2);
}

void TestChatPage::typingStartsAndStops()
{
    ChatPage page(randomAddress().publicKey());
    page.show();
    QSignalSpy typing(&page, &ChatPage::typingChanged);
    Composer* c = page.composer();
    QTest::keyClicks(c, QStringLiteral("hel"));
    QCOMPARE(typing.size(), 1); // one start, not one per key
    QCOMPARE(typing[0][1].toBool(), true);
    QTest::keyClick(c, Qt::Key_Return);
    QCOMPARE(typing.size(), 2); // sending stops it
    QCOMPARE(typing[1][1].toBool(), false);

    // A pause stops it too.
    TypingTracker tracker(100);
    QSignalSpy t(&tracker, &TypingTracker::typingChanged);
    tracker.edited(false);
    QVERIFY(tracker.isTyping());
    QVERIFY(t.wait(2000));
    QCOMPARE(t.size(), 2);
    QVERIFY(!tracker.isTyping());
    tracker.edited(false);
    tracker.edited(true); // cleared: stop at once
    QCOMPARE(t.size(), 4);
}

void TestChatPage::failedMessageIsRetriedByClick()
{
    const PublicKey key = randomAddress().publicKey();
    ChatPage page(key);
    const QDateTime t = QDateTime::currentDateTimeUtc();
    page.messages()->setMessages({
        {10, key, true, false, QStringLiteral("delivered one"), t, ChatMessage::State::Delivered},
        {11, key, true, false, QStringLiteral("failed one"), t, ChatMessage::State::Failed},
    });
    page.resize(500, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy retry(&page, &ChatPage::retryRequested);
    ChatView* v = page.view();
    const QRect first = v->visualRect(v->model()->index(0, 0));
    const QRect second = v->visualRect(v->model()->index(1, 0));
    QVERIFY(first.isValid() && second.isValid());
    QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(retry.size(), 0);
    QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry[0][1].toLongLong(), 11LL);
    // And with the keyboard.
    v->setCurrentIndex(v->model()->index(1, 0));
    QTest::keyClick(v, Qt::Key_Return);
    QCOMPARE(retry.size(), 2);
    // Rows keep their height when the state changes (no jumping).
    page.messages()->setState(11, ChatMessage::State::Queued);
    QCOMPARE(page.messages()->index(1, 0).data(MessageModel::StateRole).toInt(),
        static_cast<int>(ChatMessage::State::Queued));
}

void TestChatPage::typingIndicatorFollowsContact()
{
    Contact c;
    c.key = randomAddress().publicKey();
    c.name = QStringLiteral("Alice");
    ChatPage page(c.key);
    page.show();
    auto* label = page.findChild<QLabel*>(QStringLiteral("typingIndicator"));
    QVERIFY(label);
    page.setContact(c);
    QVERIFY(label->text().trimmed().isEmpty());
    c.typing = true;
    page.setContact(c);
    QCOMPARE(label->text(), QStringLiteral("Alice is typing…"));
    c.typing = false;
    page.setContact(c);
    QVERIFY(label->text().trimmed().isEmpty());
}

void TestChatPage::detachAndDockBack()
{
    ChatArea area;
    area.show();
    auto* page = new ChatPage(randomAddress().publicKey());
    area.present(page);
    QCOMPARE(area.current(), page);
    QSignalSpy changed(&area, &ChatArea::currentChatChanged);

    area.detach(page);
    QVERIFY(area.isDetached(page->key()));
    QCOMPARE(area.current(), nullptr);
    ChatWindow* w = area.windowOf(page->key());
    QVERIFY(w && w->isVisible());
    QCOMPARE(page->window(), w);

    // Closing the window docks the chat back instead of losing it.
    w->close();
    QVERIFY(!area.isDetached(page->key()));
    QCOMPARE(area.current(), page);
    QCOMPARE(page->window(), area.window());
    QTRY_VERIFY(area.windowOf(page->key()) == nullptr);
    QVERIFY(changed.size() >= 2);
}

QTEST_MAIN(TestChatPage)
#include "test_chatpage.moc"
