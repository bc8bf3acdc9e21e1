#include "core/files/filetransfers.h"

#include "core/corehost.h"
#include "core/engine.h"
#include "core/files/filetransferservice.h"
#include "core/toxworker.h"

namespace warren {

namespace {
/// Owns the service on the core thread; CoreHost drops it before the worker.
class FileExtension : public CoreExtension {
public:
    explicit FileExtension(std::unique_ptr<FileTransferService> s)
        : m_service(std::move(s))
    {
    }

private:
    std::unique_ptr<FileTransferService> m_service;
};

FileTransferService* serviceOf(ToxWorker& w)
{
    return dynamic_cast<FileTransferService*>(w.fileHandler());
}
} // namespace

FileTransfers::FileTransfers(Engine& engine, const FileTransferConfig& config, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    registerFileTypes();
    engine.addWorkerExtension([this, config](ToxWorker& w) {
        auto s = std::make_unique<FileTransferService>(w, w, config);
        connect(s.get(), &FileTransferService::ready, this, &FileTransfers::ready);
        connect(s.get(), &FileTransferService::added, this, &FileTransfers::added);
        connect(s.get(), &FileTransferService::offered, this, &FileTransfers::offered);
        connect(s.get(), &FileTransferService::progress, this, &FileTransfers::progress);
        connect(s.get(), &FileTransferService::stateChanged, this, &FileTransfers::stateChanged);
        connect(s.get(), &FileTransferService::finished, this, &FileTransfers::finished);
        connect(s.get(), &FileTransferService::autoAcceptChanged, this, &FileTransfers::autoAcceptChanged);
        connect(s.get(), &FileTransferService::problem, this, &FileTransfers::problem);
        s->publishAll();
        return std::make_unique<FileExtension>(std::move(s));
    });
}

void FileTransfers::post(std::function<void(FileTransferService&)> f)
{
    m_engine.post([f = std::move(f)](ToxWorker& w) {
        if (FileTransferService* s = serviceOf(w))
            f(*s);
    });
}

void FileTransfers::sendFiles(const PublicKey& to, const QStringList& paths)
{
    post([to, paths](FileTransferService& s) { s.sendFiles(to, paths); });
}

void FileTransfers::accept(const PublicKey& from, const QString& id, const QString& folder)
{
    post([from, id, folder](FileTransferService& s) { s.accept(from, id, folder); });
}

void FileTransfers::reject(const PublicKey& from, const QString& id)
{
    cancel(from, id);
}

void FileTransfers::pause(const PublicKey& peer, const QString& id)
{
    post([peer, id](FileTransferService& s) { s.pause(peer, id); });
}

void FileTransfers::resume(const PublicKey& peer, const QString& id)
{
    post([peer, id](FileTransferService& s) { s.resume(peer, id); });
}

void FileTransfers::cancel(const PublicKey& peer, const QString& id)
{
    post([peer, id](FileTransferService& s) { s.cancel(peer, id); });
}

void FileTransfers::retry(const PublicKey& peer, const QString& id)
{
    post([peer, id](FileTransferService& s) { s.retry(peer, id); });
}

void FileTransfers::setAutoAccept(const PublicKey& peer, const QString& folder, quint64 maxSize)
{
    post([peer, folder, maxSize](FileTransferService& s) { s.setAutoAccept(peer, folder, maxSize); });
}

} // namespace warren
