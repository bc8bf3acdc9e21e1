// A listening socket of a client forward. Each accepted connection becomes
// a tunnel request on the service; the listener keeps listening while the
// friend is offline (requests wait for it). Owned by TunnelService.
#pragma once

#include "tunnel/forwardspec.h"

#include <QTcpServer>

#include <functional>

namespace warren::tunnel {

class StreamSocket;

class LocalForward : public QTcpServer {
    Q_OBJECT
public:
    using Accept = std::function<void(const ForwardSpec&, StreamSocket*)>;
    LocalForward(ForwardSpec spec, Accept onAccept, QObject* parent = nullptr);
    const ForwardSpec& spec() const { return m_spec; }
    /// Binds; false with a sentence in @p error when the port is taken.
    /// With @p anyPortIfTaken it then tries any free port of the address.
    bool start(QString* error, bool anyPortIfTaken = false);
    QString listenText() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ForwardSpec m_spec;
    Accept m_onAccept;
};

} // namespace warren::tunnel
