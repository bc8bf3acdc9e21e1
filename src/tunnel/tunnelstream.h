// One tunnel: a local TCP connection bridged to a friend over Tox frames.
// Owned by its PeerLink (the per-friend multiplexer), which asks it for one
// packet at a time when Tox can take one (sendOne) and hands it the frames
// that arrive for its tunnel id. Implements the three ways a stream may be
// limited: toxcore's send queue (the waiting packets), the peer's credit
// window (Warren peers) and our own socket's write buffer (credit we grant).
// With EXPRESS (Warren peers), small data whose lossless frame has to wait
// also leaves at once as a lossy copy, and the receiving stream takes such
// copies when they continue its stream exactly (protocol/express.h).
#pragma once

#include "core/packethandler.h"
#include "tunnel/protocol/extensions.h"
#include "tunnel/protocol/frame.h"
#include "tunnel/tunnelstats.h"

#include <QByteArray>
#include <QObject>

#include <deque>

namespace warren::tunnel {

class StreamSocket;
class TunnelStream;

/// What a stream needs from its link.
class StreamHost {
public:
    virtual ~StreamHost() = default;
    /// The stream has something to send (data, pending packet, close frame).
    virtual void streamReady(TunnelStream* s) = 0;
    /// A frame with no ordering constraint against data (CREDIT).
    virtual void sendControl(Frame f) = 0;
    /// The stream is done; the host forgets and deletes it.
    virtual void streamFinished(TunnelStream* s) = 0;
    /// toxcore refused our last lossless packet: what we send now waits.
    virtual bool sendBlocked() const = 0;
    /// Sends an EXPRESS packet (lossy, at once, best effort).
    virtual void sendExpress(QByteArrayView packet) = 0;
};

class TunnelStream : public QObject {
    Q_OBJECT
public:
    enum class Role { Client, Server };
    struct Options {
        bool creditFlow = false; ///< both peers agreed on credit flow control
        bool halfClose = false; ///< both agreed on half-close
        qint64 sendWindow = 0; ///< peer's initial window (credit flow only)
        qint64 receiveWindow = 0; ///< our initial window (credit flow only)
        bool express = false; ///< both agreed on EXPRESS copies (protocol/express.h)
        quint32 tag = 0; ///< forward id of the tunnel's REQUESTTUNNEL, names it in EXPRESS
    };

    TunnelStream(StreamHost& host, Role role, quint16 connId, StreamSocket* socket, const Options& options,
        QObject* parent = nullptr);
    ~TunnelStream() override;

    Role role() const { return m_role; }
    quint16 connId() const { return m_connId; }
    quint32 tag() const { return m_opt.tag; }
    /// Bytes delivered from EXPRESS copies, ahead of their lossless frames.
    qint64 expressBytes() const { return m_expressDown; }
    const ByteCounters& bytes() const { return m_bytes; }
    QString forwardId; ///< the client forward it belongs to (stats)
    QString target; ///< host:port (stats, logs)
    qint64 openedAtMs = 0;

    enum class SendResult { Sent, Blocked, Idle };
    /// Sends at most one packet through @p sender.
    SendResult sendOne(IPacketSender& sender, const PublicKey& to);
    /// True when sendOne() has something to do.
    bool ready() const;

    // Frames that arrived for this tunnel.
    void receiveData(QByteArrayView data);
    /// An EXPRESS copy of the friend's bytes from stream position @p offset.
    void receiveExpress(quint64 offset, QByteArrayView data);
    void receiveCredit(quint32 bytes);
    void receiveHalfClose(HalfCloseDirection d);
    void receiveFin();
    /// The friend went away or the service stops: close the local side.
    void abort(const QString& why);

Q_SIGNALS:
    /// A user-visible note about this stream (closed with an error, ...).
    void note(const QString& message);

private:
    enum class CloseFrame { None, HalfClose, Fin };
    void onReadable();
    void readAhead();
    void queueData(QByteArrayView data);
    void sendExpressCopy(qint64 offset, QByteArrayView data);
    void deliver(QByteArrayView data);
    void onSocketFailed(const QString& reason);
    void maybeGrantCredit();
    void maybeFinish();
    void finish();
    bool canRead() const;

    StreamHost& m_host;
    Role m_role;
    quint16 m_connId;
    StreamSocket* m_socket;
    Options m_opt;
    ByteCounters m_bytes;

    /// Sealed packets toxcore has not taken yet, oldest first: at most one,
    /// or up to expressQueuePackets for an EXPRESS stream, which keeps
    /// reading while toxcore paces its lossless packets.
    std::deque<QByteArray> m_queue;
    bool m_readable = false; ///< the socket reported data; read until WouldBlock
    bool m_localEof = false; ///< our socket reached end of file
    CloseFrame m_closeDue = CloseFrame::None; ///< to send after the data already read
    bool m_closeSent = false; ///< HALF_CLOSE(write) or FIN sent
    bool m_remoteEof = false; ///< the friend sent HALF_CLOSE(write)
    bool m_finSent = false;
    bool m_finished = false;

    qint64 m_sendLimit = 0; ///< credit flow: total bytes we may send
    qint64 m_granted = 0; ///< credit flow: total bytes we allowed the peer
    qint64 m_losslessDown = 0; ///< stream bytes that arrived in lossless TCP frames
    qint64 m_expressDown = 0; ///< of m_bytes.down, those an EXPRESS copy delivered first
};

} // namespace warren::tunnel
