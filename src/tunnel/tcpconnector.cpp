#include "tunnel/tcpconnector.h"

#include "tunnel/streamsocket.h"

#include <QHostInfo>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace warren::tunnel {

namespace {
DenyReason reasonFor(int err)
{
    switch (err) {
    case ECONNREFUSED:
        return DenyReason::ConnectionRefused;
    case ETIMEDOUT:
        return DenyReason::TimedOut;
    default:
        return DenyReason::Unreachable;
    }
}

bool toSockaddr(const QHostAddress& a, quint16 port, sockaddr_storage* out, socklen_t* len)
{
    *out = {};
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* in = reinterpret_cast<sockaddr_in*>(out);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(a.toIPv4Address());
        *len = sizeof(sockaddr_in);
        return true;
    }
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(out);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR v6 = a.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &v6, sizeof(v6));
        *len = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}
} // namespace

TcpConnector::TcpConnector(QString host, quint16 port, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        closePending();
        m_lastReason = DenyReason::TimedOut;
        m_lastDetail = QStringLiteral("timed out");
        tryNext();
    });
}

TcpConnector::~TcpConnector()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    closePending();
}

void TcpConnector::start()
{
    QHostAddress literal;
    QString h = m_host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (literal.setAddress(h)) {
        m_addresses = {literal};
        tryNext();
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_host, this, &TcpConnector::resolved);
}

void TcpConnector::cancel()
{
    m_done = true;
    m_timer.stop();
    closePending();
    deleteLater();
}

void TcpConnector::resolved(const QHostInfo& info)
{
    m_lookupId = -1;
    if (m_done)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        finish(
            nullptr, DenyReason::HostNotFound, QStringLiteral("cannot resolve %1: %2").arg(m_host, info.errorString()));
        return;
    }
    m_addresses = info.addresses();
    tryNext();
}

void TcpConnector::tryNext()
{
    while (!m_addresses.isEmpty()) {
        const QHostAddress a = m_addresses.takeFirst();
        sockaddr_storage sa;
        socklen_t len = 0;
        if (!toSockaddr(a, m_port, &sa, &len))
            continue;
        m_fd = ::socket(sa.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            m_lastReason = DenyReason::Unreachable;
            m_lastDetail = QString::fromLocal8Bit(std::strerror(errno));
            continue;
        }
        if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&sa), len) == 0) {
            connectDone();
            return;
        }
        if (errno == EINPROGRESS) {
            m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &TcpConnector::connectDone);
            m_timer.start();
            return;
        }
        m_lastReason = reasonFor(errno);
        m_lastDetail = QString::fromLocal8Bit(std::strerror(errno));
        closePending();
    }
    finish(
        nullptr, m_lastReason, QStringLiteral("cannot connect to %1:%2: %3").arg(m_host).arg(m_port).arg(m_lastDetail));
}

void TcpConnector::connectDone()
{
    m_timer.stop();
    int err = 0;
    socklen_t len = sizeof(err);
    ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &len);
    delete m_notifier;
    m_notifier = nullptr;
    if (err != 0) {
        m_lastReason = reasonFor(err);
        m_lastDetail = QString::fromLocal8Bit(std::strerror(err));
        ::close(m_fd);
        m_fd = -1;
        tryNext();
        return;
    }
    const int fd = m_fd;
    m_fd = -1;
    finish(new StreamSocket(fd), DenyReason::Unspecified, {});
}

void TcpConnector::finish(StreamSocket* s, DenyReason reason, const QString& detail)
{
    if (m_done) {
        delete s;
        return;
    }
    m_done = true;
    Q_EMIT finished(s, reason, detail);
    deleteLater();
}

void TcpConnector::closePending()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace warren::tunnel
