// One running Warren per profile. The first instance listens on a local
// socket named after the profile's path; a later `warren tox:ID` (or a
// plain second start) connects, hands over its request as one line of
// UTF-8 and exits, and the running instance acts on it (opens the
// add-friend dialog, or raises its window).
//
// Protocol: the client sends lines ("activate", "open tox:…", and with
// WARREN_DEBUG_CONTROL=1 in the server's environment "debug …"), then
// closes; the server answers each with "ok\n". Local only; the socket lives
// in the user's runtime directory.
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace warren {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    /// The socket name for the profile file @p profilePath (a hash of its
    /// canonical path, so every spelling of the path agrees).
    static QString socketName(const QString& profilePath);
    /// Sends @p lines to the instance listening on @p name. False when none
    /// answers within @p timeoutMs.
    static bool send(const QString& name, const QStringList& lines, int timeoutMs = 3000);

    /// Starts listening on @p name, replacing a socket left by a crash.
    bool listen(const QString& name);

Q_SIGNALS:
    /// A line from another process (without the newline).
    void received(const QString& line);

private:
    QLocalServer* m_server;
};

} // namespace warren
