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

/// Sets O_NONBLOCK and returns the flags the descriptor had before.
int makeNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    return flags;
}
} // namespace

StreamSocket::StreamSocket(int fd, QObject* parent)
    : QObject(parent)
    , m_fd(fd)
    , m_writeFd(fd)
{
    makeNonBlocking(fd);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    watch();
}

StreamSocket::StreamSocket(int readFd, int writeFd, QObject* parent)
    : QObject(parent)
    , m_fd(readFd)
    , m_writeFd(writeFd)
    , m_isSocket(readFd == writeFd)
{
    // Pipes and terminals may be shared with other processes: their flags
    // are restored on close.
    m_readFlags = makeNonBlocking(readFd);
    if (!m_isSocket)
        m_writeFlags = makeNonBlocking(writeFd);
    watch();
}

void StreamSocket::watch()
{
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, [this] {
        // Level-triggered: the owner reads until WouldBlock or disables us.
        Q_EMIT readyRead();
    });
    m_writeNotifier = new QSocketNotifier(m_writeFd, QSocketNotifier::Write, this);
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
        const ssize_t n = m_isSocket ? ::recv(m_fd, buffer, static_cast<size_t>(max), 0)
                                     : ::read(m_fd, buffer, static_cast<size_t>(max));
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
        const qsizetype n = transmitNow(data, size);
        if (n < 0)
            return false;
        data += n;
        size -= n;
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

qsizetype StreamSocket::transmit(const char* data, qsizetype size)
{
    if (m_isSocket)
        return ::send(m_fd, data, static_cast<size_t>(size), MSG_NOSIGNAL);
    return ::write(m_writeFd, data, static_cast<size_t>(size));
}

qsizetype StreamSocket::transmitNow(const char* data, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const qsizetype n = transmit(data + done, size - done);
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        fail(errno);
        return -1;
    }
    return done;
}

void StreamSocket::flush()
{
    qint64 written = 0;
    if (m_fd >= 0 && bytesPending() > 0) {
        written = transmitNow(m_out.constData() + m_outPos, bytesPending());
        if (written < 0)
            return;
        m_outPos += written;
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
        finishWriteSide();
        m_shutdownDone = true;
    }
    if (bytesPending() == 0 && m_closeWhenFlushed) {
        close();
        deleteLater();
        return;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(bytesPending() > 0);
}

void StreamSocket::finishWriteSide()
{
    if (m_isSocket) {
        ::shutdown(m_fd, SHUT_WR);
        return;
    }
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_writeFlags >= 0)
        ::fcntl(m_writeFd, F_SETFL, m_writeFlags);
    ::close(m_writeFd);
    m_writeFd = -1;
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
    if (abort && m_isSocket) {
        const linger l{1, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
    }
    if (!m_isSocket) {
        if (m_readFlags >= 0)
            ::fcntl(m_fd, F_SETFL, m_readFlags);
        if (m_writeFd >= 0 && m_writeFlags >= 0)
            ::fcntl(m_writeFd, F_SETFL, m_writeFlags);
        if (m_writeFd >= 0)
            ::close(m_writeFd);
    }
    ::close(m_fd);
    m_fd = -1;
    m_writeFd = -1;
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
