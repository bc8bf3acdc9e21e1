// One client of the SOCKS5 listener while it negotiates: reads exactly the
// greeting and the CONNECT request (never more, so bytes the client sends
// early stay in the socket for the tunnel), then hands the socket to a
// tunnel and answers the client once the tunnel is established or failed.
// Deletes itself when done; owns the socket until the hand-over.
#pragma once

#include "tunnel/tunnelresult.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace warren::tunnel {

class StreamSocket;

/// Tunnels @p socket to @p host:@p port (the link takes the socket);
/// @p done answers the SOCKS client.
using Socks5Open = std::function<void(StreamSocket* socket, const QString& host, quint16 port, TunnelResult done)>;

class Socks5Session : public QObject {
    Q_OBJECT
public:
    /// Takes @p socket; gives up after @p handshakeTimeoutMs without a request.
    Socks5Session(StreamSocket* socket, Socks5Open open, int handshakeTimeoutMs, QObject* parent = nullptr);
    ~Socks5Session() override;

Q_SIGNALS:
    void note(const QString& message);

private:
    enum class Stage { Greeting, Request };
    void onReadable();
    /// Reads up to the size the current message needs; false when the socket is done.
    bool fill(qsizetype needed);
    void messageComplete();
    void handOver(const QString& host, quint16 port);
    void refuse(const QByteArray& reply, const QString& why);

    StreamSocket* m_socket;
    Socks5Open m_open;
    Stage m_stage = Stage::Greeting;
    QByteArray m_buffer;
    QTimer m_timeout;
};

} // namespace warren::tunnel
