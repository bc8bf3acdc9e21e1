// Search semantics, the same with and without a password: every query word
// must match, 3+ characters match word beginnings, shorter ones whole words,
// accents and case do not matter, newest first, limits; and the searcher
// answers on its own thread, dropping superseded queries.
#include "core/history/historysearcher.h"
#include "core/history/historystore.h"
#include "core/history/searchterms.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;

namespace {
PublicKey key(char c)
{
    return PublicKey::fromBytes(QByteArray(PublicKey::size, c));
}

QStringList texts(const QList<SearchHit>& hits)
{
    QStringList out;
    for (const SearchHit& h : hits)
        out << h.message.text;
    return out;
}
} // namespace

class TestHistorySearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void words();
    void semantics_data();
    void semantics();
    void searcherAnswersOffThread_data();
    void searcherAnswersOffThread();

private:
    std::unique_ptr<HistoryStore> fresh(const QString& password);
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestHistorySearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    registerChatTypes();
}

std::unique_ptr<HistoryStore> TestHistorySearch::fresh(const QString& password)
{
    HistoryError e;
    auto store = HistoryStore::open(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_count)), password, &e);
    if (!store)
        qWarning() << e.message;
    const QStringList corpus{
        QStringLiteral("Hello world"),
        QStringLiteral("hello there, General"),
        QStringLiteral("Helicopter parenting"),
        QStringLiteral("I ate an Éclair in the café"),
        QStringLiteral("hi"),
        QStringLiteral("his history"),
        QStringLiteral("supercalifragilisticexpialidocious-and-then-some-more-antidisestablishmentarianism"),
        QStringLiteral("Straße und STRASSE"),
        QStringLiteral("日本語 テキスト"),
    };
    QList<ChatMessage> batch;
    for (const QString& t : corpus) {
        ChatMessage m;
        m.friendKey = key(batch.size() % 2 ? 'a' : 'b');
        m.text = t;
        batch.append(m);
    }
    if (store)
        store->addMessages(batch);
    return store;
}

void TestHistorySearch::words()
{
    QCOMPARE(SearchTerms::words(QStringLiteral("Héllo, WORLD! it's 2024")),
        (QStringList{QStringLiteral("hello"), QStringLiteral("world"), QStringLiteral("it"), QStringLiteral("s"),
            QStringLiteral("2024")}));
    QCOMPARE(SearchTerms::words(QStringLiteral("ﬁne Straße")),
        (QStringList{QStringLiteral("fine"), QStringLiteral("strasse")}));
    QVERIFY(SearchTerms::words(QStringLiteral(" ,.;")).isEmpty());
}

void TestHistorySearch::semantics_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("plain") << QString();
    QTest::newRow("encrypted") << QStringLiteral("pw");
}

void TestHistorySearch::semantics()
{
    QFETCH(QString, password);
    auto store = fresh(password);
    QVERIFY(store);
    QCOMPARE(store->isEncrypted(), !password.isEmpty());
    auto find = [&](const QString& q, int limit = 50) { return texts(store->search(q, limit)); };

    QCOMPARE(find(QStringLiteral("hello")),
        (QStringList{QStringLiteral("hello there, General"), QStringLiteral("Hello world")})); // newest first
    QCOMPARE(find(QStringLiteral("hel")).size(), 3);
    QCOMPARE(find(QStringLiteral("HELLO general")), QStringList{QStringLiteral("hello there, General")});
    QCOMPARE(find(QStringLiteral("hello helicopter")), QStringList{});
    QCOMPARE(find(QStringLiteral("eclair")).size(), 1);
    QCOMPARE(find(QStringLiteral("CAFE")).size(), 1);
    QCOMPARE(find(QStringLiteral("hi")), QStringList{QStringLiteral("hi")}); // short words match whole words
    QCOMPARE(find(QStringLiteral("his")), QStringList{QStringLiteral("his history")});
    QCOMPARE(find(QStringLiteral("histo")).size(), 1);
    QCOMPARE(find(QStringLiteral("supercalifragilisticexpialidocious")).size(), 1); // beyond the longest prefix
    QCOMPARE(find(QStringLiteral("supercalifragilisticexpialidociousness")).size(), 0);
    QCOMPARE(find(QStringLiteral("antidisestablishmentarian")).size(), 1);
    QCOMPARE(find(QStringLiteral("strasse")).size(), 1);
    QCOMPARE(find(QStringLiteral("日本語")).size(), 1);
    QCOMPARE(find(QStringLiteral("hel"), 2).size(), 2);
    QCOMPARE(find(QStringLiteral("zzz")), QStringList{});
    QCOMPARE(find(QStringLiteral("  ,, ")), QStringList{});
    const QList<SearchHit> hits = store->search(QStringLiteral("world"), 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].message.friendKey, key('b'));
    QVERIFY(hits[0].message.id > 0);
    QVERIFY(hits[0].message.time.isValid());
}

void TestHistorySearch::searcherAnswersOffThread_data()
{
    semantics_data();
}

void TestHistorySearch::searcherAnswersOffThread()
{
    QFETCH(QString, password);
    auto store = fresh(password);
    QVERIFY(store);
    HistorySearcher searcher(store->readerSpec());
    QSignalSpy done(&searcher, &HistorySearcher::finished);
    searcher.search(QStringLiteral("first"), 10);
    searcher.search(QStringLiteral("second"), 10);
    searcher.search(QStringLiteral("hel"), 10); // only the newest is answered
    QVERIFY(done.wait(5000));
    QTest::qWait(200);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done[0][0].toString(), QStringLiteral("hel"));
    QCOMPARE(done[0][1].value<QList<SearchHit>>().size(), 3);
    QVERIFY(done[0][2].value<HistoryError>().ok());

    // Messages written after the searcher opened are found too.
    ChatMessage m;
    m.friendKey = key('c');
    m.text = QStringLiteral("fresh helium");
    QVERIFY(store->addMessage(m));
    searcher.search(QStringLiteral("helium"), 10);
    QVERIFY(done.wait(5000));
    QCOMPARE(done[1][1].value<QList<SearchHit>>().size(), 1);
}

QTEST_GUILESS_MAIN(TestHistorySearch)
#include "test_history_search.moc"
