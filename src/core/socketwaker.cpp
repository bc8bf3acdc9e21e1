#include "core/socketwaker.h"

#include <QDir>
#include <QSocketNotifier>

#include <netinet/in.h>
#include <sys/socket.h>

namespace warren {

SocketWaker::SocketWaker(QObject* parent)
    : QObject(parent)
{
}

SocketWaker::~SocketWaker()
{
    stop();
}

int SocketWaker::findUdpSocket(quint16 port)
{
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    for (const QString& name : fds) {
        bool ok = false;
        const int fd = name.toInt(&ok);
        if (!ok)
            continue;
        int type = 0;
        socklen_t len = sizeof(type);
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0 || type != SOCK_DGRAM)
            continue;
        sockaddr_storage addr{};
        socklen_t alen = sizeof(addr);
        if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &alen) != 0)
            continue;
        quint16 bound = 0;
        if (addr.ss_family == AF_INET)
            bound = ntohs(reinterpret_cast<const sockaddr_in*>(&addr)->sin_port);
        else if (addr.ss_family == AF_INET6)
            bound = ntohs(reinterpret_cast<const sockaddr_in6*>(&addr)->sin6_port);
        if (bound == port)
            return fd;
    }
    return -1;
}

bool SocketWaker::watchUdpPort(quint16 udpPort)
{
    stop();
    if (udpPort == 0)
        return false;
    const int fd = findUdpSocket(udpPort);
    if (fd < 0)
        return false;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SocketWaker::readable);
    return true;
}

void SocketWaker::stop()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        delete m_notifier;
        m_notifier = nullptr;
    }
}

} // namespace warren
