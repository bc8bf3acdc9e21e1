// Real engines on loopback for integration tests and benchmarks: each node is
// a full Engine with its own core thread, bootstrapped only to the other
// nodes at 127.0.0.1, with LAN discovery and IPv6 off.
#pragma once

#include "core/engine.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace warren::test {

struct ReceivedMessage {
    PublicKey from;
    QString text;
    bool action = false;
};

/// One engine and a record of what it saw.
class TestNode : public QObject {
    Q_OBJECT
public:
    explicit TestNode(QString label, QObject* parent = nullptr);
    ~TestNode() override;

    Engine& engine() { return *m_engine; }
    const SelfInfo& self() const { return m_self; }
    PublicKey key() const { return m_self.address.publicKey(); }
    const QString& label() const { return m_label; }

    /// Starts the engine with @p config and waits for started() (or failed()).
    bool start(EngineConfig config, int timeoutMs = 30000);
    /// Stops the engine (saving) and clears what it saw.
    void stop();
    bool running() const { return m_running; }
    const EngineError& error() const { return m_error; }

    Connection connectionTo(const PublicKey& k) const { return m_connections.value(k, Connection::None); }
    bool isFriend(const PublicKey& k) const { return m_friends.contains(k); }
    const QList<ReceivedMessage>& messages() const { return m_messages; }
    const QHash<PublicKey, QString>& requests() const { return m_requests; }
    QList<quint32> deliveredReceipts(const PublicKey& k) const { return m_delivered.value(k); }

    /// This node as a bootstrap node for others (127.0.0.1 only).
    BootstrapNode asBootstrapNode() const;

private:
    void reset();

    QString m_label;
    std::unique_ptr<Engine> m_engine;
    SelfInfo m_self;
    EngineError m_error;
    bool m_running = false;
    QHash<PublicKey, Connection> m_connections;
    QHash<PublicKey, bool> m_friends;
    QHash<PublicKey, QString> m_requests;
    QHash<PublicKey, QList<quint32>> m_delivered;
    QList<ReceivedMessage> m_messages;
};

/// A config that stays on loopback (LAN discovery and IPv6 off).
EngineConfig loopbackConfig(QByteArray saveData = {}, std::shared_ptr<ISaveSink> saver = {});

/// Waits, processing events, until @p cond holds or @p timeoutMs passes.
bool waitUntil(const std::function<bool()>& cond, int timeoutMs);

/// Bootstraps every running node to every other one.
void bootstrapAll(const QList<TestNode*>& nodes);

/// @p a sends a friend request with @p message to @p b, @p b accepts it when
/// it arrives, and both wait to see each other online. Toxcore needs ~10 s.
bool befriend(
    TestNode& a, TestNode& b, const QString& message = QStringLiteral("hello from a test"), int timeoutMs = 120000);

/// Both nodes already friends: wait until each sees the other online.
bool waitConnected(TestNode& a, TestNode& b, int timeoutMs = 120000);

} // namespace warren::test
