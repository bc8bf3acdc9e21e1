// The contact list's search field filters as you type (name, alias, status
// message, start of the key); online contacts sort first; Ctrl+Tab moves on.
#include "gui/contacts/contactfilter.h"
#include "gui/contacts/contactlistview.h"
#include "gui/contacts/contactmodel.h"
#include "gui/contacts/contactspane.h"
#include "guitestsupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace warren;
using namespace warren::test;

namespace {
Contact contact(const QString& name, bool online, const QString& status = {})
{
    Contact c;
    c.key = randomAddress().publicKey();
    c.name = name;
    c.statusMessage = status;
    c.connection = online ? Connection::Udp : Connection::None;
    return c;
}

QStringList shown(const ContactsPane& pane)
{
    QStringList out;
    for (int r = 0; r < pane.filter()->rowCount(); ++r)
        out << pane.filter()->index(r, 0).data().toString();
    return out;
}
} // namespace

class TestContactSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filtersAsYouType();
    void onlineFirstAndUpdates();
    void selectingOpensAndCtrlTabMoves();
};

void TestContactSearch::filtersAsYouType()
{
    ContactModel model;
    Contact carol = contact(QStringLiteral("Carol"), false);
    carol.alias = QStringLiteral("Aunt Carol");
    model.reset({contact(QStringLiteral("Alice"), true),
        contact(QStringLiteral("Bob"), true, QStringLiteral("at the lake")), carol});
    ContactsPane pane(&model);
    pane.show();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QCOMPARE(shown(pane).size(), 3);

    pane.focusSearch();
    QVERIFY(pane.searchField()->hasFocus());
    QTest::keyClicks(pane.searchField(), QStringLiteral("ali"));
    QCOMPARE(shown(pane), QStringList{QStringLiteral("Alice")});
    pane.searchField()->clear();
    QTest::keyClicks(pane.searchField(), QStringLiteral("LAKE"));
    QCOMPARE(shown(pane), QStringList{QStringLiteral("Bob")});
    pane.searchField()->setText(QStringLiteral("aunt"));
    QCOMPARE(shown(pane), QStringList{QStringLiteral("Aunt Carol")});
    pane.searchField()->setText(model.contacts()[0].key.toHex().left(12));
    QCOMPARE(shown(pane), QStringList{QStringLiteral("Alice")});
    pane.searchField()->setText(QStringLiteral("nobody"));
    QCOMPARE(shown(pane).size(), 0);
    pane.searchField()->clear();
    QCOMPARE(shown(pane).size(), 3);
}

void TestContactSearch::onlineFirstAndUpdates()
{
    ContactModel model;
    Contact zed = contact(QStringLiteral("Zed"), true);
    Contact amy = contact(QStringLiteral("amy"), false);
    model.reset({amy, zed, contact(QStringLiteral("Bea"), true)});
    ContactsPane pane(&model);
    QCOMPARE(shown(pane), (QStringList{QStringLiteral("Bea"), QStringLiteral("Zed"), QStringLiteral("amy")}));

    // amy comes online and renames herself: the filter and order follow.
    amy.connection = Connection::Tcp;
    amy.name = QStringLiteral("Amy");
    QSignalSpy unread(&model, &ContactModel::totalUnreadChanged);
    amy.unread = 3;
    model.upsert(amy);
    QCOMPARE(shown(pane), (QStringList{QStringLiteral("Amy"), QStringLiteral("Bea"), QStringLiteral("Zed")}));
    QCOMPARE(unread.size(), 1);
    QCOMPARE(model.totalUnread(), 3);
    pane.searchField()->setText(QStringLiteral("am"));
    QCOMPARE(shown(pane), QStringList{QStringLiteral("Amy")});
    model.remove(amy.key);
    QCOMPARE(shown(pane).size(), 0);
    QCOMPARE(model.totalUnread(), 0);
}

void TestContactSearch::selectingOpensAndCtrlTabMoves()
{
    ContactModel model;
    model.reset({contact(QStringLiteral("Ann"), true), contact(QStringLiteral("Bob"), true),
        contact(QStringLiteral("Cy"), true)});
    ContactsPane pane(&model);
    pane.show();
    QSignalSpy open(pane.list(), &ContactListView::openRequested);
    pane.list()->selectRelative(1);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.last()[0].value<PublicKey>(), ContactModel::keyOf(pane.filter()->index(0, 0)));
    pane.list()->selectRelative(1);
    pane.list()->selectRelative(1);
    pane.list()->selectRelative(1); // wraps around
    QCOMPARE(open.size(), 4);
    QCOMPARE(pane.list()->currentKey(), ContactModel::keyOf(pane.filter()->index(0, 0)));
    pane.list()->selectRelative(-1);
    QCOMPARE(pane.list()->currentKey(), ContactModel::keyOf(pane.filter()->index(2, 0)));

    // Enter in the search field opens the first match. ("Bob" is not hex,
    // so it cannot match the start of another contact's random key.)
    pane.searchField()->setText(QStringLiteral("Bob"));
    QTest::keyClick(pane.searchField(), Qt::Key_Return);
    QCOMPARE(open.last()[0].value<PublicKey>(), model.contacts()[1].key);
}

QTEST_MAIN(TestContactSearch)
#include "test_contactsearch.moc"
