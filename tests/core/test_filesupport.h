// Shared by the test_file_* tests: an engine with its FileTransfers handle
// and a record of everything the handle reported, plus file helpers.
#pragma once

#include "memorysavesink.h"
#include "tcptestutil.h"
#include "toxtestnet.h"

#include "core/files/filetransfers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>

#include <QTest>

#include <memory>

namespace QTest {
template <>
inline char* toString(const warren::TransferState& s)
{
    return qstrdup(qPrintable(warren::transferStateName(s)));
}
} // namespace QTest

namespace warren::test {

class FilePeer : public QObject {
public:
    explicit FilePeer(const QString& label)
        : node(label)
    {
    }

    /// Starts (or restarts with the same identity) the engine and the file
    /// service with @p config; waits for ready().
    bool start(const FileTransferConfig& config)
    {
        stop();
        if (!node.start(loopbackConfig(sink->data(), sink)))
            return false;
        files = std::make_unique<FileTransfers>(node.engine(), config);
        FileTransfers* f = files.get();
        connect(
            f, &FileTransfers::ready, this, [this](const QList<FileTransferInfo>& all, const QList<AutoAcceptRule>&) {
                for (const FileTransferInfo& i : all)
                    last.insert(i.id, i);
                isReady = true;
            });
        connect(f, &FileTransfers::added, this, [this](const FileTransferInfo& i) {
            added.append(i);
            last.insert(i.id, i);
        });
        connect(f, &FileTransfers::offered, this, [this](const FileTransferInfo& i) {
            offers.append(i);
            last.insert(i.id, i);
        });
        connect(f, &FileTransfers::stateChanged, this, [this](const FileTransferInfo& i) {
            last.insert(i.id, i);
            history[i.id].append(i);
        });
        connect(f, &FileTransfers::finished, this, [this](const FileTransferInfo& i) {
            last.insert(i.id, i);
            done.append(i);
        });
        connect(f, &FileTransfers::progress, this, [this](const FileProgress& p) { progress[p.id] = p; });
        connect(f, &FileTransfers::problem, this, [this](const QString& m) { problems.append(m); });
        return waitUntil([this] { return isReady; }, 10000);
    }

    void stop()
    {
        node.stop(); // joins the core thread: the service is gone after this
        files.reset();
        isReady = false;
        last.clear();
        history.clear();
        progress.clear();
        offers.clear();
        added.clear();
        done.clear();
        problems.clear();
    }

    TransferState state(const QString& id) const { return last.value(id).state; }
    bool waitState(const QString& id, TransferState s, int timeoutMs = 120000)
    {
        return waitUntil([&] { return last.contains(id) && last.value(id).state == s; }, timeoutMs);
    }

    TestNode node;
    std::shared_ptr<MemorySaveSink> sink = std::make_shared<MemorySaveSink>();
    std::unique_ptr<FileTransfers> files;
    bool isReady = false;
    QHash<QString, FileTransferInfo> last;
    QHash<QString, QList<FileTransferInfo>> history;
    QHash<QString, FileProgress> progress;
    QList<FileTransferInfo> offers;
    QList<FileTransferInfo> added;
    QList<FileTransferInfo> done;
    QStringList problems;
};

/// Writes @p size bytes of pattern @p seed to @p path; returns its SHA-256.
inline QByteArray writePatternFile(const QString& path, quint64 seed, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    constexpr qint64 piece = 1 << 20;
    for (qint64 off = 0; off < size; off += piece)
        f.write(patternBytes(seed, off, std::min(piece, size - off)));
    f.close();
    return patternSha256(seed, size);
}

inline QByteArray fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

} // namespace warren::test
