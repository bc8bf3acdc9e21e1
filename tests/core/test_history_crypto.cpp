// An encrypted history at rest: neither the database nor its WAL holds the
// plain text of a message, of its words, of an alias or of a request; a
// wrong or missing password is a typed error; re-keying (new password,
// password removed, password added, cancelled) keeps every message readable
// and searchable, and leaves no plain text behind.
#include "core/history/historystore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;
using K = HistoryError::Kind;

namespace {
const QString secretText = QStringLiteral("Quetzalcoatl xylophonist visited Zanzibarian marmalade factories");
const QStringList secretWords{QStringLiteral("Quetzalcoatl"), QStringLiteral("xylophonist"),
    QStringLiteral("Zanzibarian"), QStringLiteral("marmalade"), QStringLiteral("factories")};
const QString aliasText = QStringLiteral("Gwendolyn Snickerdoodle");
const QString requestText = QStringLiteral("Befriend the mysterious Ozymandias");

PublicKey key(char c)
{
    return PublicKey::fromBytes(QByteArray(PublicKey::size, c));
}

QByteArray raw(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every needle that must not appear in the files, in the encodings SQLite could use.
QStringList leaks(const QString& dbPath)
{
    QByteArray bytes = raw(dbPath) + raw(dbPath + QStringLiteral("-wal"));
    const QByteArray lower = bytes.toLower();
    QStringList needles = secretWords;
    needles << secretText << aliasText << QStringLiteral("Snickerdoodle") << QStringLiteral("Ozymandias")
            << QStringLiteral("mysterious");
    QStringList found;
    for (const QString& n : std::as_const(needles)) {
        const QByteArray utf8 = n.toLower().toUtf8();
        QByteArray utf16;
        for (QChar c : n.toLower()) {
            utf16 += char(c.unicode() & 0xff);
            utf16 += char(c.unicode() >> 8);
        }
        if (lower.contains(utf8) || lower.contains(utf16))
            found << n;
    }
    return found;
}

void fill(HistoryStore& store)
{
    ChatMessage m;
    m.friendKey = key('a');
    m.text = secretText;
    QVERIFY(store.addMessage(m));
    for (int i = 0; i < 300; ++i) {
        ChatMessage filler;
        filler.friendKey = key('b');
        filler.outgoing = i % 2;
        filler.text = QStringLiteral("filler message number %1").arg(i);
        QVERIFY(store.addMessage(filler));
    }
    QVERIFY(store.setAlias(key('a'), aliasText));
    QVERIFY(store.putRequest({key('c'), requestText, QDateTime::currentDateTimeUtc()}));
}

void checkReadable(HistoryStore& store)
{
    QCOMPARE(store.page(key('a'), 10).value(0).text, secretText);
    QCOMPARE(store.extras(key('a')).alias, aliasText);
    QCOMPARE(store.requests().value(0).message, requestText);
    QCOMPARE(store.search(QStringLiteral("xylophonist"), 10).size(), 1);
    QCOMPARE(store.search(QStringLiteral("QUETZAL"), 10).value(0).message.text, secretText);
    QCOMPARE(store.search(QStringLiteral("filler 29"), 100).size(), 1);
    QCOMPARE(store.search(QStringLiteral("filler numb"), 500).size(), 300);
}
} // namespace

class TestHistoryCrypto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void noPlainTextAtRest();
    void plainHistoryDoesHoldText();
    void wrongOrMissingPassword();
    void changePasswordRewraps();
    void removeAndAddPassword();
    void cancelledRekeyChangesNothing();
    void tamperedRowIsReported();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestHistoryCrypto::noPlainTextAtRest()
{
    const QString p = path(QStringLiteral("sealed.db"));
    HistoryError e;
    auto store = HistoryStore::open(p, QStringLiteral("correct horse"), &e);
    QVERIFY2(store, qPrintable(e.message));
    QVERIFY(store->isEncrypted());
    fill(*store);
    checkReadable(*store);
    QVERIFY(QFile::exists(p + QStringLiteral("-wal"))); // still open: the data sits in the WAL
    QCOMPARE(leaks(p), QStringList{});
    store.reset();
    QCOMPARE(leaks(p), QStringList{});
    store = HistoryStore::open(p, QStringLiteral("correct horse"), &e);
    QVERIFY2(store, qPrintable(e.message));
    checkReadable(*store);
}

void TestHistoryCrypto::plainHistoryDoesHoldText()
{
    // The grep above must be able to see text: a plain history shows it.
    const QString p = path(QStringLiteral("plain.db"));
    auto store = HistoryStore::open(p, {}, nullptr);
    fill(*store);
    checkReadable(*store);
    QVERIFY(leaks(p).contains(QStringLiteral("xylophonist")));
}

void TestHistoryCrypto::wrongOrMissingPassword()
{
    const QString p = path(QStringLiteral("locked.db"));
    QVERIFY(HistoryStore::open(p, QStringLiteral("right"), nullptr));
    HistoryError e;
    QVERIFY(!HistoryStore::open(p, QStringLiteral("wrong"), &e));
    QCOMPARE(e.kind, K::WrongPassword);
    QVERIFY(!e.message.isEmpty());
    QVERIFY(!HistoryStore::open(p, {}, &e));
    QCOMPARE(e.kind, K::PasswordRequired);
    QVERIFY(HistoryStore::open(p, QStringLiteral("right"), &e));
}

void TestHistoryCrypto::changePasswordRewraps()
{
    const QString p = path(QStringLiteral("rewrap.db"));
    auto store = HistoryStore::open(p, QStringLiteral("old"), nullptr);
    fill(*store);
    HistoryError e;
    QVERIFY2(store->setPassword(QStringLiteral("new"), {}, &e), qPrintable(e.message));
    checkReadable(*store);
    store.reset();
    QVERIFY(!HistoryStore::open(p, QStringLiteral("old"), &e));
    QCOMPARE(e.kind, K::WrongPassword);
    store = HistoryStore::open(p, QStringLiteral("new"), &e);
    QVERIFY2(store, qPrintable(e.message));
    checkReadable(*store);
    // A new data key rewrites every row, and the old key's rows are gone.
    QVERIFY2(store->setPassword(QStringLiteral("newer"), {}, &e, true), qPrintable(e.message));
    checkReadable(*store);
    QCOMPARE(leaks(p), QStringList{});
}

void TestHistoryCrypto::removeAndAddPassword()
{
    const QString p = path(QStringLiteral("toggle.db"));
    auto store = HistoryStore::open(p, QStringLiteral("pw"), nullptr);
    fill(*store);
    HistoryError e;
    QVERIFY2(store->setPassword({}, {}, &e), qPrintable(e.message));
    QVERIFY(!store->isEncrypted());
    checkReadable(*store);
    store.reset();
    store = HistoryStore::open(p, {}, &e);
    QVERIFY2(store, qPrintable(e.message));
    QVERIFY(!store->isEncrypted());
    checkReadable(*store);

    qint64 lastDone = 0, lastTotal = 0;
    QVERIFY2(store->setPassword(
                 QStringLiteral("again"),
                 [&](qint64 done, qint64 total) {
                     lastDone = done;
                     lastTotal = total;
                     return true;
                 },
                 &e),
        qPrintable(e.message));
    QCOMPARE(lastDone, 301);
    QCOMPARE(lastTotal, 301);
    QVERIFY(store->isEncrypted());
    checkReadable(*store);
    QCOMPARE(leaks(p), QStringList{});
    store.reset();
    QCOMPARE(leaks(p), QStringList{});
    QVERIFY(!HistoryStore::open(p, {}, &e));
    QCOMPARE(e.kind, K::PasswordRequired);
    store = HistoryStore::open(p, QStringLiteral("again"), &e);
    QVERIFY2(store, qPrintable(e.message));
    checkReadable(*store);
}

void TestHistoryCrypto::cancelledRekeyChangesNothing()
{
    const QString p = path(QStringLiteral("cancel.db"));
    auto store = HistoryStore::open(p, {}, nullptr);
    fill(*store);
    HistoryError e;
    QVERIFY(!store->setPassword(
        QStringLiteral("pw"), [](qint64, qint64) { return false; }, &e));
    QCOMPARE(e.kind, K::Cancelled);
    QVERIFY(!store->isEncrypted());
    QVERIFY(!store->isBusy());
    checkReadable(*store);
    ChatMessage more;
    more.friendKey = key('a');
    more.text = QStringLiteral("still writable");
    QVERIFY(store->addMessage(more));
    store.reset();
    store = HistoryStore::open(p, {}, &e);
    QVERIFY2(store, qPrintable(e.message));
    checkReadable(*store);
}

void TestHistoryCrypto::tamperedRowIsReported()
{
    const QString p = path(QStringLiteral("tamper.db"));
    {
        auto store = HistoryStore::open(p, QStringLiteral("pw"), nullptr);
        fill(*store);
    }
    {
        // Move message 1's sealed text onto message 2: the tag binds it to its row.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(p);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE messages SET body = (SELECT body FROM messages WHERE id = 1), "
                                      "contact = (SELECT contact FROM messages WHERE id = 1) WHERE id = 2")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    HistoryError e;
    auto store = HistoryStore::open(p, QStringLiteral("pw"), &e);
    QVERIFY2(store, qPrintable(e.message));
    QVERIFY(store->page(key('a'), 10, 0, &e).isEmpty());
    QCOMPARE(e.kind, K::Corrupted);
}

QTEST_GUILESS_MAIN(TestHistoryCrypto)
#include "test_history_crypto.moc"
