#include "tunnel/localforward.h"

#include "tunnel/streamsocket.h"

namespace warren::tunnel {

LocalForward::LocalForward(ForwardSpec spec, Accept onAccept, QObject* parent)
    : QTcpServer(parent)
    , m_spec(std::move(spec))
    , m_onAccept(std::move(onAccept))
{
    setMaxPendingConnections(128);
}

bool LocalForward::start(QString* error, bool anyPortIfTaken)
{
    if (listen(m_spec.listenAddress, m_spec.listenPort))
        return true;
    if (anyPortIfTaken && m_spec.listenPort != 0 && listen(m_spec.listenAddress, 0))
        return true;
    if (error)
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_spec.listenAddress.toString())
                     .arg(m_spec.listenPort)
                     .arg(errorString());
    return false;
}

QString LocalForward::listenText() const
{
    const QHostAddress a = isListening() ? serverAddress() : m_spec.listenAddress;
    const QString host
        = a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString()) : a.toString();
    return QStringLiteral("%1:%2").arg(host).arg(isListening() ? serverPort() : m_spec.listenPort);
}

void LocalForward::incomingConnection(qintptr descriptor)
{
    // Many concurrent connections per forward: each is its own tunnel.
    m_onAccept(m_spec, new StreamSocket(static_cast<int>(descriptor)));
}

} // namespace warren::tunnel
