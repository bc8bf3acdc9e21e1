// A connected TCP socket driven by the core thread's event loop, for tunnel
// streams. Unlike QTcpSocket it supports half-close (an EOF from the peer
// leaves the socket open for writing; shutdownWrite() sends our FIN) and it
// never buffers reads: the owner reads only when it can forward the bytes,
// so a stalled tunnel stops reading and TCP pushes back on the application.
// Writes that the kernel does not take at once are kept in a buffer whose
// size the owner bounds (flow control). Owns its descriptor.
//
// It can also drive two plain descriptors, one to read and one to write
// (stdin and stdout of warren-tunnel -W): read()/write() then replace
// recv()/send(), and the half-close closes the write descriptor. Writing to
// a pipe whose reader is gone raises SIGPIPE: such a process ignores it.
#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace warren::tunnel {

class StreamSocket : public QObject {
    Q_OBJECT
public:
    /// Takes ownership of the connected, non-blocking-or-not descriptor @p fd.
    explicit StreamSocket(int fd, QObject* parent = nullptr);
    /// Takes ownership of @p readFd and @p writeFd (pipes, terminals, files
    /// or sockets). End of file on @p readFd is a half-close like a TCP FIN;
    /// shutdownWrite() closes @p writeFd. The same descriptor twice is a socket.
    StreamSocket(int readFd, int writeFd, QObject* parent = nullptr);
    ~StreamSocket() override;

    /// The descriptor read from (the socket).
    int descriptor() const { return m_fd; }

    enum ReadResult : qsizetype { WouldBlock = 0, EndOfFile = -1, Error = -2 };
    /// Reads up to @p max bytes. Returns the count, WouldBlock, EndOfFile or
    /// Error. After WouldBlock, readyRead() is emitted when data arrives
    /// (if reading is enabled).
    qsizetype read(char* buffer, qsizetype max);
    /// Enables or disables readyRead() notifications (backpressure).
    void setReadEnabled(bool enabled);
    bool readEnabled() const { return m_readEnabled; }

    /// Writes all of @p data: what the kernel does not take now is buffered
    /// and written when possible. Returns false after a fatal error.
    bool write(const char* data, qsizetype size);
    /// Bytes accepted by write() but not yet handed to the kernel.
    qsizetype bytesPending() const { return m_out.size() - m_outPos; }
    /// Sends FIN once everything pending is written; reading goes on.
    void shutdownWrite();
    bool writeShutDown() const { return m_shutdownRequested; }
    /// Closes at once (pending bytes are discarded, RST if @p abort).
    void close(bool abort = false);
    /// Stops reading, writes what is pending, sends FIN, then closes and
    /// deletes itself (at the latest after @p timeoutMs).
    void closeAfterFlush(int timeoutMs = 30000);
    bool isOpen() const { return m_fd >= 0; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void readyRead();
    /// @p bytes more of what write() buffered reached the kernel.
    void bytesWritten(qint64 bytes);
    /// A fatal error (reset, broken pipe); the socket is closed.
    void failed(const QString& reason);

private:
    void watch();
    qsizetype transmit(const char* data, qsizetype size);
    /// Hands the kernel as much of @p data as it takes now (retrying EINTR);
    /// the byte count, or -1 after a hard error (fail() was called).
    qsizetype transmitNow(const char* data, qsizetype size);
    void finishWriteSide();
    void flush();
    void fail(int err);
    void updateWriteNotifier();

    int m_fd = -1;
    int m_writeFd = -1; ///< m_fd for a socket; -1 once a separate one is closed
    bool m_isSocket = true; ///< one socket descriptor (recv/send, shutdown)
    int m_readFlags = -1; ///< two descriptors: file status flags to restore
    int m_writeFlags = -1;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    QByteArray m_out;
    qsizetype m_outPos = 0;
    bool m_readEnabled = true;
    bool m_shutdownRequested = false;
    bool m_shutdownDone = false;
    bool m_closeWhenFlushed = false;
    QString m_error;
};

} // namespace warren::tunnel
