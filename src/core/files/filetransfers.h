// The handle the GUI uses for file transfers, from its own thread. It
// installs a FileTransferService on the engine's core thread and talks to it
// only through queued invocations; the service's signals come back queued.
// Every transfer is named by the friend's public key and its id (64 hex
// digits, the Tox file id), which survives going offline and restarts.
//
// Typical use:
//   FileTransfers files(engine, {profileDir + "/NAME.transfers.json", downloads});
//   connect(&files, &FileTransfers::offered, ...);  // ask the user
//   files.sendFiles(friendKey, {"/home/me/a.iso"});
//   files.accept(friendKey, id);                      // into downloadFolder
//
// States (TransferState): Queued -> Offered -> Active <-> Paused -> Finished;
// Interrupted while the friend is offline or after a restart (continues by
// itself); Cancelled and Failed are final until retry(). Every state change
// comes with a reason in words (FileTransferInfo::reason).
//
// Lifetime: construct after Engine::start() and stop the Engine before
// destroying this handle (the service is installed with a reference to it).
#pragma once

#include "core/files/filetypes.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace warren {

class Engine;
class FileTransferService;

class FileTransfers : public QObject {
    Q_OBJECT
public:
    /// Installs the service; ready() follows once it runs, with the
    /// transfers remembered from the last run (config.storePath).
    FileTransfers(Engine& engine, const FileTransferConfig& config, QObject* parent = nullptr);

    /// Offers each file to @p to: added() per file. Queued while the friend
    /// is offline. A path that is not a readable file gives a Failed transfer.
    void sendFiles(const PublicKey& to, const QStringList& paths);
    /// Accepts an offer into @p folder (empty: config.downloadFolder). The
    /// name is the sanitized one (FileTransferInfo::name); an existing file
    /// is never overwritten ("name (2).ext"). Bytes go to "name.part" until
    /// complete. If the folder is unwritable the transfer stays Offered and
    /// stateChanged() says why.
    void accept(const PublicKey& from, const QString& id, const QString& folder = {});
    /// Declines an offer (same as cancel()).
    void reject(const PublicKey& from, const QString& id);
    /// Works in any direction and any live state; the friend sees it too.
    void pause(const PublicKey& peer, const QString& id);
    void resume(const PublicKey& peer, const QString& id);
    /// Stops for good; a receiver's .part file is deleted.
    void cancel(const PublicKey& peer, const QString& id);
    /// Continues a Failed, Cancelled or Interrupted transfer where it stopped
    /// (the receiver keeps its .part). A sender whose file changed meanwhile
    /// sends it as a new transfer (added() with a new id).
    void retry(const PublicKey& peer, const QString& id);
    /// Offers from @p peer up to @p maxSize bytes go to @p folder without
    /// asking (offered() still fires, then stateChanged(Active)).
    /// An empty @p folder turns it off.
    void setAutoAccept(const PublicKey& peer, const QString& folder, quint64 maxSize);
    /// Runs @p f with the service on the core thread (queued): for tests
    /// and benchmarks; @p f must capture values only.
    void post(std::function<void(FileTransferService&)> f);

Q_SIGNALS:
    /// The service runs: every remembered transfer and the auto-accept rules.
    void ready(const QList<warren::FileTransferInfo>& transfers, const QList<warren::AutoAcceptRule>& rules);
    /// We offer a new file (sendFiles or a retry of a changed file).
    void added(const warren::FileTransferInfo& info);
    /// A friend offers a file: ask the user, then accept() or reject().
    void offered(const warren::FileTransferInfo& info);
    /// About every 250 ms per moving transfer: bytes, speed and time left.
    void progress(const warren::FileProgress& progress);
    /// Any change of state, pause flags or reason.
    void stateChanged(const warren::FileTransferInfo& info);
    /// Complete; for received files info.path is where it was saved.
    void finished(const warren::FileTransferInfo& info);
    void autoAcceptChanged(const QList<warren::AutoAcceptRule>& rules);
    /// Something the user should know that belongs to no transfer (the
    /// transfer list could not be read or written).
    void problem(const QString& message);

private:
    Engine& m_engine;
};

} // namespace warren
