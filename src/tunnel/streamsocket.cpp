#include "tunnel/streamsocket.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace warren::tunnel {

namespace {
constexpr qsizetype compactThreshold = 64 * 1024;
}

StreamSocket::StreamSocket(int fd, QObject* parent)
    : QObject(parent)
    , m_fd(fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, [this] {
        // Level-triggered: the owner reads until WouldBlock or disables us.
        Q_EMIT readyRead();
    });
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &StreamSocket::flush);
}

StreamSocket::~StreamSocket()
{
    close();
}

qsizetype StreamSocket::read(char* buffer, qsizetype max)
{
    if (m_fd < 0)
        return Error;
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, static_cast<size_t>(max), 0);
        if (n > 0)
            return n;
        if (n == 0) {
            setReadEnabled(false); // EOF stays readable: stop the notifier
            return EndOfFile;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return WouldBlock;
        fail(errno);
        return Error;
    }
}

void StreamSocket::setReadEnabled(bool enabled)
{
    m_readEnabled = enabled;
    if (m_readNotifier)
        m_readNotifier->setEnabled(enabled);
}

bool StreamSocket::write(const char* data, qsizetype size)
{
    if (m_fd < 0 || m_shutdownRequested)
        return false;
    if (bytesPending() == 0) {
        // Fast path: straight to the kernel.
        while (size > 0) {
            const ssize_t n = ::send(m_fd, data, static_cast<size_t>(size), MSG_NOSIGNAL);
            if (n > 0) {
                data += n;
                size -= n;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            fail(errno);
            return false;
        }
    }
    if (size > 0) {
        if (m_outPos > compactThreshold) {
            m_out.remove(0, m_outPos);
            m_outPos = 0;
        }
        m_out.append(data, size);
        updateWriteNotifier();
    }
    return true;
}

void StreamSocket::flush()
{
    qint64 written = 0;
    while (m_fd >= 0 && bytesPending() > 0) {
        const ssize_t n = ::send(m_fd, m_out.constData() + m_outPos, static_cast<size_t>(bytesPending()), MSG_NOSIGNAL);
        if (n > 0) {
            m_outPos += n;
            written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        fail(errno);
        return;
    }
    if (bytesPending() == 0) {
        m_out.clear();
        m_outPos = 0;
    }
    updateWriteNotifier();
    if (written > 0)
        Q_EMIT bytesWritten(written);
}

void StreamSocket::updateWriteNotifier()
{
    if (m_fd < 0)
        return;
    if (bytesPending() == 0 && m_shutdownRequested && !m_shutdownDone) {
        ::shutdown(m_fd, SHUT_WR);
        m_shutdownDone = true;
    }
    if (bytesPending() == 0 && m_closeWhenFlushed) {
        close();
        deleteLater();
        return;
    }
    m_writeNotifier->setEnabled(bytesPending() > 0);
}

void StreamSocket::closeAfterFlush(int timeoutMs)
{
    if (m_fd < 0) {
        deleteLater();
        return;
    }
    setReadEnabled(false);
    m_shutdownRequested = true;
    m_closeWhenFlushed = true;
    QTimer::singleShot(timeoutMs, this, [this] {
        close(true);
        deleteLater();
    });
    updateWriteNotifier();
}

void StreamSocket::shutdownWrite()
{
    if (m_shutdownRequested)
        return;
    m_shutdownRequested = true;
    updateWriteNotifier();
}

void StreamSocket::close(bool abort)
{
    if (m_fd < 0)
        return;
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (abort) {
        const linger l{1, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
    }
    ::close(m_fd);
    m_fd = -1;
    m_out.clear();
    m_outPos = 0;
}

void StreamSocket::fail(int err)
{
    m_error = QString::fromLocal8Bit(std::strerror(err));
    close();
    if (m_closeWhenFlushed)
        deleteLater();
    else
        Q_EMIT failed(m_error);
}

} // namespace warren::tunnel
