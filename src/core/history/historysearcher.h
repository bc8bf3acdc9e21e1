// Runs searches on a thread of its own with its own read-only connection to
// the history (QtSql connections belong to one thread), so a search over a
// million messages never blocks the GUI thread. Only the newest request
// counts: one superseded by a newer search() is dropped, unanswered.
// Owns its thread; the destructor stops and joins it.
#pragma once

#include "core/history/historystore.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace warren {

class HistorySearcher : public QObject {
    Q_OBJECT
public:
    /// @p spec from HistoryStore::readerSpec(); make a new searcher after the store is re-keyed.
    explicit HistorySearcher(HistoryStore::ReaderSpec spec, QObject* parent = nullptr);
    ~HistorySearcher() override;

    /// Queues a search; finished() answers unless a newer search comes first.
    void search(const QString& query, int limit);

Q_SIGNALS:
    void finished(const QString& query, const QList<warren::SearchHit>& hits, const warren::HistoryError& error);

private:
    QThread m_thread;
    QObject* m_worker = nullptr; ///< lives on m_thread, deleted there when it finishes
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace warren
