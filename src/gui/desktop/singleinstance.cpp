#include "gui/desktop/singleinstance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace warren {

namespace {
constexpr qint64 maxLine = 64 * 1024; ///< a tox: link is ~80 bytes; anything huge is dropped
}

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* s = m_server->nextPendingConnection()) {
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QLocalSocket::readyRead, this, [this, s] {
                while (s->canReadLine()) {
                    const QString line = QString::fromUtf8(s->readLine()).trimmed();
                    s->write("ok\n");
                    if (!line.isEmpty())
                        Q_EMIT received(line);
                }
                if (s->bytesAvailable() > maxLine)
                    s->abort();
            });
        }
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName(const QString& profilePath)
{
    const QFileInfo info(profilePath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("warren-") + QString::fromLatin1(hash);
}

bool SingleInstance::send(const QString& name, const QStringList& lines, int timeoutMs)
{
    QLocalSocket s;
    s.connectToServer(name);
    if (!s.waitForConnected(timeoutMs))
        return false;
    for (const QString& line : lines)
        s.write(line.toUtf8() + '\n');
    if (!s.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for one "ok" per line so the request is not lost when we exit.
    int acks = 0;
    while (acks < lines.size() && s.waitForReadyRead(timeoutMs))
        while (s.canReadLine()) {
            s.readLine();
            ++acks;
        }
    s.disconnectFromServer();
    return acks == lines.size();
}

bool SingleInstance::listen(const QString& name)
{
    // Listening with socket options replaces an existing socket file, so
    // ask first whether somebody answers on it.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500))
        return false;
    if (m_server->listen(name))
        return true;
    // A socket file left behind by a crash: nobody answered on it.
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

} // namespace warren
