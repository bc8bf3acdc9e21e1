#include "tunnel/socks5server.h"

#include "tunnel/streamsocket.h"

namespace warren::tunnel {

Socks5Server::Socks5Server(Socks5Open open, QObject* parent)
    : QTcpServer(parent)
    , m_open(std::move(open))
{
    setMaxPendingConnections(128);
}

bool Socks5Server::start(const QHostAddress& address, quint16 port, QString* error)
{
    if (listen(address, port))
        return true;
    if (error)
        *error = QStringLiteral("cannot listen for SOCKS5 on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(errorString());
    return false;
}

QString Socks5Server::listenText() const
{
    const QHostAddress a = serverAddress();
    const QString host
        = a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString()) : a.toString();
    return QStringLiteral("%1:%2").arg(host).arg(serverPort());
}

void Socks5Server::incomingConnection(qintptr descriptor)
{
    auto* session
        = new Socks5Session(new StreamSocket(static_cast<int>(descriptor)), m_open, m_handshakeTimeoutMs, this);
    connect(session, &Socks5Session::note, this, &Socks5Server::note);
}

} // namespace warren::tunnel
