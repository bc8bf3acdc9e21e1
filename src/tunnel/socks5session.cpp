#include "tunnel/socks5session.h"

#include "tunnel/socks5protocol.h"
#include "tunnel/streamsocket.h"

namespace warren::tunnel {

Socks5Session::Socks5Session(StreamSocket* socket, Socks5Open open, int handshakeTimeoutMs, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_open(std::move(open))
{
    m_socket->setParent(this);
    connect(m_socket, &StreamSocket::readyRead, this, &Socks5Session::onReadable);
    connect(m_socket, &StreamSocket::failed, this, [this](const QString&) { deleteLater(); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
        [this] { refuse({}, QStringLiteral("no SOCKS5 request within the time allowed")); });
    m_timeout.start(handshakeTimeoutMs);
    m_socket->setReadEnabled(true);
}

Socks5Session::~Socks5Session() = default;

void Socks5Session::onReadable()
{
    while (m_socket) {
        const qsizetype needed
            = m_stage == Stage::Greeting ? socks5::greetingSize(m_buffer) : socks5::requestSize(m_buffer);
        if (needed < 0) {
            refuse(socks5::reply(socks5::Reply::AddressTypeNotSupported),
                QStringLiteral("SOCKS5 request with an unknown address type"));
            return;
        }
        if (m_buffer.size() < needed) {
            if (!fill(needed))
                return;
            if (m_buffer.size() < needed)
                return; // the rest comes with the next readyRead()
            continue; // the size may grow once more of the header is known
        }
        messageComplete();
    }
}

bool Socks5Session::fill(qsizetype needed)
{
    const qsizetype had = m_buffer.size();
    m_buffer.resize(needed);
    const qsizetype n = m_socket->read(m_buffer.data() + had, needed - had);
    if (n > 0) {
        m_buffer.resize(had + n);
        return true;
    }
    m_buffer.resize(had);
    if (n == StreamSocket::WouldBlock)
        return true;
    deleteLater(); // the client left (or the socket failed) before asking for anything
    m_socket->close();
    m_socket = nullptr;
    return false;
}

void Socks5Session::messageComplete()
{
    const QByteArray message = std::exchange(m_buffer, {});
    if (m_stage == Stage::Greeting) {
        if (!socks5::offersNoAuthentication(message)) {
            const bool socks5 = !message.isEmpty() && static_cast<quint8>(message[0]) == socks5::version;
            refuse(socks5 ? socks5::methodSelection(false) : QByteArray(),
                socks5 ? QStringLiteral("the SOCKS5 client does not offer \"no authentication\"")
                       : QStringLiteral("not a SOCKS5 client"));
            return;
        }
        m_socket->write(socks5::methodSelection(true).constData(), 2);
        m_stage = Stage::Request;
        return;
    }
    const auto request = socks5::parseRequest(message);
    if (!request) {
        refuse(socks5::reply(request.error()), QStringLiteral("unsupported SOCKS5 request"));
        return;
    }
    handOver(request->host, request->port);
}

void Socks5Session::handOver(const QString& host, quint16 port)
{
    m_timeout.stop();
    StreamSocket* s = std::exchange(m_socket, nullptr);
    s->disconnect(this);
    s->setParent(nullptr);
    m_open(s, host, port, [s](bool ok, DenyReason reason, const QString&) {
        const QByteArray r = socks5::reply(ok ? socks5::Reply::Succeeded : socks5::replyFor(reason));
        s->write(r.constData(), r.size());
    });
    deleteLater();
}

void Socks5Session::refuse(const QByteArray& reply, const QString& why)
{
    Q_EMIT note(why);
    m_timeout.stop();
    if (m_socket) {
        if (!reply.isEmpty())
            m_socket->write(reply.constData(), reply.size());
        m_socket->setParent(nullptr);
        m_socket->disconnect(this);
        m_socket->closeAfterFlush(5000);
        m_socket = nullptr;
    }
    deleteLater();
}

} // namespace warren::tunnel
