#include "tunnel/tunnelstream.h"

#include "tunnel/protocol/express.h"
#include "tunnel/streamsocket.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStream, "warren.tunnel.stream")

namespace warren::tunnel {

namespace {
/// Chunks up to this size get an EXPRESS copy when their lossless frame
/// waits: small, interactive writes. Bulk data gains nothing from a copy.
constexpr qsizetype expressMaxData = 1024;
/// How far an EXPRESS stream reads ahead of toxcore's lossless queue.
constexpr size_t expressQueuePackets = 32;

/// One buffer for every stream: the core thread sends one packet at a time.
PacketBuffer& scratch()
{
    static thread_local PacketBuffer buffer;
    return buffer;
}

ExpressBuffer& expressScratch()
{
    static thread_local ExpressBuffer buffer;
    return buffer;
}
} // namespace

TunnelStream::TunnelStream(
    StreamHost& host, Role role, quint16 connId, StreamSocket* socket, const Options& options, QObject* parent)
    : QObject(parent)
    , openedAtMs(QDateTime::currentMSecsSinceEpoch())
    , m_host(host)
    , m_role(role)
    , m_connId(connId)
    , m_socket(socket)
    , m_opt(options)
    , m_sendLimit(options.sendWindow)
    , m_granted(options.receiveWindow)
{
    m_socket->setParent(this);
    connect(m_socket, &StreamSocket::readyRead, this, &TunnelStream::onReadable);
    connect(m_socket, &StreamSocket::failed, this, &TunnelStream::onSocketFailed);
    connect(m_socket, &StreamSocket::bytesWritten, this, [this] {
        maybeGrantCredit();
        maybeFinish();
    });
    m_socket->setReadEnabled(true);
}

TunnelStream::~TunnelStream() = default;

bool TunnelStream::canRead() const
{
    if (!m_socket || !m_socket->isOpen() || m_localEof || m_closeDue != CloseFrame::None || m_finished)
        return false;
    return !m_opt.creditFlow || m_bytes.up < m_sendLimit;
}

bool TunnelStream::ready() const
{
    if (m_finished)
        return false;
    return !m_queue.empty() || (m_closeDue != CloseFrame::None && !m_closeSent) || (m_readable && canRead());
}

void TunnelStream::onReadable()
{
    m_readable = true;
    m_socket->setReadEnabled(false); // level-triggered: we read when Tox can take it
    if (m_opt.express && (!m_queue.empty() || m_host.sendBlocked()))
        readAhead(); // a lossless frame would wait: send small data as EXPRESS now
    m_host.streamReady(this);
}

void TunnelStream::readAhead()
{
    while (m_readable && canRead() && m_queue.size() < expressQueuePackets) {
        qsizetype max = PacketBuffer::dataCapacity();
        if (m_opt.creditFlow)
            max = std::min<qsizetype>(max, m_sendLimit - m_bytes.up);
        PacketBuffer& buf = scratch();
        const qsizetype n = m_socket->read(buf.data(), max);
        if (n > 0) {
            const qint64 offset = m_bytes.up;
            m_bytes.up += n;
            queueData(QByteArrayView(buf.data(), n));
            sendExpressCopy(offset, QByteArrayView(buf.data(), n));
            continue;
        }
        m_readable = false;
        if (n == StreamSocket::WouldBlock) {
            m_socket->setReadEnabled(true);
        } else if (n == StreamSocket::EndOfFile) {
            m_localEof = true;
            m_closeDue = m_opt.halfClose ? CloseFrame::HalfClose : CloseFrame::Fin;
        } // Error: onSocketFailed already asked for a FIN
    }
}

void TunnelStream::queueData(QByteArrayView data)
{
    // Small writes that wait share one frame: toxcore's budget counts packets.
    if (!m_queue.empty() && m_queue.back().size() + data.size() <= maxPacketSize) {
        QByteArray& last = m_queue.back();
        last.append(data);
        writeHeader(last.data(), FrameType::Tcp, m_connId, static_cast<quint16>(last.size() - frameHeaderSize));
        return;
    }
    QByteArray packet(frameHeaderSize, Qt::Uninitialized);
    writeHeader(packet.data(), FrameType::Tcp, m_connId, static_cast<quint16>(data.size()));
    packet.append(data);
    m_queue.push_back(std::move(packet));
}

void TunnelStream::sendExpressCopy(qint64 offset, QByteArrayView data)
{
    if (!m_opt.express || data.size() > expressMaxData)
        return;
    m_host.sendExpress(expressScratch().build(m_connId, m_opt.tag, static_cast<quint64>(offset), data));
}

TunnelStream::SendResult TunnelStream::sendOne(IPacketSender& sender, const PublicKey& to)
{
    using R = IPacketSender::SendResult;
    if (m_finished)
        return SendResult::Idle;
    auto transmit = [&](QByteArrayView packet) -> std::optional<SendResult> {
        const R r = sender.sendLossless(to, packet);
        if (r == R::Ok)
            return std::nullopt;
        if (r == R::QueueFull)
            return SendResult::Blocked;
        abort(QStringLiteral("the friend cannot be reached"));
        return SendResult::Idle;
    };

    if (!m_queue.empty()) {
        if (auto stop = transmit(m_queue.front()))
            return *stop;
        m_queue.pop_front();
        return SendResult::Sent;
    }
    if (m_closeDue != CloseFrame::None && !m_closeSent) {
        const Frame f = m_closeDue == CloseFrame::HalfClose ? makeHalfClose({m_connId, HalfCloseDirection::Write})
                                                            : Frame{FrameType::TcpFin, m_connId, {}};
        if (auto stop = transmit(encode(f)))
            return *stop;
        m_closeSent = true;
        if (m_closeDue == CloseFrame::Fin) {
            m_finSent = true;
            if (m_socket) {
                m_socket->setParent(nullptr);
                m_socket->closeAfterFlush(); // what the friend sent before still reaches the app
                m_socket = nullptr;
            }
            finish();
        } else {
            maybeFinish();
        }
        return SendResult::Sent;
    }
    if (!m_readable || !canRead())
        return SendResult::Idle;

    qsizetype max = PacketBuffer::dataCapacity();
    if (m_opt.creditFlow)
        max = std::min<qsizetype>(max, m_sendLimit - m_bytes.up);
    PacketBuffer& buf = scratch();
    const qsizetype n = m_socket->read(buf.data(), max);
    if (n > 0) {
        const QByteArrayView packet = buf.seal(FrameType::Tcp, m_connId, n);
        const qint64 offset = m_bytes.up;
        m_bytes.up += n;
        if (auto stop = transmit(packet)) {
            if (*stop == SendResult::Blocked) {
                queueData(QByteArrayView(buf.data(), n));
                sendExpressCopy(offset, QByteArrayView(buf.data(), n));
                if (m_opt.express)
                    readAhead(); // and watch the socket: what comes next must not wait either
            }
            return *stop;
        }
        return SendResult::Sent;
    }
    m_readable = false;
    if (n == StreamSocket::WouldBlock) {
        m_socket->setReadEnabled(true);
        return SendResult::Idle;
    }
    if (n == StreamSocket::EndOfFile) {
        m_localEof = true;
        m_closeDue = m_opt.halfClose ? CloseFrame::HalfClose : CloseFrame::Fin;
    }
    // EndOfFile, or Error (onSocketFailed already asked for a FIN).
    return sendOne(sender, to);
}

void TunnelStream::receiveData(QByteArrayView data)
{
    if (m_finished || !m_socket || !m_socket->isOpen() || m_remoteEof)
        return;
    if (m_opt.creditFlow && m_losslessDown + data.size() > m_granted) {
        Q_EMIT note(QStringLiteral("the friend sent beyond its credit; closing the tunnel"));
        m_closeDue = CloseFrame::Fin;
        m_closeSent = false;
        m_host.streamReady(this);
        return;
    }
    // EXPRESS copies may have delivered the start (or all) of these bytes.
    const qint64 start = m_losslessDown;
    m_losslessDown += data.size();
    const qint64 skip = m_bytes.down - start;
    Q_ASSERT(skip >= 0);
    if (skip < data.size())
        deliver(data.sliced(skip));
}

void TunnelStream::receiveExpress(quint64 offset, QByteArrayView data)
{
    if (!m_opt.express || m_finished || !m_socket || !m_socket->isOpen() || m_remoteEof)
        return;
    // Only the exact continuation counts; anything else (a gap, a repeat,
    // a copy that lost the race with its lossless frame) is left to the
    // lossless frames, which carry every byte in order.
    if (offset != static_cast<quint64>(m_bytes.down))
        return;
    if (m_opt.creditFlow && m_bytes.down + data.size() > m_granted)
        return;
    m_expressDown += data.size();
    deliver(data);
}

void TunnelStream::deliver(QByteArrayView data)
{
    m_bytes.down += data.size();
    if (m_socket->write(data.data(), data.size()))
        maybeGrantCredit();
}

void TunnelStream::maybeGrantCredit()
{
    if (!m_opt.creditFlow || !m_socket || m_finished || m_remoteEof)
        return;
    // The peer may have window bytes in flight beyond what the app has taken.
    const qint64 drained = m_bytes.down - m_socket->bytesPending();
    const qint64 grant = drained + m_opt.receiveWindow - m_granted;
    if (grant >= std::max<qint64>(1, m_opt.receiveWindow / 4)) {
        m_granted += grant;
        m_host.sendControl(makeCredit({m_connId, static_cast<quint32>(grant)}));
    }
}

void TunnelStream::receiveCredit(quint32 bytes)
{
    m_sendLimit += bytes;
    if (m_readable && canRead())
        m_host.streamReady(this);
}

void TunnelStream::receiveHalfClose(HalfCloseDirection d)
{
    if (m_finished)
        return;
    if (d == HalfCloseDirection::Write) {
        m_remoteEof = true;
        if (m_socket)
            m_socket->shutdownWrite(); // after what is pending
    } else if (!m_localEof) {
        // The friend no longer reads: stop reading and say we are done.
        m_localEof = true;
        if (m_closeDue == CloseFrame::None)
            m_closeDue = CloseFrame::HalfClose;
        m_host.streamReady(this);
    }
    maybeFinish();
}

void TunnelStream::maybeFinish()
{
    // Half-close: both directions ended and our socket flushed. The client
    // ends the tunnel with TCP_FIN; the server waits for that FIN.
    if (m_finished || !m_opt.halfClose || m_closeDue != CloseFrame::HalfClose || !m_closeSent || !m_remoteEof)
        return;
    if (m_socket && m_socket->bytesPending() > 0)
        return;
    if (m_role == Role::Client) {
        m_closeDue = CloseFrame::Fin;
        m_closeSent = false;
        m_host.streamReady(this);
    }
}

void TunnelStream::receiveFin()
{
    if (m_finished)
        return;
    if (m_socket) {
        m_socket->setParent(nullptr);
        m_socket->closeAfterFlush();
        m_socket = nullptr;
    }
    finish();
}

void TunnelStream::onSocketFailed(const QString& reason)
{
    Q_EMIT note(QStringLiteral("local connection failed: %1").arg(reason));
    m_readable = false;
    m_localEof = true;
    if (!m_finSent) {
        m_closeDue = CloseFrame::Fin;
        m_closeSent = false;
        m_host.streamReady(this);
    }
}

void TunnelStream::abort(const QString& why)
{
    if (m_finished)
        return;
    qCDebug(lcStream) << "tunnel" << m_connId << "closed:" << why;
    Q_EMIT note(why);
    if (m_socket) {
        m_socket->setParent(nullptr);
        m_socket->closeAfterFlush(5000);
        m_socket = nullptr;
    }
    finish();
}

void TunnelStream::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_queue.clear();
    m_host.streamFinished(this);
}

} // namespace warren::tunnel
