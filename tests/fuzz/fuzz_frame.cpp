// Fuzzes the frame codec and every payload parser. Checks, for any input:
// decode() agrees with an independent reading of the receiver rules; what
// decodes re-encodes to the same bytes; payloads that parse rebuild to the
// bytes they came from; frames and payloads built from the input survive
// encode -> decode -> parse unchanged. EXPRESS packets (lossy) likewise.
#include "fuzzcheck.h"

#include "tunnel/protocol/express.h"
#include "tunnel/protocol/extensions.h"
#include "tunnel/protocol/frame.h"
#include "tunnel/protocol/offerframes.h"
#include "tunnel/protocol/tunnelpayloads.h"

#include <QtEndian>

#include <algorithm>
#include <cstdint>
#include <cstring>

using namespace warren::tunnel;

namespace {

/// @p prefix starts @p text (an empty prefix always does: QString's
/// startsWith says false for a null text and an empty, non-null prefix).
bool isPrefix(const QString& text, const QString& prefix)
{
    return prefix.isEmpty() || text.startsWith(prefix);
}

quint16 be16(QByteArrayView v, qsizetype at)
{
    return at + 2 <= v.size() ? qFromBigEndian<quint16>(v.data() + at) : 0;
}
quint32 be32(QByteArrayView v, qsizetype at)
{
    return at + 4 <= v.size() ? qFromBigEndian<quint32>(v.data() + at) : 0;
}
quint64 be64(QByteArrayView v, qsizetype at)
{
    return at + 8 <= v.size() ? qFromBigEndian<quint64>(v.data() + at) : 0;
}

/// make(parse(f)) must give back the payload's first @p used bytes (all when -1),
/// and parsing that again must give the same value. HELLO and KEEPALIVE are
/// sent with connid 0 and receivers ignore it (@p connIdUsed false).
template <typename Parse, typename Make>
void checkPayload(const FrameView& f, Parse parse, Make make, qsizetype fixed, qsizetype used, bool connIdUsed = true)
{
    const auto parsed = parse(f);
    if (!parsed) {
        FUZZ_CHECK(parsed.error() != PayloadError::WrongType);
        if (parsed.error() == PayloadError::TooShort)
            FUZZ_CHECK(f.data.size() < fixed);
        return;
    }
    FUZZ_CHECK(f.data.size() >= fixed);
    const Frame rebuilt = make(*parsed);
    FUZZ_CHECK(rebuilt.type == f.type);
    FUZZ_CHECK(rebuilt.connId == (connIdUsed ? f.connId : 0));
    const QByteArrayView expected = used < 0 ? f.data : f.data.first(used);
    FUZZ_CHECK(QByteArrayView(rebuilt.data) == expected);
    const auto again = parse(rebuilt.view());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == *parsed);
}

/// For payloads with length-prefixed fields (OFFER, ANSWER, WITHDRAW): a
/// parsed payload rebuilds to a prefix of the data (the rest is ignored),
/// and parses again to the same value. Never WrongType for its own type.
template <typename Parse, typename Make>
void checkPrefixPayload(const FrameView& f, Parse parse, Make make)
{
    const auto parsed = parse(f);
    if (!parsed) {
        FUZZ_CHECK(parsed.error() != PayloadError::WrongType);
        return;
    }
    const Frame rebuilt = make(*parsed);
    FUZZ_CHECK(rebuilt.type == f.type && rebuilt.connId == 0);
    FUZZ_CHECK(rebuilt.data.size() <= f.data.size());
    FUZZ_CHECK(QByteArrayView(rebuilt.data) == f.data.first(rebuilt.data.size()));
    const auto again = parse(rebuilt.view());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == *parsed);
}

void checkPayloads(const FrameView& f)
{
    switch (f.type) {
    case FrameType::RequestTunnel:
        checkPayload(
            f, parseRequestTunnel, [](const TunnelRequest& r) { return *makeRequestTunnel(r); }, 4, -1);
        break;
    case FrameType::AckTunnel:
        checkPayload(f, parseAckTunnel, makeAckTunnel, 4, 4);
        break;
    case FrameType::Hello:
        checkPayload(f, parseHello, makeHello, 10, 10, false);
        break;
    case FrameType::Credit:
        checkPayload(f, parseCredit, makeCredit, 4, 4);
        break;
    case FrameType::HalfClose:
        checkPayload(f, parseHalfClose, makeHalfClose, 1, 1);
        break;
    case FrameType::Deny:
        checkPayload(f, parseDeny, makeDeny, 6, -1);
        break;
    case FrameType::Keepalive:
        checkPayload(f, parseKeepalive, makeKeepalive, 8, 8, false);
        break;
    case FrameType::KeepaliveAck:
        checkPayload(f, parseKeepalive, makeKeepaliveAck, 8, 8, false);
        break;
    case FrameType::Offer:
        checkPrefixPayload(f, parseOffer, [](const OfferMessage& o) { return *makeOffer(o); });
        break;
    case FrameType::Answer:
        checkPrefixPayload(f, parseAnswer, makeAnswer);
        break;
    case FrameType::Withdraw:
        checkPrefixPayload(f, parseWithdraw, makeWithdraw);
        break;
    default:
        // Every parser refuses frames of other types.
        FUZZ_CHECK(!parseRequestTunnel(f) && parseRequestTunnel(f).error() == PayloadError::WrongType);
        FUZZ_CHECK(!parseAckTunnel(f) && !parseHello(f) && !parseCredit(f) && !parseHalfClose(f));
        FUZZ_CHECK(!parseDeny(f) && !parseKeepalive(f));
        FUZZ_CHECK(!parseOffer(f) && !parseAnswer(f) && !parseWithdraw(f));
        break;
    }
}

/// The input read as a packet.
void checkDecode(QByteArrayView in)
{
    const auto d = decode(in);
    // Independent reading of the receiver rules.
    if (in.size() < 8) {
        FUZZ_CHECK(!d && d.error() == DecodeError::TooShort);
        return;
    }
    if (be16(in, 0) != 0xA26B) {
        FUZZ_CHECK(!d && d.error() == DecodeError::BadMagic);
        return;
    }
    const qsizetype n = be16(in, 6);
    if (n > 1365) {
        FUZZ_CHECK(!d && d.error() == DecodeError::DataTooLong);
        return;
    }
    if (n > in.size() - 8) {
        FUZZ_CHECK(!d && d.error() == DecodeError::Truncated);
        return;
    }
    FUZZ_CHECK(d.ok());
    FUZZ_CHECK(static_cast<quint16>(d->type) == be16(in, 2));
    FUZZ_CHECK(d->connId == be16(in, 4));
    FUZZ_CHECK(d->data.size() == n);
    FUZZ_CHECK(d->data.data() == in.data() + 8);
    FUZZ_CHECK(isKnownType(d->type) == (isTuntoxType(d->type) || isExtensionType(d->type)));
    FUZZ_CHECK(!frameTypeName(d->type).isEmpty());

    // Re-encoding gives the packet without the ignored tail, by every route.
    const QByteArrayView wire = in.first(8 + n);
    FUZZ_CHECK(QByteArrayView(encode(*d)) == wire);
    char buf[maxPacketSize];
    FUZZ_CHECK(encode(*d, buf, sizeof buf) == 8 + n);
    FUZZ_CHECK(QByteArrayView(buf, 8 + n) == wire);
    FUZZ_CHECK(encode(*d, buf, 8 + n - 1) == 0);
    PacketBuffer pb;
    if (n > 0)
        std::memcpy(pb.data(), d->data.data(), static_cast<size_t>(n));
    FUZZ_CHECK(pb.seal(d->type, d->connId, n) == wire);
    const Frame owned = Frame::fromView(*d);
    FUZZ_CHECK(QByteArrayView(encode(owned)) == wire);

    checkPayloads(*d);
}

/// The input read as the parts of a frame: type, connid, data.
void checkEncode(QByteArrayView in)
{
    const Frame f{
        static_cast<FrameType>(be16(in, 0)), be16(in, 2), in.size() > 4 ? in.sliced(4).toByteArray() : QByteArray()};
    const QByteArray bytes = encode(f);
    if (f.data.size() > maxFrameData) {
        FUZZ_CHECK(bytes.isEmpty());
        return;
    }
    FUZZ_CHECK(bytes.size() == 8 + f.data.size());
    const auto d = decode(bytes);
    FUZZ_CHECK(d.ok());
    FUZZ_CHECK(Frame::fromView(*d) == f);
}

/// The input read as the fields of each payload.
void checkBuilders(QByteArrayView in)
{
    const QByteArrayView rest = in.size() > 6 ? in.sliced(6) : QByteArrayView();
    const TunnelRequest req{be32(in, 0), be16(in, 4), rest.toByteArray()};
    const auto made = makeRequestTunnel(req);
    const bool valid
        = req.port != 0 && !req.host.isEmpty() && req.host.size() <= maxRequestHostSize && !req.host.contains('\0');
    FUZZ_CHECK(made.ok() == valid);
    if (made) {
        const auto back = parseRequestTunnel(*decode(encode(*made)));
        FUZZ_CHECK(back.ok() && *back == req);
    }

    const TunnelAck ack{be16(in, 0), be32(in, 2)};
    FUZZ_CHECK(*parseAckTunnel(*decode(encode(makeAckTunnel(ack)))) == ack);
    const Hello hello{be16(in, 0), be32(in, 2), be32(in, 6)};
    FUZZ_CHECK(*parseHello(*decode(encode(makeHello(hello)))) == hello);
    const Negotiated n = negotiate(hello, Hello{be16(in, 10), be32(in, 12), be32(in, 16)});
    FUZZ_CHECK(n.version <= hello.version && (n.caps.toInt() & ~hello.capabilities) == 0);
    FUZZ_CHECK((n.caps.toInt() & ~allCapabilityBits) == 0);
    const Credit credit{be16(in, 0), be32(in, 2)};
    FUZZ_CHECK(*parseCredit(*decode(encode(makeCredit(credit)))) == credit);
    const HalfClose hc{be16(in, 0), (be16(in, 2) & 1) ? HalfCloseDirection::Write : HalfCloseDirection::Read};
    FUZZ_CHECK(*parseHalfClose(*decode(encode(makeHalfClose(hc)))) == hc);
    const Keepalive k{be64(in, 0)};
    FUZZ_CHECK(*parseKeepalive(*decode(encode(makeKeepalive(k)))) == k);
    FUZZ_CHECK(*parseKeepalive(*decode(encode(makeKeepaliveAck(k)))) == k);

    // DENY text: kept whole when it fits, else cut to a prefix on a character boundary.
    const Deny deny{be16(in, 0), be32(in, 2), static_cast<DenyReason>(be16(in, 6)),
        QString::fromUtf8(in.size() > 8 ? in.sliced(8) : QByteArrayView())};
    const Frame denyFrame = makeDeny(deny);
    FUZZ_CHECK(denyFrame.data.size() <= maxFrameData);
    const auto denyBack = parseDeny(*decode(encode(denyFrame)));
    FUZZ_CHECK(denyBack.ok());
    FUZZ_CHECK(denyBack->port == deny.port && denyBack->forwardId == deny.forwardId && denyBack->reason == deny.reason);
    if (deny.text.toUtf8().size() <= maxDenyTextSize)
        FUZZ_CHECK(denyBack->text == deny.text);
    else
        FUZZ_CHECK(isPrefix(deny.text, denyBack->text) && denyBack->text.toUtf8().size() > maxDenyTextSize - 4);

    // OFFER / ANSWER: texts kept whole when they fit, else cut to a prefix.
    const qsizetype hostSize = in.size() > 8 ? std::min<qsizetype>(static_cast<quint8>(in.at(8)), in.size() - 9) : 0;
    const QByteArrayView host = hostSize > 0 ? in.sliced(9, hostSize) : QByteArrayView();
    const QByteArrayView label = in.size() > 9 + hostSize ? in.sliced(9 + hostSize) : QByteArrayView();
    const OfferMessage offer{be32(in, 0), be16(in, 4), be16(in, 6), QString::fromUtf8(host), QString::fromUtf8(label)};
    const auto offerFrame = makeOffer(offer);
    const QByteArray hostUtf8 = offer.host.toUtf8();
    const bool offerValid = offer.offerId != 0 && offer.port != 0 && !hostUtf8.isEmpty()
        && hostUtf8.size() <= maxOfferHostSize && !hostUtf8.contains('\0');
    FUZZ_CHECK(offerFrame.ok() == offerValid);
    if (offerFrame) {
        const auto back = parseOffer(*decode(encode(*offerFrame)));
        FUZZ_CHECK(back.ok());
        FUZZ_CHECK(back->offerId == offer.offerId && back->port == offer.port && back->host == offer.host);
        FUZZ_CHECK(back->suggestedPort == offer.suggestedPort && isPrefix(offer.label, back->label));
        FUZZ_CHECK(back->label.toUtf8().size() <= maxOfferLabelSize);
        if (offer.label.toUtf8().size() <= maxOfferLabelSize)
            FUZZ_CHECK(back->label == offer.label);
    }
    const AnswerMessage answer{be32(in, 0), (be16(in, 4) & 1) != 0, be16(in, 6), QString::fromUtf8(label)};
    const auto answerBack = parseAnswer(*decode(encode(makeAnswer(answer))));
    FUZZ_CHECK(answerBack.ok());
    FUZZ_CHECK(answerBack->offerId == answer.offerId && answerBack->accepted == answer.accepted);
    FUZZ_CHECK(answerBack->boundPort == answer.boundPort && isPrefix(answer.reason, answerBack->reason));
    const WithdrawMessage withdraw{be32(in, 0), (be16(in, 4) & 1) ? WithdrawnBy::Offerer : WithdrawnBy::Receiver};
    FUZZ_CHECK(*parseWithdraw(*decode(encode(makeWithdraw(withdraw)))) == withdraw);
}

} // namespace

/// EXPRESS (a lossy packet, not a frame): parse agrees with the layout, and
/// what parses rebuilds to the same bytes.
void checkExpress(QByteArrayView in)
{
    const auto e = parseExpress(in);
    const bool valid = in.size() > expressHeaderSize && in.size() <= expressHeaderSize + maxExpressData
        && static_cast<quint8>(in[0]) == expressPacketId && static_cast<quint8>(in[1]) == expressKindData;
    FUZZ_CHECK(e.has_value() == valid);
    if (!e)
        return;
    FUZZ_CHECK(e->connId == be16(in, 2) && e->tag == be32(in, 4) && e->offset == be64(in, 8));
    ExpressBuffer buf;
    FUZZ_CHECK(buf.build(e->connId, e->tag, e->offset, e->data) == in);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView in(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkDecode(in);
    checkEncode(in);
    checkBuilders(in);
    checkExpress(in);
    return 0;
}
