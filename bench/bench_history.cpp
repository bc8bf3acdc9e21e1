// The chat history at scale: 1 million messages across 100 contacts, plain
// and encrypted. Measures opening a chat (its last page of 50) and
// full-history searches, against references measured in the same run on the
// same file: the bare indexed SQL page query without decoding, and the search
// a history without an index would need (a LIKE scan when plain, decrypting
// every row when encrypted). Also the fill rate, the file size and a search
// through HistorySearcher's thread. Touches no network; run it through
// scripts/isolated like every benchmark.
//
// Usage: bench_history [MESSAGES]. The last line printed is one JSON object.

#include "core/history/fieldcodec.h"
#include "core/history/historydb.h"
#include "core/history/historysearcher.h"
#include "core/history/historystore.h"
#include "core/history/searchterms.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace warren;

namespace {
constexpr int contactCount = 100;
constexpr int pageSize = 50;
constexpr int hitLimit = 200;
constexpr int batchSize = 10000;
constexpr int repeats = 15;
const QString rareWord = QStringLiteral("quasar"); // one message in 10000
const QString mediumWord = QStringLiteral("lighthouse"); // one in 100

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

PublicKey contactKey(int i)
{
    QByteArray raw(PublicKey::size, '\0');
    raw[0] = char(i + 1);
    raw[31] = char(0x5a);
    return PublicKey::fromBytes(raw);
}

/// Synthetic chat text: a Zipf-distributed vocabulary of 20000 made-up words.
class TextMaker {
public:
    TextMaker()
        : m_rng(20240501)
    {
        double sum = 0;
        for (int r = 0; r < 20000; ++r) {
            const int len = 2 + int(m_rng.bounded(9));
            QString w;
            for (int i = 0; i < len; ++i)
                w += QChar(u'a' + char16_t(m_rng.bounded(26)));
            m_words.append(w);
            sum += 1.0 / (r + 1);
            m_cumulative.append(sum);
        }
    }
    QString message(qint64 n)
    {
        const int count = 3 + int(m_rng.bounded(16));
        QStringList words;
        for (int i = 0; i < count; ++i) {
            const double x = m_rng.generateDouble() * m_cumulative.last();
            words.append(m_words[std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin()]);
        }
        if (n % 100 == 7)
            words.insert(count / 2, mediumWord);
        if (n % 10000 == 4242)
            words.insert(1, rareWord);
        QString text = words.join(QLatin1Char(' '));
        text[0] = text[0].toUpper();
        return text;
    }
    const QString& commonWord() const { return m_words.first(); }

private:
    QRandomGenerator m_rng;
    QStringList m_words;
    QList<double> m_cumulative;
};

/// Fills @p store with @p total messages; returns messages per second.
double fill(HistoryStore& store, qint64 total)
{
    TextMaker maker;
    QElapsedTimer t;
    t.start();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    for (qint64 done = 0; done < total;) {
        QList<ChatMessage> batch;
        for (int i = 0; i < batchSize && done < total; ++i, ++done) {
            ChatMessage m;
            m.friendKey = contactKey(int(QRandomGenerator::global()->bounded(contactCount)));
            m.outgoing = done % 2;
            m.text = maker.message(done);
            m.time = start.addSecs(done * 30);
            batch.append(m);
        }
        HistoryError e;
        if (!store.addMessages(batch, &e))
            qFatal("fill failed: %s", qPrintable(e.message));
    }
    return double(total) / (ms(t) / 1000.0);
}

/// The bare page query on its own connection: SQLite's floor for opening a chat.
double referencePage(const QString& path, int contactRow)
{
    HistoryDb db;
    if (!db.open(path, HistoryDb::Access::ReadOnly, nullptr))
        qFatal("reference connection failed");
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    QList<double> times;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        q.prepare(QStringLiteral("SELECT id, time, flags, state, body FROM messages WHERE contact = ? "
                                 "ORDER BY id DESC LIMIT ?"));
        q.addBindValue(contactRow + r % 10);
        q.addBindValue(pageSize);
        q.exec();
        int rows = 0;
        while (q.next())
            rows += q.value(4).isValid();
        times.append(ms(t));
        if (rows != pageSize)
            qFatal("reference page returned %d rows", rows);
    }
    q.finish();
    return median(times);
}

/// What a search costs without an index: LIKE over plain text, or
/// decrypting and matching every row newest first until enough hits.
double referenceSearch(const HistoryStore& store, const QString& word, int* found)
{
    HistoryDb db;
    if (!db.open(store.path(), HistoryDb::Access::ReadOnly, nullptr))
        qFatal("reference connection failed");
    const FieldCodec codec(store.readerSpec().keys);
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    *found = 0;
    if (!codec.encrypted()) {
        q.prepare(QStringLiteral("SELECT id FROM messages WHERE body LIKE ? ORDER BY id DESC LIMIT ?"));
        q.addBindValue(QStringLiteral("%%1%").arg(word));
        q.addBindValue(hitLimit);
        q.exec();
        while (q.next())
            ++*found;
        return ms(t);
    }
    q.exec(QStringLiteral("SELECT id, body FROM messages ORDER BY id DESC"));
    const QStringList words{word};
    while (*found < hitLimit && q.next()) {
        QString text;
        if (codec.readText(q.value(1), FieldCodec::ad('m', q.value(0).toLongLong()), &text)
            && text.contains(word, Qt::CaseInsensitive))
            ++*found;
    }
    return ms(t);
}

QJsonObject runMode(const QString& dir, const QString& password, qint64 total)
{
    const bool encrypted = !password.isEmpty();
    const QString label = encrypted ? QStringLiteral("encrypted") : QStringLiteral("plain");
    const QString path = QDir(dir).filePath(label + QStringLiteral(".history.db"));
    QJsonObject out;
    {
        HistoryError e;
        auto store = HistoryStore::open(path, password, &e);
        if (!store)
            qFatal("open failed: %s", qPrintable(e.message));
        std::printf("[%s] filling %lld messages...\n", qPrintable(label), static_cast<long long>(total));
        std::fflush(stdout);
        out[QStringLiteral("fill_msgs_per_s")] = qRound(fill(*store, total));
    }
    QElapsedTimer t;
    t.start();
    HistoryError e;
    auto store = HistoryStore::open(path, password, &e);
    out[QStringLiteral("reopen_ms")] = ms(t); // includes Argon2id when encrypted
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    out[QStringLiteral("file_mb")] = double(bytes) / 1e6;

    // Opening a chat: its last page; the first call on a cold statement, then repeats.
    QList<double> pages;
    for (int r = 0; r < repeats; ++r) {
        t.restart();
        const QList<ChatMessage> page = store->page(contactKey(r % contactCount), pageSize);
        pages.append(ms(t));
        if (page.size() != pageSize)
            qFatal("page returned %d messages", int(page.size()));
    }
    out[QStringLiteral("open_chat_first_ms")] = pages.first();
    out[QStringLiteral("open_chat_ms")] = median(pages);
    const QList<ChatMessage> last = store->page(contactKey(3), pageSize);
    t.restart();
    store->page(contactKey(3), pageSize, last.first().id - 500000);
    out[QStringLiteral("older_page_ms")] = ms(t);
    const double refPage = referencePage(path, 1);
    out[QStringLiteral("ref_page_sql_ms")] = refPage;
    out[QStringLiteral("open_chat_vs_bare_sql")] = median(pages) / refPage;

    // Searches through the index on the store's connection.
    TextMaker maker;
    const QList<std::pair<QString, QString>> queries{{QStringLiteral("rare"), rareWord},
        {QStringLiteral("medium"), mediumWord}, {QStringLiteral("common"), maker.commonWord()},
        {QStringLiteral("prefix"), mediumWord.left(5)},
        {QStringLiteral("two_words"), mediumWord + QLatin1Char(' ') + maker.commonWord()}};
    double worst = 0;
    for (const auto& [name, query] : queries) {
        QList<double> times;
        qsizetype hits = 0;
        for (int r = 0; r < 5; ++r) {
            t.restart();
            hits = store->search(query, hitLimit).size();
            times.append(ms(t));
        }
        worst = std::max(worst, median(times));
        out[QStringLiteral("search_%1_ms").arg(name)] = median(times);
        out[QStringLiteral("search_%1_hits").arg(name)] = int(hits);
    }
    out[QStringLiteral("search_worst_ms")] = worst;
    int refFound = 0;
    const double refSearch = referenceSearch(*store, rareWord, &refFound);
    out[QStringLiteral("ref_search_scan_ms")] = refSearch;
    out[QStringLiteral("ref_search_scan_hits")] = refFound;
    out[QStringLiteral("search_rare_speedup_vs_scan")] = refSearch / out[QStringLiteral("search_rare_ms")].toDouble();

    // End to end through the search thread, as ChatService does it.
    HistorySearcher searcher(store->readerSpec());
    QSignalSpy done(&searcher, &HistorySearcher::finished);
    t.restart();
    searcher.search(mediumWord, hitLimit);
    done.wait(30000);
    out[QStringLiteral("searcher_thread_ms")] = ms(t);

    std::printf("[%s] fill %d msg/s, file %.0f MB, reopen %.0f ms\n", qPrintable(label),
        out[QStringLiteral("fill_msgs_per_s")].toInt(), out[QStringLiteral("file_mb")].toDouble(),
        out[QStringLiteral("reopen_ms")].toDouble());
    std::printf(
        "[%s] open chat (last %d): %.2f ms median, %.2f ms first; bare SQL %.2f ms (x%.2f); older page %.2f ms\n",
        qPrintable(label), pageSize, median(pages), pages.first(), refPage, median(pages) / refPage,
        out[QStringLiteral("older_page_ms")].toDouble());
    for (const auto& [name, query] : queries)
        std::printf("[%s] search %-9s %-22s %7.2f ms, %d hits\n", qPrintable(label), qPrintable(name),
            qPrintable(QLatin1Char('"') + query + QLatin1Char('"')),
            out[QStringLiteral("search_%1_ms").arg(name)].toDouble(),
            out[QStringLiteral("search_%1_hits").arg(name)].toInt());
    std::printf("[%s] reference %s for \"%s\": %.1f ms (%d hits): index is x%.0f faster; via search thread %.2f ms\n",
        qPrintable(label), encrypted ? "decrypt-and-scan" : "LIKE scan", qPrintable(rareWord), refSearch, refFound,
        out[QStringLiteral("search_rare_speedup_vs_scan")].toDouble(),
        out[QStringLiteral("searcher_thread_ms")].toDouble());
    std::fflush(stdout);
    return out;
}
/// Adding a password to the plain history (every row rewritten, index
/// rebuilt, old pages purged), then changing it (the data key rewrapped).
QJsonObject runRekey(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("plain.history.db"));
    HistoryError e;
    auto store = HistoryStore::open(path, {}, &e);
    if (!store)
        qFatal("open failed: %s", qPrintable(e.message));
    QElapsedTimer t;
    t.start();
    int calls = 0;
    if (!store->setPassword(
            QStringLiteral("new password"), [&](qint64, qint64) { return ++calls > 0; }, &e))
        qFatal("re-key failed: %s", qPrintable(e.message));
    QJsonObject out;
    out[QStringLiteral("add_password_s")] = ms(t) / 1000.0;
    t.restart();
    if (!store->setPassword(QStringLiteral("newer password"), {}, &e))
        qFatal("rewrap failed: %s", qPrintable(e.message));
    out[QStringLiteral("change_password_ms")] = ms(t);
    t.restart();
    const qsizetype hits = store->search(mediumWord, hitLimit).size();
    out[QStringLiteral("search_after_rekey_ms")] = ms(t);
    std::printf("[rekey] adding a password: %.1f s (%d progress calls); changing it: %.0f ms; search after: %.2f ms, "
                "%d hits\n",
        out[QStringLiteral("add_password_s")].toDouble(), calls, out[QStringLiteral("change_password_ms")].toDouble(),
        out[QStringLiteral("search_after_rekey_ms")].toDouble(), int(hits));
    std::fflush(stdout);
    return out;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    registerChatTypes();
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary directory");
    QJsonObject result;
    result[QStringLiteral("bench")] = QStringLiteral("history");
    result[QStringLiteral("messages")] = total;
    result[QStringLiteral("contacts")] = contactCount;
    result[QStringLiteral("plain")] = runMode(dir.path(), {}, total);
    result[QStringLiteral("encrypted")] = runMode(dir.path(), QStringLiteral("bench password"), total);
    result[QStringLiteral("rekey")] = runRekey(dir.path());
    result[QStringLiteral("targets_met")]
        = result[QStringLiteral("plain")].toObject()[QStringLiteral("open_chat_ms")].toDouble() <= 100
        && result[QStringLiteral("encrypted")].toObject()[QStringLiteral("open_chat_ms")].toDouble() <= 100
        && result[QStringLiteral("plain")].toObject()[QStringLiteral("search_worst_ms")].toDouble() <= 300
        && result[QStringLiteral("encrypted")].toObject()[QStringLiteral("search_worst_ms")].toDouble() <= 300;
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
