// Assistive technology (AT-SPI) sees the contact list and the chat view as
// lists whose items carry readable text, and every control has a name.
#include "gui/chat/chatpage.h"
#include "gui/chat/chatview.h"
#include "gui/chat/messagemodel.h"
#include "gui/contacts/contactlistview.h"
#include "gui/contacts/contactmodel.h"
#include "gui/contacts/contactspane.h"
#include "gui/dialogs/addfrienddialog.h"
#include "gui/dialogs/myiddialog.h"
#include "guitestsupport.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace warren;
using namespace warren::test;

namespace {
/// The texts of the items an accessible list exposes.
QStringList itemTexts(QWidget* view)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view);
    QStringList out;
    if (!iface)
        return out;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface* child = iface->child(i);
        if (child && child->role() == QAccessible::ListItem)
            out << child->text(QAccessible::Name);
    }
    return out;
}

/// Controls without an accessible name (buttons, fields, boxes) under @p root.
QStringList unnamedControls(QWidget* root)
{
    QStringList out;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w);
        if (!control || !w->isVisibleTo(root) || w->inherits("QLineEditIconButton"))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    return out;
}
} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::installEnglishPlurals()); }
    void contactListExposesItems();
    void chatViewExposesMessages();
    void everyControlHasAName();
};

void TestAccessibility::contactListExposesItems()
{
    ContactModel model;
    Contact a;
    a.key = randomAddress().publicKey();
    a.name = QStringLiteral("Alice");
    a.connection = Connection::Udp;
    a.unread = 2;
    Contact b;
    b.key = randomAddress().publicKey();
    b.name = QStringLiteral("Bob");
    b.status = UserStatus::Busy;
    model.reset({a, b});
    ContactsPane pane(&model);
    pane.resize(300, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(pane.list());
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Contacts"));
    const QStringList items = itemTexts(pane.list());
    QCOMPARE(items, (QStringList{QStringLiteral("Alice, online, 2 unread messages"), QStringLiteral("Bob, offline")}));

    // Changes reach the accessible tree too.
    a.typing = true;
    a.unread = 0;
    model.upsert(a);
    QCOMPARE(itemTexts(pane.list()).first(), QStringLiteral("Alice, online, typing"));
}

void TestAccessibility::chatViewExposesMessages()
{
    const PublicKey key = randomAddress().publicKey();
    ChatPage page(key);
    Contact c;
    c.key = key;
    c.name = QStringLiteral("Alice");
    page.setContact(c);
    const QDateTime t = QDateTime::currentDateTimeUtc();
    ChatMessage in{1, key, false, false, QStringLiteral("hello you"), t, ChatMessage::State::Delivered};
    ChatMessage out{2, key, true, false, QStringLiteral("hi Alice"), t, ChatMessage::State::Sent};
    page.messages()->setMessages({in, out});
    page.resize(500, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QAccessibleInterface* view = QAccessible::queryAccessibleInterface(page.view());
    QVERIFY(view);
    QCOMPARE(view->text(QAccessible::Name), QStringLiteral("Messages"));
    QStringList items = itemTexts(page.view());
    QCOMPARE(items.size(), 2);
    QVERIFY2(items[0].startsWith(QStringLiteral("Alice, ")) && items[0].endsWith(QStringLiteral(": hello you")),
        qPrintable(items[0]));
    QVERIFY2(items[1].startsWith(QStringLiteral("You, ")) && items[1].contains(QStringLiteral("sent: hi Alice")),
        qPrintable(items[1]));

    page.messages()->setState(2, ChatMessage::State::Delivered);
    page.messages()->append({3, key, true, false, QStringLiteral("are you there?"), t, ChatMessage::State::Failed});
    items = itemTexts(page.view());
    QCOMPARE(items.size(), 3);
    QVERIFY(items[1].contains(QStringLiteral("delivered: hi Alice")));
    QVERIFY(items[2].contains(QStringLiteral("failed, activate to retry: are you there?")));
}

void TestAccessibility::everyControlHasAName()
{
    ContactModel model;
    ContactsPane pane(&model);
    pane.show();
    QCOMPARE(unnamedControls(&pane), QStringList());
    ChatPage page(randomAddress().publicKey());
    page.show();
    QCOMPARE(unnamedControls(&page), QStringList());
    AddFriendDialog add;
    add.show();
    QCOMPARE(unnamedControls(&add), QStringList());
    MyIdDialog id;
    id.setAddress(randomAddress());
    id.show();
    QCOMPARE(unnamedControls(&id), QStringList());
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
