#include "toxtestnet.h"

#include "isolation.h"

#include <QTest>

namespace warren::test {

TestNode::TestNode(QString label, QObject* parent)
    : QObject(parent)
    , m_label(std::move(label))
{
}

TestNode::~TestNode()
{
    stop();
}

void TestNode::reset()
{
    m_self = {};
    m_error = {};
    m_running = false;
    m_connections.clear();
    m_friends.clear();
    m_requests.clear();
    m_delivered.clear();
    m_messages.clear();
}

bool TestNode::start(EngineConfig config, int timeoutMs)
{
    requireIsolatedNetwork();
    stop();
    m_engine = std::make_unique<Engine>();
    Engine* e = m_engine.get();
    bool done = false;
    connect(e, &Engine::started, this, [this, &done](const SelfInfo& s) {
        m_self = s;
        m_running = true;
        done = true;
    });
    connect(e, &Engine::failed, this, [this, &done](const EngineError& err) {
        m_error = err;
        done = true;
    });
    connect(e, &Engine::selfChanged, this, [this](const SelfInfo& s) { m_self = s; });
    connect(e, &Engine::friendsLoaded, this, [this](const QList<FriendInfo>& fs) {
        for (const FriendInfo& f : fs)
            m_friends.insert(f.key, true);
    });
    connect(e, &Engine::friendAdded, this, [this](const FriendInfo& f) { m_friends.insert(f.key, true); });
    connect(e, &Engine::friendRemoved, this, [this](const PublicKey& k) { m_friends.remove(k); });
    connect(e, &Engine::friendConnectionChanged, this,
        [this](const PublicKey& k, Connection c) { m_connections.insert(k, c); });
    connect(e, &Engine::friendRequestReceived, this,
        [this](const PublicKey& k, const QString& msg) { m_requests.insert(k, msg); });
    connect(e, &Engine::messageReceived, this, [this](const PublicKey& k, const QString& text, bool action) {
        m_messages.append({k, text, action});
    });
    connect(e, &Engine::messageDelivered, this,
        [this](const PublicKey& k, quint32 receipt) { m_delivered[k].append(receipt); });
    e->start(std::move(config));
    waitUntil([&done] { return done; }, timeoutMs);
    return m_running;
}

void TestNode::stop()
{
    if (m_engine) {
        m_engine->stop();
        m_engine.reset();
    }
    reset();
}

BootstrapNode TestNode::asBootstrapNode() const
{
    BootstrapNode n;
    n.host = QStringLiteral("127.0.0.1");
    n.udpPort = m_self.udpPort;
    if (m_self.tcpPort)
        n.tcpPorts.append(m_self.tcpPort);
    n.key = m_self.dhtId;
    return n;
}

EngineConfig loopbackConfig(QByteArray saveData, std::shared_ptr<ISaveSink> saver)
{
    EngineConfig c;
    c.saveData = std::move(saveData);
    c.saver = std::move(saver);
    c.network = NetworkSettings::loopbackOnly();
    c.saveDelayMs = 50;
    return c; // no bootstrap nodes: tests bootstrap the nodes to each other
}

bool waitUntil(const std::function<bool()>& cond, int timeoutMs)
{
    return QTest::qWaitFor(cond, timeoutMs);
}

void bootstrapAll(const QList<TestNode*>& nodes)
{
    for (TestNode* a : nodes) {
        QList<BootstrapNode> others;
        for (TestNode* b : nodes)
            if (a != b && b->running())
                others.append(b->asBootstrapNode());
        if (a->running())
            a->engine().bootstrap(others);
    }
}

bool befriend(TestNode& a, TestNode& b, const QString& message, int timeoutMs)
{
    bootstrapAll({&a, &b});
    a.engine().sendFriendRequest(b.self().address, message);
    if (!waitUntil([&] { return b.requests().contains(a.key()); }, timeoutMs))
        return false;
    b.engine().acceptFriendRequest(a.key());
    return waitConnected(a, b, timeoutMs);
}

bool waitConnected(TestNode& a, TestNode& b, int timeoutMs)
{
    return waitUntil(
        [&] { return a.connectionTo(b.key()) != Connection::None && b.connectionTo(a.key()) != Connection::None; },
        timeoutMs);
}

} // namespace warren::test
