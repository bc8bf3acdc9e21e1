// EXPRESS copies (protocol/express.h) on one real TunnelStream: the packet
// codec, the receiver taking only exact continuations and skipping what the
// lossless frames bring again, and the sender sending copies (and gathering
// small writes into one lossless frame) while toxcore refuses lossless
// packets. The stream's local side is a real socket pair; only Tox is
// replaced, by a recorder that can refuse packets like a full send queue.
#include "core/packethandler.h"
#include "tunnel/protocol/express.h"
#include "tunnel/protocol/frame.h"
#include "tunnel/streamsocket.h"
#include "tunnel/tunnelstream.h"

#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace warren;
using namespace warren::tunnel;

namespace {

/// Records what the stream sends; refuses lossless packets while `full`.
class RecordingSender : public IPacketSender {
public:
    bool full = false;
    QList<QByteArray> lossless;
    SendResult sendLossless(const PublicKey&, QByteArrayView packet) override
    {
        if (full)
            return SendResult::QueueFull;
        lossless.append(packet.toByteArray());
        return SendResult::Ok;
    }
    SendResult sendLossy(const PublicKey&, QByteArrayView) override { return SendResult::Ok; }
    Connection friendConnection(const PublicKey&) const override { return Connection::Udp; }
    bool addFriendNoRequest(const PublicKey&) override { return false; }
    bool addFriendWithRequest(const ToxAddress&, QByteArrayView, QString*) override { return false; }
    void deleteFriend(const PublicKey&) override { }
    bool isFriend(const PublicKey&) const override { return true; }
};

class RecordingHost : public StreamHost {
public:
    RecordingSender* sender = nullptr;
    QList<QByteArray> express;
    QList<Frame> control;
    int ready = 0;
    void streamReady(TunnelStream*) override { ++ready; }
    void sendControl(Frame f) override { control.append(std::move(f)); }
    void streamFinished(TunnelStream*) override { }
    bool sendBlocked() const override { return sender && sender->full; }
    void sendExpress(QByteArrayView packet) override { express.append(packet.toByteArray()); }
};

QByteArray readFor(int fd, qsizetype want, int timeoutMs = 5000)
{
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (out.size() < want && t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        char buf[4096];
        const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n > 0)
            out.append(buf, n);
    }
    return out;
}

/// Nothing more arrives within @p ms.
bool quietFor(int fd, int ms)
{
    return readFor(fd, 1, ms).isEmpty();
}

} // namespace

class TestExpress : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void codecRoundTrip();
    void codecRejects();
    void receiverTakesOnlyTheContinuation();
    void receiverIgnoresCopiesWithoutTheCapability();
    void senderCopiesWhatWaits();
    void senderSendsNoCopyWhenToxTakesThePacket();

private:
    TunnelStream* makeStream(bool express);

    RecordingSender m_sender;
    RecordingHost m_host;
    int m_app = -1; ///< the application's end of the socket pair
    std::unique_ptr<TunnelStream> m_stream;
};

void TestExpress::init()
{
    m_sender = RecordingSender{};
    m_host = RecordingHost{};
    m_host.sender = &m_sender;
}

void TestExpress::cleanup()
{
    m_stream.reset();
    if (m_app >= 0)
        ::close(m_app);
    m_app = -1;
}

TunnelStream* TestExpress::makeStream(bool express)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return nullptr;
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    m_app = fds[1];
    TunnelStream::Options o;
    o.creditFlow = true;
    o.halfClose = true;
    o.sendWindow = 1 << 20;
    o.receiveWindow = 1 << 20;
    o.express = express;
    o.tag = 0xC0FFEE;
    m_stream = std::make_unique<TunnelStream>(m_host, TunnelStream::Role::Server, 7, new StreamSocket(fds[0]), o);
    return m_stream.get();
}

void TestExpress::codecRoundTrip()
{
    ExpressBuffer buf;
    const QByteArray data("keystrokes");
    const QByteArrayView packet = buf.build(0x1234, 0xDEADBEEF, 0x0102030405060708ULL, data);
    QCOMPARE(packet.size(), expressHeaderSize + data.size());
    QCOMPARE(static_cast<quint8>(packet[0]), expressPacketId);
    const auto e = parseExpress(packet);
    QVERIFY(e);
    QCOMPARE(e->connId, quint16(0x1234));
    QCOMPARE(e->tag, quint32(0xDEADBEEF));
    QCOMPARE(e->offset, quint64(0x0102030405060708ULL));
    QCOMPARE(e->data.toByteArray(), data);
    // The largest copy fits one Tox custom packet.
    const QByteArray big(maxExpressData, 'x');
    QCOMPARE(buf.build(1, 1, 0, big).size(), qsizetype(1373));
}

void TestExpress::codecRejects()
{
    ExpressBuffer buf;
    QVERIFY(buf.build(1, 1, 0, {}).isEmpty());
    QVERIFY(buf.build(1, 1, 0, QByteArray(maxExpressData + 1, 'x')).isEmpty());
    const QByteArray good = buf.build(1, 2, 3, "abc").toByteArray();
    QVERIFY(parseExpress(good));
    QVERIFY(!parseExpress(good.left(expressHeaderSize))); // header only: no data
    QVERIFY(!parseExpress(good.left(5)));
    QVERIFY(!parseExpress({}));
    QByteArray otherId = good;
    otherId[0] = char(0xC9);
    QVERIFY(!parseExpress(otherId));
    QByteArray otherKind = good;
    otherKind[1] = char(2);
    QVERIFY(!parseExpress(otherKind));
    QVERIFY(!parseExpress(good + QByteArray(maxExpressData, 'x'))); // over 1373 bytes
}

void TestExpress::receiverTakesOnlyTheContinuation()
{
    TunnelStream* s = makeStream(true);
    QVERIFY(s);
    s->receiveExpress(0, "hello ");
    QCOMPARE(readFor(m_app, 6), QByteArray("hello "));
    // The lossless frame repeats those bytes: only the rest is new.
    s->receiveData("hello world");
    QCOMPARE(readFor(m_app, 5), QByteArray("world"));
    s->receiveExpress(5, "xx"); // an old position
    s->receiveExpress(20, "gap"); // ahead of what arrived: left to the lossless frames
    QVERIFY(quietFor(m_app, 100));
    s->receiveExpress(11, "!!");
    s->receiveData("!!?"); // overlaps the copy by two bytes
    QCOMPARE(readFor(m_app, 3), QByteArray("!!?"));
    s->receiveData("12345"); // no copy at all
    s->receiveExpress(16, "late"); // its lossless frame came first (and this is a different tail): ignored
    s->receiveData("6789");
    QCOMPARE(readFor(m_app, 9), QByteArray("123456789"));
    QVERIFY(quietFor(m_app, 100));
    QCOMPARE(s->expressBytes(), qint64(8));
    QCOMPARE(s->bytes().down, qint64(23));
}

void TestExpress::receiverIgnoresCopiesWithoutTheCapability()
{
    TunnelStream* s = makeStream(false);
    QVERIFY(s);
    s->receiveExpress(0, "early");
    QVERIFY(quietFor(m_app, 100));
    s->receiveData("early");
    QCOMPARE(readFor(m_app, 5), QByteArray("early"));
    QCOMPARE(s->expressBytes(), qint64(0));
}

void TestExpress::senderCopiesWhatWaits()
{
    TunnelStream* s = makeStream(true);
    QVERIFY(s);
    const PublicKey peer = PublicKey::fromBytes(QByteArray(32, '\x01'));
    QCOMPARE(::write(m_app, "ls\n", 3), ssize_t(3));
    QVERIFY(QTest::qWaitFor([&] { return m_host.ready > 0; }, 5000));
    QVERIFY(m_host.express.isEmpty()); // nothing waits yet: no copy
    // toxcore refuses the lossless frame: an EXPRESS copy leaves at once.
    m_sender.full = true;
    QCOMPARE(s->sendOne(m_sender, peer), TunnelStream::SendResult::Blocked);
    QCOMPARE(m_host.express.size(), 1);
    auto e = parseExpress(m_host.express[0]);
    QVERIFY(e);
    QCOMPARE(e->connId, quint16(7));
    QCOMPARE(e->tag, quint32(0xC0FFEE));
    QCOMPARE(e->offset, quint64(0));
    QCOMPARE(e->data.toByteArray(), QByteArray("ls\n"));
    // While the frame waits, the next write is read and copied too.
    QCOMPARE(::write(m_app, "pwd\n", 4), ssize_t(4));
    QVERIFY(QTest::qWaitFor([&] { return m_host.express.size() == 2; }, 5000));
    e = parseExpress(m_host.express[1]);
    QVERIFY(e);
    QCOMPARE(e->offset, quint64(3));
    QCOMPARE(e->data.toByteArray(), QByteArray("pwd\n"));
    QVERIFY(m_sender.lossless.isEmpty());
    // Once toxcore has room, both writes go in one lossless frame.
    m_sender.full = false;
    QCOMPARE(s->sendOne(m_sender, peer), TunnelStream::SendResult::Sent);
    QCOMPARE(m_sender.lossless.size(), 1);
    const auto f = decode(m_sender.lossless[0]);
    QVERIFY(f);
    QCOMPARE(f->type, FrameType::Tcp);
    QCOMPARE(f->connId, quint16(7));
    QCOMPARE(f->data.toByteArray(), QByteArray("ls\npwd\n"));
    QCOMPARE(s->bytes().up, qint64(7));
    QVERIFY(!s->ready());
}

void TestExpress::senderSendsNoCopyWhenToxTakesThePacket()
{
    TunnelStream* s = makeStream(true);
    QVERIFY(s);
    const PublicKey peer = PublicKey::fromBytes(QByteArray(32, '\x02'));
    QCOMPARE(::write(m_app, "date\n", 5), ssize_t(5));
    QVERIFY(QTest::qWaitFor([&] { return m_host.ready > 0; }, 5000));
    QCOMPARE(s->sendOne(m_sender, peer), TunnelStream::SendResult::Sent);
    QCOMPARE(m_sender.lossless.size(), 1);
    QVERIFY(m_host.express.isEmpty());
}

QTEST_GUILESS_MAIN(TestExpress)
#include "test_express.moc"
