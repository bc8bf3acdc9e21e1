// A SOCKS5 listener (warren-tunnel -D, like tuntox's): each CONNECT becomes
// a tunnel to the requested host:port at one friend. Unlike tuntox, the
// client gets its success reply only once the friend accepted the tunnel
// (ACKTUNNEL), and a failure reply when it refused or did not answer.
// Lives on the core thread (a child of TunnelService).
#pragma once

#include "tunnel/socks5session.h"

#include <QHostAddress>
#include <QTcpServer>

namespace warren::tunnel {

class Socks5Server : public QTcpServer {
    Q_OBJECT
public:
    explicit Socks5Server(Socks5Open open, QObject* parent = nullptr);
    /// Binds; false with a sentence in @p error when it cannot.
    bool start(const QHostAddress& address, quint16 port, QString* error);
    /// "127.0.0.1:1080"
    QString listenText() const;
    /// Time a client has for its greeting and request (default 30 s).
    void setHandshakeTimeout(int ms) { m_handshakeTimeoutMs = ms; }

Q_SIGNALS:
    void note(const QString& message);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Socks5Open m_open;
    int m_handshakeTimeoutMs = 30000;
};

} // namespace warren::tunnel
