// Opens an outgoing TCP connection for the server side of a tunnel: resolves
// the host (asynchronously), tries each address with a timeout, and hands
// over a connected StreamSocket or the reason it failed. One attempt per
// object; it deletes itself after finished().
#pragma once

#include "tunnel/protocol/extensions.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QHostInfo;
class QSocketNotifier;

namespace warren::tunnel {

class StreamSocket;

class TcpConnector : public QObject {
    Q_OBJECT
public:
    TcpConnector(QString host, quint16 port, int timeoutMs, QObject* parent = nullptr);
    ~TcpConnector() override;
    void start();
    /// Stops the attempt; finished() is not emitted.
    void cancel();

Q_SIGNALS:
    /// @p socket is null on failure; the receiver takes ownership (reparent it).
    void finished(warren::tunnel::StreamSocket* socket, warren::tunnel::DenyReason reason, const QString& detail);

private:
    void resolved(const QHostInfo& info);
    void tryNext();
    void connectDone();
    void finish(StreamSocket* s, DenyReason reason, const QString& detail);
    void closePending();

    QString m_host;
    quint16 m_port;
    QList<QHostAddress> m_addresses;
    int m_lookupId = -1;
    int m_fd = -1;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_timer;
    DenyReason m_lastReason = DenyReason::Unreachable;
    QString m_lastDetail;
    bool m_done = false;
};

} // namespace warren::tunnel
