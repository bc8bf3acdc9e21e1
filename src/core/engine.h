// The handle other threads use to drive the Tox engine. Owns the core
// thread; every command is a queued invocation onto it, every event comes
// back as a queued signal keyed by public key. Nothing here blocks on the
// core thread except stop().
#pragma once

#include "core/coreevents.h"
#include "core/corehost.h"
#include "core/engineconfig.h"

#include <QObject>
#include <QThread>

namespace warren {

class ToxWorker;

class Engine : public QObject {
    Q_OBJECT
public:
    explicit Engine(QObject* parent = nullptr);
    ~Engine() override;

    /// Starts the core thread and the engine in it; started() or failed() follows.
    void start(EngineConfig config);
    /// Saves, stops the engine and joins the core thread. Idempotent.
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    void bootstrap(const QList<BootstrapNode>& nodes);
    void sendFriendRequest(const ToxAddress& to, const QString& message);
    void acceptFriendRequest(const PublicKey& from);
    void removeFriend(const PublicKey& key);
    /// @p cookie is the caller's id for this message, echoed in messageSent/Failed.
    void sendMessage(const PublicKey& to, const QString& text, bool action, quint64 cookie);
    void setTyping(const PublicKey& to, bool typing);
    void setName(const QString& name);
    void setStatusMessage(const QString& message);
    void setStatus(UserStatus status);
    void setNospam(quint32 nospam);
    void saveNow();

    /// Creates a core-thread extension (tunnels) once the engine runs.
    void addExtension(ExtensionFactory factory);
    /// The same for extensions inside src/core that need the worker (files).
    void addWorkerExtension(WorkerExtensionFactory factory);
    /// Runs @p f on the core thread with the worker (queued). For wiring
    /// extensions, benchmarks and tests; @p f must capture values only.
    void post(std::function<void(ToxWorker&)> f);

Q_SIGNALS:
    void started(const warren::SelfInfo& self);
    void failed(const warren::EngineError& error);
    void selfChanged(const warren::SelfInfo& self);
    void selfConnectionChanged(warren::Connection c);
    void friendsLoaded(const QList<warren::FriendInfo>& friends);
    void friendAdded(const warren::FriendInfo& info);
    void friendRemoved(const warren::PublicKey& key);
    void friendRequestSent(const warren::ToxAddress& to, const warren::EngineError& error);
    void friendRequestReceived(const warren::PublicKey& from, const QString& message);
    void friendConnectionChanged(const warren::PublicKey& key, warren::Connection c);
    void friendStatusChanged(const warren::PublicKey& key, warren::UserStatus s);
    void friendNameChanged(const warren::PublicKey& key, const QString& name);
    void friendStatusMessageChanged(const warren::PublicKey& key, const QString& message);
    void friendTyping(const warren::PublicKey& key, bool typing);
    void messageReceived(const warren::PublicKey& from, const QString& text, bool action);
    void messageSent(const warren::PublicKey& to, quint64 cookie, quint32 receipt);
    void messageFailed(const warren::PublicKey& to, quint64 cookie, const QString& reason);
    void messageDelivered(const warren::PublicKey& to, quint32 receipt);
    void saveFailed(const QString& reason);

private:
    void wire(ToxWorker& w);

    QThread m_thread;
    CoreHost* m_host = nullptr; ///< lives on m_thread
};

} // namespace warren
