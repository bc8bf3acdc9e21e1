#include "app/tunnelclient.h"

#include "core/engine.h"
#include "tunnel/socks5server.h"
#include "tunnel/streamsocket.h"
#include "tunnel/tunnelcontrol.h"
#include "tunnel/tunnelservice.h"

#include <QLoggingCategory>

#include <cstdio>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcClient, "warren.tunnel.client")

namespace warren {

namespace {
using namespace warren::tunnel;
/// tuntox deletes and re-adds a server that is not online this long after the request.
constexpr int friendRetryMs = 45000;
constexpr int pingTimeoutMs = 10000;
} // namespace

TunnelClient::TunnelClient(
    Engine& engine, TunnelControl& control, const TunnelOptions& options, StdioFds stdio, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_control(control)
    , m_options(options)
    , m_stdio(stdio)
    , m_serverKey(options.server.publicKey())
{
    m_retryTimer.setInterval(friendRetryMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &TunnelClient::retryFriendRequest);
    m_pingTimer.setSingleShot(true);
    connect(&m_pingTimer, &QTimer::timeout, this,
        [this] { fail(QStringLiteral("no answer to the ping within %1 s").arg(pingTimeoutMs / 1000)); });
    connect(&m_engine, &Engine::friendConnectionChanged, this, &TunnelClient::serverConnection);
    connect(
        &m_control, &TunnelControl::serverRequestResult, this, [](const ToxAddress&, bool ok, const QString& error) {
            if (!ok)
                qCWarning(lcClient).noquote() << "friend request to the server:" << error;
        });
    connect(&m_control, &TunnelControl::forwardAdded, this, [this](const QString&, bool ok, const QString& error) {
        if (!ok)
            fail(error);
    });
}

TunnelClient::~TunnelClient()
{
    if (!m_stdioStarted) {
        if (m_stdio.in >= 0)
            ::close(m_stdio.in);
        if (m_stdio.out >= 0)
            ::close(m_stdio.out);
    }
}

void TunnelClient::start()
{
    befriend();
    for (const ForwardSpec& f : m_options.forwards)
        m_control.addForward(f);
    for (const ListenAddress& l : m_options.socks)
        startSocks(l);
}

void TunnelClient::befriend()
{
    qCInfo(lcClient).noquote() << "connecting to the tunnel server" << m_options.server.toHex();
    m_control.connectToServer(m_options.server, m_options.secret);
    m_retryTimer.start();
}

void TunnelClient::retryFriendRequest()
{
    if (m_serverConnection != Connection::None)
        return;
    qCInfo(lcClient) << "the server is not online" << friendRetryMs / 1000 << "s after the friend request;"
                     << "sending it again";
    m_engine.removeFriend(m_serverKey);
    m_control.connectToServer(m_options.server, m_options.secret);
}

void TunnelClient::serverConnection(const PublicKey& key, Connection c)
{
    if (key != m_serverKey || c == m_serverConnection)
        return;
    const bool wasOnline = m_serverConnection != Connection::None;
    m_serverConnection = c;
    if (c == Connection::None) {
        qCInfo(lcClient) << "the server went offline";
        return;
    }
    m_retryTimer.stop();
    if (!wasOnline)
        qCInfo(lcClient).noquote() << "the server is online over" << toString(c);
    if (!m_options.stdioHost.isEmpty() && !m_stdioStarted)
        startStdio();
    if (m_options.ping && !wasOnline)
        sendPing();
}

void TunnelClient::startSocks(const ListenAddress& listen)
{
    const PublicKey server = m_serverKey;
    m_control.post([this, listen, server](TunnelService& s) {
        auto* socks = new Socks5Server(
            [svc = &s, server](StreamSocket* socket, const QString& host, quint16 port, TunnelResult done) {
                svc->openTunnel(server, socket, host, port, QStringLiteral("socks5"), std::move(done));
            },
            &s);
        QObject::connect(
            socks, &Socks5Server::note, socks, [](const QString& m) { qCInfo(lcClient).noquote() << "SOCKS5:" << m; });
        QString error;
        if (!socks->start(listen.address, listen.port, &error)) {
            delete socks;
            QMetaObject::invokeMethod(
                this, [this, error] { fail(error); }, Qt::QueuedConnection);
            return;
        }
        qCInfo(lcClient).noquote() << "SOCKS5 server on" << socks->listenText();
        if (!listen.address.isLoopback())
            qCWarning(lcClient).noquote() << "the SOCKS5 server listens on" << socks->listenText()
                                          << "anyone who can reach this address can use the tunnels";
    });
}

void TunnelClient::startStdio()
{
    m_stdioStarted = true;
    const StdioFds fds = std::exchange(m_stdio, {});
    const PublicKey server = m_serverKey;
    const QString host = m_options.stdioHost;
    const quint16 port = m_options.stdioPort;
    m_control.post([this, fds, server, host, port](TunnelService& s) {
        auto* socket = new StreamSocket(fds.in, fds.out);
        // The socket goes away when the tunnel is over (or failed): then we exit.
        QObject::connect(socket, &QObject::destroyed, this, &TunnelClient::stdioClosed);
        s.openTunnel(
            server, socket, host, port, QStringLiteral("stdio"), [this](bool ok, DenyReason, const QString& why) {
                QMetaObject::invokeMethod(
                    this, [this, ok, why] { stdioResult(ok, why); }, Qt::QueuedConnection);
            });
    });
}

void TunnelClient::stdioResult(bool ok, const QString& why)
{
    m_stdioEstablished = ok;
    if (ok)
        qCInfo(lcClient).noquote() << "tunnel to"
                                   << QStringLiteral("%1:%2").arg(m_options.stdioHost).arg(m_options.stdioPort)
                                   << "established";
    else
        qCCritical(lcClient).noquote() << "tunnel to"
                                       << QStringLiteral("%1:%2").arg(m_options.stdioHost).arg(m_options.stdioPort)
                                       << "failed:" << why;
}

void TunnelClient::stdioClosed()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_stdioEstablished ? 0 : 1);
}

void TunnelClient::sendPing()
{
    m_pingTimer.start(pingTimeoutMs);
    const PublicKey server = m_serverKey;
    m_control.post([this, server](TunnelService& s) {
        s.ping(server, [this](double ms) {
            QMetaObject::invokeMethod(
                this,
                [this, ms] {
                    m_pingTimer.stop();
                    std::printf("PONG from %s: time=%.3f ms\n", qPrintable(m_options.server.toHex()), ms);
                    std::fflush(stdout);
                    if (!m_done) {
                        m_done = true;
                        Q_EMIT finished(0);
                    }
                },
                Qt::QueuedConnection);
        });
    });
}

void TunnelClient::fail(const QString& message)
{
    qCCritical(lcClient).noquote() << message;
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(1);
}

} // namespace warren
