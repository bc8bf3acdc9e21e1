// Wakes the engine when toxcore's UDP socket becomes readable, so a packet
// that arrives while the engine sleeps is handled at once instead of after
// tox_iteration_interval(). toxcore does not expose its socket, so the waker
// finds it among the process's descriptors by its bound port.
#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace warren {

class SocketWaker : public QObject {
    Q_OBJECT
public:
    explicit SocketWaker(QObject* parent = nullptr);
    ~SocketWaker() override;

    /// Watches the UDP socket bound to @p udpPort. Returns false when no such
    /// socket is found (then the engine relies on its timer alone).
    bool watchUdpPort(quint16 udpPort);
    /// Stops watching; call before the Tox instance closes its socket.
    void stop();
    bool active() const { return m_notifier != nullptr; }

    /// The descriptor of the UDP socket bound to @p port, or -1.
    static int findUdpSocket(quint16 port);

Q_SIGNALS:
    void readable();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace warren
