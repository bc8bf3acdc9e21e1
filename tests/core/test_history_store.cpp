// The history store on a real SQLite file: paging, unsent messages and their
// states, contact extras, the request inbox, export, chat deletion, and the
// typed errors for damaged, foreign and too-new files, which are never
// touched.
#include "core/history/historystore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using K = HistoryError::Kind;

namespace {
PublicKey key(char c)
{
    return PublicKey::fromBytes(QByteArray(PublicKey::size, c));
}

ChatMessage msg(const PublicKey& k, const QString& text, bool outgoing = false,
    ChatMessage::State state = ChatMessage::State::Delivered)
{
    ChatMessage m;
    m.friendKey = k;
    m.text = text;
    m.outgoing = outgoing;
    m.state = state;
    return m;
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void pathBesideProfile();
    void pagesAreNewestLastAndPerContact();
    void unsentStatesAndAttempts();
    void contactExtrasPersist();
    void requestsPersist();
    void exportWritesText();
    void deleteChatRemovesMessagesAndIndex();
    void emptyFileBecomesHistory();
    void garbageIsCorruptAndUntouched();
    void damagedHeaderIsCorrupt();
    void foreignDatabaseIsRefused();
    void newerFormatIsRefused();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestHistoryStore::pathBesideProfile()
{
    QCOMPARE(HistoryStore::pathForProfile(QStringLiteral("/p/alice.tox")), QStringLiteral("/p/alice.history.db"));
}

void TestHistoryStore::pagesAreNewestLastAndPerContact()
{
    HistoryError e;
    auto store = HistoryStore::open(path(QStringLiteral("paging.db")), {}, &e);
    QVERIFY2(store, qPrintable(e.message));
    QVERIFY(!store->isEncrypted());
    QList<ChatMessage> batch;
    for (int i = 0; i < 130; ++i) {
        batch.append(msg(key('a'), QStringLiteral("a%1").arg(i), i % 2));
        if (i % 5 == 0)
            batch.append(msg(key('b'), QStringLiteral("b%1").arg(i)));
    }
    QVERIFY(store->addMessages(batch, &e));
    for (qsizetype i = 1; i < batch.size(); ++i)
        QVERIFY(batch[i].id > batch[i - 1].id);

    const QList<ChatMessage> last = store->page(key('a'), 50);
    QCOMPARE(last.size(), 50);
    QCOMPARE(last.first().text, QStringLiteral("a80"));
    QCOMPARE(last.last().text, QStringLiteral("a129"));
    QCOMPARE(last.last().friendKey, key('a'));
    QVERIFY(last.last().outgoing);
    const QList<ChatMessage> before = store->page(key('a'), 50, last.first().id);
    QCOMPARE(before.size(), 50);
    QCOMPARE(before.last().text, QStringLiteral("a79"));
    QCOMPARE(store->page(key('a'), 50, before.first().id).size(), 30);
    QCOMPARE(store->page(key('b'), 100).size(), 26);
    QVERIFY(store->page(key('c'), 10).isEmpty());
    QCOMPARE(store->extras(key('a')).unread, 65);
    QVERIFY(store->extras(key('a')).lastActivity.isValid());
}

void TestHistoryStore::unsentStatesAndAttempts()
{
    auto store = HistoryStore::open(path(QStringLiteral("unsent.db")), {}, nullptr);
    QVERIFY(store);
    QList<ChatMessage> out;
    for (int i = 0; i < 3; ++i)
        out.append(msg(key('a'), QStringLiteral("q%1").arg(i), true, ChatMessage::State::Queued));
    QVERIFY(store->addMessages(out));
    QVERIFY(store->markHanded(out[0].id));
    QVERIFY(store->markHanded(out[1].id));
    QVERIFY(store->setState(out[1].id, ChatMessage::State::Delivered));
    store.reset();

    store = HistoryStore::open(path(QStringLiteral("unsent.db")), {}, nullptr);
    QList<UnsentMessage> unsent = store->unsent(key('a'));
    QCOMPARE(unsent.size(), 2);
    QCOMPARE(unsent[0].message.text, QStringLiteral("q0"));
    QCOMPARE(unsent[0].message.state, ChatMessage::State::Sent);
    QCOMPARE(unsent[0].attempts, 1);
    QCOMPARE(unsent[1].message.state, ChatMessage::State::Queued);
    QCOMPARE(unsent[1].attempts, 0);
    QVERIFY(store->setState(out[2].id, ChatMessage::State::Failed));
    QCOMPARE(store->unsent(key('a')).size(), 1);
    QVERIFY(store->requeue(out[2].id));
    QCOMPARE(store->unsent(key('a')).size(), 2);
    ChatMessage one;
    QVERIFY(store->message(key('a'), out[2].id, &one));
    QCOMPARE(one.state, ChatMessage::State::Queued);
    HistoryError e;
    QVERIFY(!store->message(key('b'), out[2].id, &one, &e));
    QCOMPARE(e.kind, K::NotFound);
}

void TestHistoryStore::contactExtrasPersist()
{
    {
        auto store = HistoryStore::open(path(QStringLiteral("extras.db")), {}, nullptr);
        QVERIFY(store->setAlias(key('a'), QStringLiteral("Ally")));
        QVERIFY(store->setBlocked(key('b'), true, true));
        QVERIFY(store->setBlocked(key('c'), true, false));
        ChatMessage m = msg(key('a'), QStringLiteral("hi"));
        QVERIFY(store->addMessage(m));
        QCOMPARE(store->extras(key('a')).unread, 1);
    }
    auto store = HistoryStore::open(path(QStringLiteral("extras.db")), {}, nullptr);
    QCOMPARE(store->extras(key('a')).alias, QStringLiteral("Ally"));
    QCOMPARE(store->extras(key('a')).unread, 1);
    QVERIFY(store->extras(key('b')).blocked);
    QVERIFY(store->extras(key('b')).restoreOnUnblock);
    QVERIFY(store->extras(key('c')).blocked);
    QVERIFY(!store->extras(key('c')).restoreOnUnblock);
    QVERIFY(store->markRead(key('a')));
    QCOMPARE(store->extras(key('a')).unread, 0);
    QCOMPARE(store->knownContacts().size(), 3);
    QVERIFY(store->setBlocked(key('b'), false));
    QVERIFY(!store->extras(key('b')).blocked);
}

void TestHistoryStore::requestsPersist()
{
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    {
        auto store = HistoryStore::open(path(QStringLiteral("requests.db")), {}, nullptr);
        QVERIFY(store->putRequest({key('b'), QStringLiteral("second"), t0.addSecs(5)}));
        QVERIFY(store->putRequest({key('a'), QStringLiteral("first"), t0}));
        QVERIFY(store->putRequest({key('c'), QStringLiteral("gone"), t0}));
        QVERIFY(store->removeRequest(key('c')));
    }
    auto store = HistoryStore::open(path(QStringLiteral("requests.db")), {}, nullptr);
    QList<FriendRequest> all = store->requests();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].from, key('a'));
    QCOMPARE(all[0].message, QStringLiteral("first"));
    QCOMPARE(all[0].received, t0);
    QVERIFY(store->putRequest({key('a'), QStringLiteral("again"), t0.addSecs(10)}));
    all = store->requests();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[1].message, QStringLiteral("again"));
}

void TestHistoryStore::exportWritesText()
{
    auto store = HistoryStore::open(path(QStringLiteral("export.db")), {}, nullptr);
    QList<ChatMessage> batch{msg(key('a'), QStringLiteral("hello there")),
        msg(key('a'), QStringLiteral("general Kenobi"), true), msg(key('a'), QStringLiteral("waves"), false)};
    batch[2].action = true;
    QVERIFY(store->addMessages(batch));
    HistoryError e;
    const QString out = path(QStringLiteral("chat.txt"));
    QVERIFY2(store->exportChat(key('a'), out, QStringLiteral("Me"), QStringLiteral("Ann"), &e), qPrintable(e.message));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].contains(key('a').toHex()));
    QVERIFY(lines[1].endsWith(QStringLiteral("] Ann: hello there")));
    QVERIFY(lines[2].endsWith(QStringLiteral("] Me: general Kenobi")));
    QVERIFY(lines[3].endsWith(QStringLiteral("] * Ann waves")));
}

void TestHistoryStore::deleteChatRemovesMessagesAndIndex()
{
    auto store = HistoryStore::open(path(QStringLiteral("delete.db")), {}, nullptr);
    QList<ChatMessage> batch{
        msg(key('a'), QStringLiteral("pineapple pizza")), msg(key('b'), QStringLiteral("pineapple"))};
    QVERIFY(store->addMessages(batch));
    QCOMPARE(store->search(QStringLiteral("pineapple"), 10).size(), 2);
    QVERIFY(store->deleteChat(key('a')));
    QVERIFY(store->page(key('a'), 10).isEmpty());
    const QList<SearchHit> hits = store->search(QStringLiteral("pineapple"), 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].message.friendKey, key('b'));
    QCOMPARE(store->extras(key('a')).unread, 0);
}

void TestHistoryStore::emptyFileBecomesHistory()
{
    const QString p = path(QStringLiteral("empty.db"));
    QFile f(p);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    HistoryError e;
    auto store = HistoryStore::open(p, {}, &e);
    QVERIFY2(store, qPrintable(e.message));
}

void TestHistoryStore::garbageIsCorruptAndUntouched()
{
    const QString p = path(QStringLiteral("garbage.db"));
    QFile f(p);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, '\x5a'));
    f.close();
    const QByteArray before = digest(p);
    HistoryError e;
    QVERIFY(!HistoryStore::open(p, {}, &e));
    QCOMPARE(e.kind, K::Corrupted);
    QVERIFY(e.message.contains(QStringLiteral("untouched")));
    QCOMPARE(digest(p), before);
    QVERIFY(!QFile::exists(p + QStringLiteral("-wal")));
}

void TestHistoryStore::damagedHeaderIsCorrupt()
{
    const QString p = path(QStringLiteral("damaged.db"));
    {
        auto store = HistoryStore::open(p, {}, nullptr);
        ChatMessage m = msg(key('a'), QStringLiteral("soon damaged"));
        QVERIFY(store->addMessage(m));
    }
    // Checkpointed on close; now break the header and, separately, the schema page.
    QFile f(p);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.write(QByteArray(16, '\0'));
    f.close();
    HistoryError e;
    QVERIFY(!HistoryStore::open(p, {}, &e));
    QCOMPARE(e.kind, K::Corrupted);

    const QString p2 = path(QStringLiteral("damaged2.db"));
    {
        auto store = HistoryStore::open(p2, {}, nullptr);
        QVERIFY(store);
    }
    QFile g(p2);
    QVERIFY(g.open(QIODevice::ReadWrite));
    g.seek(100); // inside page 1, after the header: the schema table
    g.write(QByteArray(3000, '\xff'));
    g.close();
    const QByteArray before = digest(p2);
    QVERIFY(!HistoryStore::open(p2, {}, &e));
    QCOMPARE(e.kind, K::Corrupted);
    QCOMPARE(digest(p2), before);
}

void TestHistoryStore::foreignDatabaseIsRefused()
{
    const QString p = path(QStringLiteral("foreign.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(p);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE history(id INTEGER PRIMARY KEY, message TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO history(message) VALUES('theirs')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = digest(p);
    HistoryError e;
    QVERIFY(!HistoryStore::open(p, {}, &e));
    QCOMPARE(e.kind, K::Foreign);
    QVERIFY(e.message.contains(QStringLiteral("not a Warren chat history")));
    QCOMPARE(digest(p), before);
}

void TestHistoryStore::newerFormatIsRefused()
{
    const QString p = path(QStringLiteral("newer.db"));
    QVERIFY(HistoryStore::open(p, {}, nullptr));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(p);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 99 WHERE key = 'schema'")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    HistoryError e;
    QVERIFY(!HistoryStore::open(p, {}, &e));
    QCOMPARE(e.kind, K::TooNew);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "test_history_store.moc"
