// warren-tunnel as a client: befriends the server with the secret (and
// again when it is not online 45 s later, as tuntox does), opens the -L
// forwards and -D SOCKS5 listeners at once (connections wait for the
// server), and runs the -W stdio tunnel or the -p ping once it is online.
#pragma once

#include "app/tunneloptions.h"
#include "app/tunnelprocess.h"
#include "core/coreevents.h"

#include <QObject>
#include <QTimer>

namespace warren {

class Engine;
namespace tunnel {
class TunnelControl;
}

class TunnelClient : public QObject {
    Q_OBJECT
public:
    /// @p stdio: the descriptors a -W tunnel uses (taken over).
    TunnelClient(Engine& engine, tunnel::TunnelControl& control, const TunnelOptions& options, StdioFds stdio,
        QObject* parent = nullptr);
    ~TunnelClient() override;

    /// Starts; call once the engine runs.
    void start();

Q_SIGNALS:
    /// Nothing more to do: -W closed, -p answered, or a listener failed.
    void finished(int exitCode);

private:
    void befriend();
    void retryFriendRequest();
    void serverConnection(const PublicKey& key, Connection c);
    void startSocks(const ListenAddress& listen);
    void startStdio();
    void stdioResult(bool ok, const QString& why);
    void stdioClosed();
    void sendPing();
    void fail(const QString& message);

    Engine& m_engine;
    tunnel::TunnelControl& m_control;
    const TunnelOptions& m_options;
    StdioFds m_stdio;
    PublicKey m_serverKey;
    Connection m_serverConnection = Connection::None;
    QTimer m_retryTimer;
    QTimer m_pingTimer;
    bool m_stdioStarted = false;
    bool m_stdioEstablished = false;
    bool m_done = false;
};

} // namespace warren
