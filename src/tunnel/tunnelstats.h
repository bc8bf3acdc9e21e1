// Statistics and descriptions of tunnels, as value types for the GUI and
// the logs (they cross threads through queued signals).
#pragma once

#include "core/toxtypes.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace warren::tunnel {

/// Byte counters of one direction pair; "up" is local -> friend.
struct ByteCounters {
    qint64 up = 0;
    qint64 down = 0;
};

struct StreamInfo {
    quint16 connId = 0;
    QString target; ///< host:port on the server side
    ByteCounters bytes;
    qint64 openedAtMs = 0; ///< QDateTime::currentMSecsSinceEpoch()
    PublicKey friendKey; ///< the friend at the other end
    QString forwardId; ///< the client forward it belongs to; empty for other tunnels
    bool incoming = false; ///< the friend opened it to a service of ours
    double rateUp = 0; ///< bytes per second, over the last interval
    double rateDown = 0;
};

struct ForwardInfo {
    enum class State { Listening, Failed, Stopped };
    QString id; ///< stable id chosen by whoever added the forward
    PublicKey friendKey; ///< the tunnel server
    QString listen; ///< local address:port
    QString target; ///< host:port at the friend
    State state = State::Stopped;
    QString error; ///< why Failed, or the last stream error
    int openStreams = 0;
    ByteCounters bytes;
    double rateUp = 0; ///< bytes per second, over the last interval
    double rateDown = 0;
};

struct PeerInfo {
    PublicKey friendKey;
    Connection path = Connection::None; ///< direct UDP or TCP relay
    bool warrenPeer = false; ///< HELLO received: extensions on
    double rttMs = -1; ///< last keepalive round trip; -1 unknown
    int openStreams = 0;
    ByteCounters bytes;
    qint64 expressBytes = 0; ///< received bytes that came first in EXPRESS copies
};

} // namespace warren::tunnel

Q_DECLARE_METATYPE(warren::tunnel::ForwardInfo)
Q_DECLARE_METATYPE(warren::tunnel::PeerInfo)
Q_DECLARE_METATYPE(warren::tunnel::StreamInfo)
