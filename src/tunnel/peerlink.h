// Everything between us and one friend on the tunnel protocol: the HELLO
// negotiation, the tunnel table, requests in both directions, and the send
// scheduler. Frames leave in this order: HELLO first, then control frames
// (ACK, DENY, CREDIT, PONG, ...), then stream data round-robin, one packet
// per stream per round, so one busy stream cannot starve the others. When
// toxcore's queue is full the link stops and resumes on the next
// sendQueueMayHaveSpace(); nothing is dropped.
#pragma once

#include "core/packethandler.h"
#include "tunnel/protocol/express.h"
#include "tunnel/protocol/extensions.h"
#include "tunnel/protocol/offerframes.h"
#include "tunnel/tunnelresult.h"
#include "tunnel/tunnelstats.h"
#include "tunnel/tunnelstream.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace warren::tunnel {

class StreamSocket;
class TcpConnector;

struct LinkSettings {
    quint32 receiveWindow = 1 << 20; ///< credit window we offer per stream
    int requestTimeoutMs = 30000; ///< no ACK/DENY by then: give up (tuntox denies silently)
    int offlineWaitMs = 120000; ///< a connection made while the friend is offline waits this long
    int connectTimeoutMs = 15000; ///< server: connecting to the target
    int keepaliveMs = 15000;
    int maxStreams = 1000; ///< per friend
    int helloWaitMs = 5000; ///< online this long without a HELLO: a tuntox peer
    bool express = true; ///< offer EXPRESS copies to Warren peers (off: plain lossless only)
};

class PeerLink : public QObject, public StreamHost {
    Q_OBJECT
public:
    /// Whether the friend may reach host:port (the server side's decision).
    using Admission = std::function<bool(const PublicKey&, QStringView host, quint16 port)>;
    PeerLink(IPacketSender& sender, const PublicKey& friendKey, Admission admission, const LinkSettings& settings,
        QObject* parent = nullptr);
    ~PeerLink() override;

    const PublicKey& friendKey() const { return m_friend; }
    bool online() const { return m_path != Connection::None; }
    bool warrenPeer() const { return m_peer.has_value(); }
    OfferSupport offerSupport() const;
    PeerInfo info() const;
    /// Streams of a client forward, for its statistics.
    void addForwardStats(const QString& forwardId, int* open, ByteCounters* bytes) const;
    /// The open streams, both directions (rates left at 0 for the caller).
    QList<StreamInfo> streams() const;

    void setConnection(Connection c);
    void receive(const FrameView& f);
    /// An EXPRESS packet from the friend (ignored unless both agreed on it).
    void receiveExpress(const ExpressView& e);
    /// Sends what it can; called when something became ready or Tox has room.
    void pump();

    /// Client side: tunnel @p local to @p host:@p port at the friend. The
    /// link owns @p local from now on; the request waits while the friend
    /// is offline (up to the request timeout). @p done, if set, learns how
    /// the request ended (see TunnelResult).
    void openTunnel(
        StreamSocket* local, const QString& host, quint16 port, const QString& forwardId, TunnelResult done = {});

    // StreamHost
    void streamReady(TunnelStream* s) override;
    void sendControl(Frame f) override;
    void streamFinished(TunnelStream* s) override;
    bool sendBlocked() const override { return m_blocked; }
    void sendExpress(QByteArrayView packet) override;

Q_SIGNALS:
    /// Something worth a line in the log and the UI.
    void note(const warren::PublicKey& friendKey, const QString& message);
    /// Online, offline, HELLO arrived, or none came in time (see offerSupport()).
    void peerChanged(const warren::PublicKey& friendKey);
    // Remote-forward frames, parsed; only from a friend that announced them.
    void offerReceived(const warren::PublicKey& friendKey, const warren::tunnel::OfferMessage& m);
    void answerReceived(const warren::PublicKey& friendKey, const warren::tunnel::AnswerMessage& m);
    void withdrawReceived(const warren::PublicKey& friendKey, const warren::tunnel::WithdrawMessage& m);

private:
    struct PendingRequest {
        quint32 forwardId = 0;
        QString host;
        quint16 port = 0;
        QString forward;
        StreamSocket* socket = nullptr;
        qint64 createdMs = 0;
        bool sent = false;
        TunnelResult done;
    };

    void enqueue(const Frame& f);
    void ensureHello();
    void onRequestTunnel(const FrameView& f);
    void onAckTunnel(const FrameView& f);
    void onDeny(const FrameView& f);
    void onPong(QByteArrayView data);
    void onOfferFrame(const FrameView& f);
    void serverConnected(
        quint32 forwardId, const QString& target, StreamSocket* socket, DenyReason reason, const QString& detail);
    void deny(quint16 port, quint32 forwardId, DenyReason reason, const QString& text);
    void failRequest(quint32 forwardId, const QString& why, DenyReason reason = DenyReason::Unspecified);
    void sendPendingRequests();
    void tick();
    void dropAll(const QString& why);
    TunnelStream::Options streamOptions(quint32 tag) const;
    quint32 capabilities() const;
    quint16 allocateConnId();
    void schedulePump();

    IPacketSender& m_sender;
    PublicKey m_friend;
    Admission m_admission;
    LinkSettings m_settings;
    Connection m_path = Connection::None;

    bool m_helloSent = false;
    qint64 m_onlineSinceMs = 0;
    bool m_helloMissing = false; ///< online past helloWaitMs, or another frame came first
    std::optional<Negotiated> m_peer;
    std::deque<QByteArray> m_control; ///< encoded frames, sent before any data
    QList<QPointer<TunnelStream>> m_ready;
    QHash<quint16, TunnelStream*> m_streams;
    QHash<quint32, PendingRequest> m_requests; ///< client: by forward id
    QHash<quint32, QPointer<TcpConnector>> m_connects; ///< server: by forward id
    quint32 m_nextForwardId = 1; ///< random start: EXPRESS tags stay unique across restarts
    quint16 m_nextConnId = 1;
    QTimer m_tick;
    bool m_pumpScheduled = false;
    bool m_blocked = false;
    qint64 m_lastKeepaliveMs = 0;
    double m_rttMs = -1;
    ByteCounters m_closedBytes; ///< of streams already gone
    qint64 m_closedExpress = 0; ///< EXPRESS bytes of streams already gone
    QHash<QString, ByteCounters> m_closedByForward;
};

} // namespace warren::tunnel
