#include "core/history/historysearcher.h"

#include "core/history/fieldcodec.h"
#include "core/history/historydb.h"
#include "core/history/historysearch.h"

namespace warren {

namespace {
/// The search thread's side: opens its connection on first use, in its thread.
class SearchWorker : public QObject {
public:
    SearchWorker(HistoryStore::ReaderSpec spec, std::shared_ptr<std::atomic<quint64>> latest)
        : m_spec(std::move(spec))
        , m_codec(m_spec.keys)
        , m_latest(std::move(latest))
    {
    }

    /// Returns false when the request was superseded before it ran.
    bool run(quint64 id, const QString& query, int limit, QList<SearchHit>* hits, HistoryError* error)
    {
        if (id != m_latest->load())
            return false;
        if (!m_db.isOpen() && !m_db.open(m_spec.path, HistoryDb::Access::ReadOnly, error))
            return true;
        *hits = HistorySearch::run(m_db, m_codec, query, limit, error);
        return true;
    }

private:
    HistoryStore::ReaderSpec m_spec;
    FieldCodec m_codec;
    HistoryDb m_db;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};
} // namespace

HistorySearcher::HistorySearcher(HistoryStore::ReaderSpec spec, QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<QList<SearchHit>>();
    qRegisterMetaType<HistoryError>();
    m_thread.setObjectName(QStringLiteral("warren-search"));
    auto* worker = new SearchWorker(std::move(spec), m_latest);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start(QThread::LowPriority);
}

HistorySearcher::~HistorySearcher()
{
    m_latest->fetch_add(1); // drop whatever is still queued
    m_thread.quit();
    m_thread.wait();
}

void HistorySearcher::search(const QString& query, int limit)
{
    const quint64 id = m_latest->fetch_add(1) + 1;
    auto* worker = static_cast<SearchWorker*>(m_worker);
    QMetaObject::invokeMethod(
        worker,
        [this, worker, id, query, limit, latest = m_latest] {
            QList<SearchHit> hits;
            HistoryError error;
            if (!worker->run(id, query, limit, &hits, &error))
                return;
            // Back on the searcher's thread; dropped there if superseded meanwhile.
            QMetaObject::invokeMethod(
                this,
                [this, id, query, hits, error, latest] {
                    if (id == latest->load())
                        Q_EMIT finished(query, hits, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace warren
