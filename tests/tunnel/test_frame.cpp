// The tuntox v2 frame codec, its tuntox payloads and Warren's extension
// frames: receiver rules, exact byte layouts, boundaries and round trips.
#include "tunnel/protocol/extensions.h"
#include "tunnel/protocol/frame.h"
#include "tunnel/protocol/offerframes.h"
#include "tunnel/protocol/tunnelpayloads.h"

#include <QTest>

#include <cstring>

using namespace warren::tunnel;

Q_DECLARE_METATYPE(warren::tunnel::Frame)

namespace {
QByteArray hex(const char* h)
{
    return QByteArray::fromHex(h);
}

/// An 8-byte header followed by @p dataBytes zero bytes, declaring @p declared.
QByteArray packet(quint16 declared, qsizetype dataBytes, quint16 magic = frameMagic)
{
    QByteArray p(frameHeaderSize + dataBytes, '\0');
    p[0] = static_cast<char>(magic >> 8);
    p[1] = static_cast<char>(magic & 0xFF);
    p[2] = 0x06;
    p[3] = 0x00;
    p[6] = static_cast<char>(declared >> 8);
    p[7] = static_cast<char>(declared & 0xFF);
    return p;
}
} // namespace

class TestFrame : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void constants()
    {
        QCOMPARE(frameMagic, quint16(0xA26B));
        QCOMPARE(frameHeaderSize, 8);
        QCOMPARE(maxFrameData, 1365);
        QCOMPARE(maxPacketSize, 1373);
        QCOMPARE(maxRequestHostSize, 1361);
        QCOMPARE(static_cast<quint16>(FrameType::Ping), quint16(0x0108));
        QCOMPARE(static_cast<quint16>(FrameType::Pong), quint16(0x0100));
        QCOMPARE(static_cast<quint16>(FrameType::RequestTunnel), quint16(0x0602));
        QCOMPARE(static_cast<quint16>(FrameType::AckTunnel), quint16(0x0610));
        QCOMPARE(static_cast<quint16>(FrameType::Tcp), quint16(0x0600));
        QCOMPARE(static_cast<quint16>(FrameType::TcpFin), quint16(0x0601));
        QCOMPARE(static_cast<quint16>(FrameType::DenyTunnel), quint16(0x0604));
    }

    void layout_data()
    {
        QTest::addColumn<Frame>("frame");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("PING connid 0 'ab'") << Frame{FrameType::Ping, 0, "ab"}
                                            << hex("a26b010800000002"
                                                   "6162");
        QTest::newRow("PONG echo") << Frame{FrameType::Pong, 0, "ab"}
                                   << hex("a26b010000000002"
                                          "6162");
        QTest::newRow("TCP tunnel 0x1234 'x'") << Frame{FrameType::Tcp, 0x1234, "x"}
                                               << hex("a26b060012340001"
                                                      "78");
        QTest::newRow("TCP_FIN tunnel 5") << Frame{FrameType::TcpFin, 5, {}} << hex("a26b060100050000");
        QTest::newRow("DENYTUNNEL") << Frame{FrameType::DenyTunnel, 0xFFFF, {}} << hex("a26b0604ffff0000");
        QTest::newRow("unknown type") << Frame{FrameType(0xBEEF), 0x0102, "\x01"}
                                      << hex("a26bbeef01020001"
                                             "01");
    }
    void layout()
    {
        QFETCH(Frame, frame);
        QFETCH(QByteArray, bytes);
        QCOMPARE(encode(frame), bytes);
        const auto d = decode(bytes);
        QVERIFY(d.ok());
        QCOMPARE(Frame::fromView(*d), frame);
    }

    void requestTunnelLayout()
    {
        // connid = target port 22; data = forward id 0x01020304 + "localhost".
        const QByteArray bytes = hex("a26b06020016000d"
                                     "01020304")
            + "localhost";
        const auto f = makeRequestTunnel({0x01020304, 22, "localhost"});
        QVERIFY(f.ok());
        QCOMPARE(encode(*f), bytes);
        const auto parsed = parseRequestTunnel(*decode(bytes));
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, (TunnelRequest{0x01020304, 22, "localhost"}));
    }

    void ackTunnelLayout()
    {
        const QByteArray bytes = hex("a26b0610beef0004"
                                     "00000007");
        QCOMPARE(encode(makeAckTunnel({0xBEEF, 7})), bytes);
        const auto parsed = parseAckTunnel(*decode(bytes));
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, (TunnelAck{0xBEEF, 7}));
    }

    // --- receiver rules -------------------------------------------------

    void dropsShorterThanHeader()
    {
        const QByteArray full = hex("a26b010800000000");
        for (qsizetype n = 0; n < 8; ++n) {
            const auto d = decode(QByteArrayView(full).first(n));
            QVERIFY2(!d.ok(), qPrintable(QString::number(n)));
            QCOMPARE(d.error(), DecodeError::TooShort);
        }
        QVERIFY(decode(full).ok());
    }

    void dropsWrongMagic()
    {
        for (quint16 magic : {quint16(0xA26A), quint16(0x6BA2), quint16(0x0000), quint16(0xA36B)}) {
            const auto d = decode(packet(0, 0, magic));
            QVERIFY(!d.ok());
            QCOMPARE(d.error(), DecodeError::BadMagic);
        }
    }

    void dropsLengthBeyondPacket()
    {
        QCOMPARE(decode(packet(1, 0)).error(), DecodeError::Truncated);
        QCOMPARE(decode(packet(100, 99)).error(), DecodeError::Truncated);
        QCOMPARE(decode(packet(1365, 1364)).error(), DecodeError::Truncated);
        QVERIFY(decode(packet(100, 100)).ok());
    }

    void dropsLengthOver1365()
    {
        QCOMPARE(decode(packet(1366, 1366)).error(), DecodeError::DataTooLong);
        QCOMPARE(decode(packet(0xFFFF, 1366)).error(), DecodeError::DataTooLong);
        QCOMPARE(decode(packet(0xFFFF, 0)).error(), DecodeError::DataTooLong);
        const auto ok = decode(packet(1365, 1365));
        QVERIFY(ok.ok());
        QCOMPARE(ok->data.size(), 1365);
    }

    void ignoresBytesAfterData()
    {
        QByteArray p = hex("a26b060000070003"
                           "414243"
                           "ffffff");
        const auto d = decode(p);
        QVERIFY(d.ok());
        QCOMPARE(d->type, FrameType::Tcp);
        QCOMPARE(d->connId, quint16(7));
        QCOMPARE(d->data.toByteArray(), QByteArray("ABC"));
        // A length-0 frame followed by junk is a valid empty frame.
        QCOMPARE(decode(packet(0, 50))->data.size(), 0);
    }

    void unknownTypesDecode()
    {
        const auto d = decode(hex("a26b077f00010002"
                                  "0102"));
        QVERIFY(d.ok());
        QCOMPARE(static_cast<quint16>(d->type), quint16(0x077F));
        QVERIFY(!isKnownType(d->type));
        QCOMPARE(frameTypeName(d->type), QStringLiteral("0x077f"));
        QVERIFY(isKnownType(FrameType::Tcp));
        QVERIFY(isTuntoxType(FrameType::AckTunnel));
        QVERIFY(isExtensionType(FrameType::Hello));
        QVERIFY(!isTuntoxType(FrameType::Hello));
        QCOMPARE(frameTypeName(FrameType::RequestTunnel), QStringLiteral("REQUESTTUNNEL"));
    }

    void decodeIsZeroCopy()
    {
        const QByteArray p = hex("a26b060000010004"
                                 "deadbeef");
        const auto d = decode(p);
        QVERIFY(d.ok());
        QCOMPARE(d->data.data(), p.constData() + 8);
    }

    void describesErrors()
    {
        for (auto e : {DecodeError::TooShort, DecodeError::BadMagic, DecodeError::Truncated, DecodeError::DataTooLong})
            QVERIFY(!describe(e).isEmpty());
    }

    // --- encoding ---------------------------------------------------------

    void encodeBoundaries()
    {
        const QByteArray max(1365, 'm');
        const QByteArray over(1366, 'o');
        QCOMPARE(encode(Frame{FrameType::Tcp, 1, max}).size(), 1373);
        QVERIFY(encode(Frame{FrameType::Tcp, 1, over}).isEmpty());

        char buf[maxPacketSize + 1];
        QCOMPARE(encode(Frame{FrameType::Tcp, 1, max}.view(), buf, maxPacketSize), 1373);
        QCOMPARE(encode(Frame{FrameType::Tcp, 1, over}.view(), buf, sizeof buf), 0);
        QCOMPARE(encode(Frame{FrameType::Tcp, 1, "abc"}.view(), buf, 10), 0); // needs 11
        QCOMPARE(encode(Frame{FrameType::Tcp, 1, "abc"}.view(), buf, 11), 11);
        QCOMPARE(QByteArray(buf, 11), hex("a26b060000010003") + "abc");

        QByteArray out = "stale";
        QVERIFY(!encode(Frame{FrameType::Tcp, 1, over}.view(), out));
        QVERIFY(out.isEmpty());
    }

    void encodeReusesBuffer()
    {
        QByteArray out;
        out.reserve(maxPacketSize);
        const char* before = out.constData();
        QVERIFY(encode(Frame{FrameType::Tcp, 9, QByteArray(1365, 'a')}.view(), out));
        QVERIFY(encode(Frame{FrameType::Tcp, 9, "short"}.view(), out));
        QCOMPARE(out.constData(), before);
        QCOMPARE(out, hex("a26b060000090005") + "short");
    }

    void packetBuffer()
    {
        PacketBuffer buf;
        QCOMPARE(PacketBuffer::dataCapacity(), 1365);
        std::memcpy(buf.data(), "hello", 5);
        const QByteArrayView v = buf.seal(FrameType::Tcp, 0x0A0B, 5);
        QCOMPARE(v.toByteArray(), hex("a26b06000a0b0005") + "hello");
        std::memset(buf.data(), 'z', 1365);
        QCOMPARE(buf.seal(FrameType::Tcp, 1, 1365).size(), 1373);
        QCOMPARE(decode(buf.seal(FrameType::TcpFin, 2, 0))->type, FrameType::TcpFin);
    }

    void roundTrips()
    {
        const FrameType types[] = {FrameType::Ping, FrameType::Pong, FrameType::Tcp, FrameType::TcpFin,
            FrameType::AckTunnel, FrameType::RequestTunnel, FrameType::Hello, FrameType::Credit, FrameType(0x7777)};
        for (FrameType t : types) {
            for (quint16 connId : {quint16(0), quint16(1), quint16(0x8000), quint16(0xFFFF)}) {
                for (qsizetype n : {0, 1, 2, 1364, 1365}) {
                    QByteArray data(n, Qt::Uninitialized);
                    for (qsizetype i = 0; i < n; ++i)
                        data[i] = static_cast<char>(i * 7 + connId);
                    const Frame f{t, connId, data};
                    const QByteArray bytes = encode(f);
                    QCOMPARE(bytes.size(), 8 + n);
                    const auto d = decode(bytes);
                    QVERIFY(d.ok());
                    QCOMPARE(Frame::fromView(*d), f);
                }
            }
        }
    }

    // --- tuntox payloads -------------------------------------------------

    void requestTunnelHostBoundaries()
    {
        const QByteArray host1361(1361, 'h');
        const auto ok = makeRequestTunnel({1, 80, host1361});
        QVERIFY(ok.ok());
        QCOMPARE(ok->data.size(), 1365);
        QCOMPARE(encode(*ok).size(), 1373);
        const auto back = parseRequestTunnel(*decode(encode(*ok)));
        QVERIFY(back.ok());
        QCOMPARE(back->host, host1361);

        const auto tooLong = makeRequestTunnel({1, 80, QByteArray(1362, 'h')});
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error(), PayloadError::HostTooLong);
        // A view may carry more than a wire frame can; the parser still refuses.
        const QByteArray big = QByteArray(4, '\0') + QByteArray(1362, 'h');
        QCOMPARE(parseRequestTunnel({FrameType::RequestTunnel, 80, big}).error(), PayloadError::HostTooLong);
    }

    void requestTunnelRejects()
    {
        QCOMPARE(makeRequestTunnel({1, 80, ""}).error(), PayloadError::EmptyHost);
        QCOMPARE(makeRequestTunnel({1, 80, QByteArray("a\0b", 3)}).error(), PayloadError::HostHasNul);
        QCOMPARE(makeRequestTunnel({1, 0, "host"}).error(), PayloadError::BadPort);

        QCOMPARE(parseRequestTunnel({FrameType::RequestTunnel, 80, "abc"}).error(), PayloadError::TooShort);
        QCOMPARE(parseRequestTunnel({FrameType::RequestTunnel, 80, "abcd"}).error(), PayloadError::EmptyHost);
        QCOMPARE(parseRequestTunnel({FrameType::RequestTunnel, 80, QByteArrayView("abcdx\0", 6)}).error(),
            PayloadError::HostHasNul);
        QCOMPARE(parseRequestTunnel({FrameType::RequestTunnel, 0, "abcdhost"}).error(), PayloadError::BadPort);
        QCOMPARE(parseRequestTunnel({FrameType::Tcp, 80, "abcdhost"}).error(), PayloadError::WrongType);
        QVERIFY(!describe(PayloadError::HostHasNul).isEmpty());
    }

    void ackTunnelRules()
    {
        QCOMPARE(parseAckTunnel({FrameType::AckTunnel, 3, "abc"}).error(), PayloadError::TooShort);
        QCOMPARE(parseAckTunnel({FrameType::Tcp, 3, "abcd"}).error(), PayloadError::WrongType);
        const auto extra = parseAckTunnel({FrameType::AckTunnel, 3, hex("0000002aff")});
        QVERIFY(extra.ok());
        QCOMPARE(*extra, (TunnelAck{3, 42}));
    }

    // --- Warren extensions -----------------------------------------------

    void extensionTypes()
    {
        QCOMPARE(static_cast<quint16>(FrameType::Hello), quint16(0x0700));
        QCOMPARE(static_cast<quint16>(FrameType::Credit), quint16(0x0701));
        QCOMPARE(static_cast<quint16>(FrameType::HalfClose), quint16(0x0702));
        QCOMPARE(static_cast<quint16>(FrameType::Deny), quint16(0x0703));
        QCOMPARE(static_cast<quint16>(FrameType::Keepalive), quint16(0x0704));
        QCOMPARE(static_cast<quint16>(FrameType::KeepaliveAck), quint16(0x0705));
    }

    void extensionLayouts()
    {
        QCOMPARE(encode(makeHello({1, 0x0F, 0x40000})),
            hex("a26b07000000000a"
                "0001"
                "0000000f"
                "00040000"));
        QCOMPARE(encode(makeCredit({0x0102, 0x10000})),
            hex("a26b070101020004"
                "00010000"));
        QCOMPARE(encode(makeHalfClose({0x0102, HalfCloseDirection::Write})),
            hex("a26b070201020001"
                "01"));
        QCOMPARE(encode(makeHalfClose({0x0102, HalfCloseDirection::Read})),
            hex("a26b070201020001"
                "02"));
        QCOMPARE(encode(makeDeny({22, 0x01020304, DenyReason::RuleDenied, QStringLiteral("no")})),
            hex("a26b070300160008"
                "01020304"
                "0001"
                "6e6f"));
        QCOMPARE(encode(makeKeepalive({0x0102030405060708})),
            hex("a26b070400000008"
                "0102030405060708"));
        QCOMPARE(encode(makeKeepaliveAck({0x0102030405060708})),
            hex("a26b070500000008"
                "0102030405060708"));
    }

    void extensionRoundTrips()
    {
        const Hello h{1, 0xFFFFFFFF, 123456};
        QCOMPARE(*parseHello(*decode(encode(makeHello(h)))), h);
        const Credit c{7, 0xFFFFFFFF};
        QCOMPARE(*parseCredit(*decode(encode(makeCredit(c)))), c);
        const HalfClose hc{0xFFFF, HalfCloseDirection::Read};
        QCOMPARE(*parseHalfClose(*decode(encode(makeHalfClose(hc)))), hc);
        const Deny d{8080, 99, DenyReason(0x7777), QStringLiteral("Zugriff verweigert — ✓ 😀")};
        QCOMPARE(*parseDeny(*decode(encode(makeDeny(d)))), d);
        const Deny empty{1, 2, DenyReason::TimedOut, {}};
        QCOMPARE(*parseDeny(*decode(encode(makeDeny(empty)))), empty);
        const Keepalive k{~quint64(0)};
        QCOMPARE(*parseKeepalive(*decode(encode(makeKeepalive(k)))), k);
        QCOMPARE(*parseKeepalive(*decode(encode(makeKeepaliveAck(k)))), k);
    }

    void extensionParsersCheck()
    {
        QCOMPARE(parseHello({FrameType::Hello, 0, hex("000100000001000000")}).error(), PayloadError::TooShort);
        QCOMPARE(parseHello({FrameType::Credit, 0, hex("00010000000100000000")}).error(), PayloadError::WrongType);
        // Later versions may append fields: ignored.
        const auto longer = parseHello({FrameType::Hello, 0,
            hex("0002000000030000000a"
                "ffff")});
        QVERIFY(longer.ok());
        QCOMPARE(*longer, (Hello{2, 3, 10}));
        QCOMPARE(parseCredit({FrameType::Credit, 1, "abc"}).error(), PayloadError::TooShort);
        QCOMPARE(parseHalfClose({FrameType::HalfClose, 1, ""}).error(), PayloadError::TooShort);
        QCOMPARE(parseHalfClose({FrameType::HalfClose, 1, hex("00")}).error(), PayloadError::BadDirection);
        QCOMPARE(parseHalfClose({FrameType::HalfClose, 1, hex("03")}).error(), PayloadError::BadDirection);
        QCOMPARE(parseDeny({FrameType::Deny, 1, hex("0000000100")}).error(), PayloadError::TooShort);
        QCOMPARE(parseDeny({FrameType::Deny, 1,
                               hex("000000010001"
                                   "c3")})
                     .error(),
            PayloadError::BadUtf8);
        QCOMPARE(parseDeny({FrameType::Deny, 1,
                               hex("000000010001"
                                   "ff")})
                     .error(),
            PayloadError::BadUtf8);
        QCOMPARE(parseDeny({FrameType::Deny, 1,
                               hex("000000010001"
                                   "eda080")})
                     .error(),
            PayloadError::BadUtf8);
        QCOMPARE(parseKeepalive({FrameType::Keepalive, 0, "1234567"}).error(), PayloadError::TooShort);
        QCOMPARE(parseKeepalive({FrameType::Ping, 0, "12345678"}).error(), PayloadError::WrongType);
    }

    void denyKeepsBom()
    {
        const QByteArray bytes = hex("000000010001"
                                     "efbbbf"
                                     "41");
        const auto d = parseDeny({FrameType::Deny, 1, bytes});
        QVERIFY(d.ok());
        QCOMPARE(d->text.size(), 2);
        QCOMPARE(makeDeny(*d).data, bytes);
    }

    void denyTextIsCutAtCharacterBoundary()
    {
        QCOMPARE(maxDenyTextSize, 1359);
        // 'é' is two bytes: 1359 bytes hold 679 of them plus one byte, which must go.
        const Deny d{1, 2, DenyReason::Unspecified, QString(700, QChar(0xE9))};
        const Frame f = makeDeny(d);
        QCOMPARE(f.data.size(), 6 + 1358);
        const auto back = parseDeny(f.view());
        QVERIFY(back.ok());
        QCOMPARE(back->text, QString(679, QChar(0xE9)));
        // Exactly full fits unchanged.
        const Deny full{1, 2, DenyReason::Unspecified, QString(1359, u'a')};
        QCOMPARE(makeDeny(full).data.size(), 1365);
        QCOMPARE(encode(makeDeny(full)).size(), 1373);
    }

    void offerLayouts()
    {
        QCOMPARE(static_cast<quint16>(FrameType::Offer), quint16(0x0706));
        QCOMPARE(static_cast<quint16>(FrameType::Answer), quint16(0x0707));
        QCOMPARE(static_cast<quint16>(FrameType::Withdraw), quint16(0x0708));
        QCOMPARE(quint32(Capability::RemoteForwards), 0x10u);
        QVERIFY(isExtensionType(FrameType::Offer) && isExtensionType(FrameType::Withdraw));
        QCOMPARE(frameTypeName(FrameType::Answer), QStringLiteral("ANSWER"));
        const auto offer = makeOffer({0x01020304, 22, 2222, QStringLiteral("127.0.0.1"), QStringLiteral("ssh")});
        QVERIFY(offer.ok());
        QCOMPARE(encode(*offer),
            hex("a26b070600000016"
                "01020304"
                "0016"
                "08ae"
                "09"
                "3132372e302e302e31"
                "03"
                "737368"));
        QCOMPARE(encode(makeAnswer({7, true, 2222, {}})),
            hex("a26b070700000008"
                "00000007"
                "01"
                "08ae"
                "00"));
        QCOMPARE(encode(makeAnswer({7, false, 0, QStringLiteral("no")})),
            hex("a26b07070000000a"
                "00000007"
                "00"
                "0000"
                "02"
                "6e6f"));
        QCOMPARE(encode(makeWithdraw({7, WithdrawnBy::Receiver})),
            hex("a26b070800000005"
                "00000007"
                "02"));
    }

    void offerRoundTrips()
    {
        const OfferMessage o{0xFFFFFFFF, 65535, 0, QStringLiteral("host.example"), QStringLiteral("Drucker ✓ 😀")};
        QCOMPARE(*parseOffer(*decode(encode(*makeOffer(o)))), o);
        const OfferMessage noLabel{1, 1, 1, QStringLiteral("::1"), {}};
        QCOMPARE(*parseOffer(*decode(encode(*makeOffer(noLabel)))), noLabel);
        const AnswerMessage a{42, false, 0, QStringLiteral("nein danke")};
        QCOMPARE(*parseAnswer(*decode(encode(makeAnswer(a)))), a);
        const WithdrawMessage w{42, WithdrawnBy::Offerer};
        QCOMPARE(*parseWithdraw(*decode(encode(makeWithdraw(w)))), w);
        // Later versions may append fields: ignored.
        Frame longer = *makeOffer(o);
        longer.data.append("\x01\x02");
        QCOMPARE(*parseOffer(longer.view()), o);
    }

    void offerParsersCheck()
    {
        QCOMPARE(makeOffer({0, 22, 0, QStringLiteral("h"), {}}).error(), PayloadError::BadOfferId);
        QCOMPARE(makeOffer({1, 0, 0, QStringLiteral("h"), {}}).error(), PayloadError::BadPort);
        QCOMPARE(makeOffer({1, 22, 0, {}, {}}).error(), PayloadError::EmptyHost);
        QCOMPARE(makeOffer({1, 22, 0, QString(256, u'a'), {}}).error(), PayloadError::HostTooLong);
        QCOMPARE(makeOffer({1, 22, 0, QStringLiteral("a\0b"), {}}).error(), PayloadError::HostHasNul);
        QCOMPARE(parseOffer({FrameType::Offer, 0, hex("0000000100160000")}).error(), PayloadError::TooShort);
        QCOMPARE(parseOffer({FrameType::Offer, 0,
                                hex("000000000016000001"
                                    "6100")})
                     .error(),
            PayloadError::BadOfferId);
        QCOMPARE(parseOffer({FrameType::Offer, 0,
                                hex("000000010000000001"
                                    "6100")})
                     .error(),
            PayloadError::BadPort);
        QCOMPARE(parseOffer({FrameType::Offer, 0,
                                hex("000000010016000000"
                                    "00")})
                     .error(),
            PayloadError::EmptyHost);
        QCOMPARE(parseOffer({FrameType::Offer, 0,
                                hex("000000010016000002"
                                    "61")})
                     .error(),
            PayloadError::TooShort);
        QCOMPARE(parseOffer({FrameType::Offer, 0,
                                hex("000000010016000001"
                                    "61")})
                     .error(),
            PayloadError::TooShort);
        QCOMPARE(parseOffer({FrameType::Offer, 0,
                                hex("000000010016000001"
                                    "61"
                                    "02"
                                    "62")})
                     .error(),
            PayloadError::TooShort);
        QCOMPARE(parseOffer({FrameType::Offer, 0,
                                hex("000000010016000001"
                                    "00"
                                    "00")})
                     .error(),
            PayloadError::HostHasNul);
        QCOMPARE(parseOffer({FrameType::Offer, 0,
                                hex("000000010016000001"
                                    "61"
                                    "01"
                                    "ff")})
                     .error(),
            PayloadError::BadUtf8);
        QCOMPARE(parseOffer({FrameType::Offer, 0,
                                hex("000000010016000001"
                                    "ff"
                                    "00")})
                     .error(),
            PayloadError::BadUtf8);
        QCOMPARE(parseOffer({FrameType::Offer, 0,
                                hex("000000010016000001"
                                    "61"
                                    "81")
                                    + QByteArray(129, 'x')})
                     .error(),
            PayloadError::TextTooLong);
        QCOMPARE(parseAnswer({FrameType::Answer, 0, hex("00000001010000")}).error(), PayloadError::TooShort);
        QCOMPARE(parseAnswer({FrameType::Answer, 0, hex("0000000102000000")}).error(), PayloadError::BadFlag);
        QCOMPARE(parseAnswer({FrameType::Answer, 0, hex("0000000100000001")}).error(), PayloadError::TooShort);
        QCOMPARE(parseAnswer({FrameType::Answer, 0,
                                 hex("0000000100000001"
                                     "c3")})
                     .error(),
            PayloadError::BadUtf8);
        QCOMPARE(parseWithdraw({FrameType::Withdraw, 0, hex("00000001")}).error(), PayloadError::TooShort);
        QCOMPARE(parseWithdraw({FrameType::Withdraw, 0, hex("0000000103")}).error(), PayloadError::BadFlag);
        QCOMPARE(parseWithdraw({FrameType::Answer, 0, hex("0000000101")}).error(), PayloadError::WrongType);
    }

    void offerTextsAreCutAtCharacterBoundary()
    {
        // 'é' is two bytes: 128 bytes hold 64 of them; 65 do not fit.
        const auto f = makeOffer({1, 22, 0, QStringLiteral("h"), QString(65, QChar(0xE9))});
        QVERIFY(f.ok());
        QCOMPARE(parseOffer(f->view())->label, QString(64, QChar(0xE9)));
        const auto odd = makeOffer({1, 22, 0, QStringLiteral("h"), QStringLiteral("a") + QString(64, QChar(0xE9))});
        QCOMPARE(parseOffer(odd->view())->label, QStringLiteral("a") + QString(63, QChar(0xE9)));
        const Frame a = makeAnswer({1, false, 0, QString(300, u'r')});
        QCOMPARE(parseAnswer(a.view())->reason, QString(255, u'r'));
    }

    void negotiation()
    {
        const Hello ours{1, 0x0F, 1000};
        const Hello theirs{3, 0x0000000A | 0x80000000u, 5000};
        const Negotiated n = negotiate(ours, theirs);
        QCOMPARE(n.version, quint16(1));
        QCOMPARE(n.caps, Capabilities(Capability::HalfClose) | Capability::KeepaliveRtt);
        QCOMPARE(n.peerInitialWindow, quint32(5000));
        QVERIFY(!n.caps.testFlag(Capability::CreditFlow));
        QCOMPARE(theirs.caps().toInt(), 0x0Au); // unknown bit dropped
        QVERIFY(!describe(DenyReason::RuleDenied).isEmpty());
        QVERIFY(describe(DenyReason(999)).contains(QStringLiteral("999")));
    }
};

QTEST_GUILESS_MAIN(TestFrame)
#include "test_frame.moc"
