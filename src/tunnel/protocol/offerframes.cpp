#include "tunnel/protocol/offerframes.h"

#include "tunnel/protocol/wire.h"

#include <QStringDecoder>

#include <algorithm>

#include <optional>

namespace warren::tunnel {

namespace {
constexpr qsizetype offerFixedSize = 4 + 2 + 2 + 1; // then host, u8 label length, label
constexpr qsizetype answerFixedSize = 4 + 1 + 2 + 1;
constexpr qsizetype withdrawSize = 4 + 1;

/// Cuts UTF-8 at @p max bytes without splitting a character.
QByteArray cutUtf8(const QString& text, qsizetype max)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= max)
        return utf8;
    qsizetype cut = max;
    while (cut > 0 && (static_cast<quint8>(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    utf8.truncate(cut);
    return utf8;
}

/// Strict UTF-8; a leading BOM stays a character so that make(parse(x)) gives x.
std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder utf8(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

std::optional<PayloadError> checkOfferHost(QByteArrayView host)
{
    if (host.isEmpty())
        return PayloadError::EmptyHost;
    if (host.size() > maxOfferHostSize)
        return PayloadError::HostTooLong;
    if (host.contains('\0'))
        return PayloadError::HostHasNul;
    return std::nullopt;
}
} // namespace

Expected<Frame, PayloadError> makeOffer(const OfferMessage& o)
{
    if (o.offerId == 0)
        return PayloadError::BadOfferId;
    if (o.port == 0)
        return PayloadError::BadPort;
    const QByteArray host = o.host.toUtf8();
    if (const auto bad = checkOfferHost(host))
        return *bad;
    const QByteArray label = cutUtf8(o.label, maxOfferLabelSize);
    QByteArray data(offerFixedSize + host.size() + 1 + label.size(), Qt::Uninitialized);
    char* p = data.data();
    wire::put32(p, o.offerId);
    wire::put16(p + 4, o.port);
    wire::put16(p + 6, o.suggestedPort);
    wire::put8(p + 8, static_cast<quint8>(host.size()));
    p = std::copy(host.cbegin(), host.cend(), p + offerFixedSize);
    wire::put8(p, static_cast<quint8>(label.size()));
    std::copy(label.cbegin(), label.cend(), p + 1);
    return Frame{FrameType::Offer, 0, data};
}

Frame makeAnswer(const AnswerMessage& a)
{
    const QByteArray reason = cutUtf8(a.reason, maxAnswerReasonSize);
    Frame f{FrameType::Answer, 0, QByteArray(answerFixedSize + reason.size(), Qt::Uninitialized)};
    char* p = f.data.data();
    wire::put32(p, a.offerId);
    wire::put8(p + 4, a.accepted ? 1 : 0);
    wire::put16(p + 5, a.boundPort);
    wire::put8(p + 7, static_cast<quint8>(reason.size()));
    std::copy(reason.cbegin(), reason.cend(), p + answerFixedSize);
    return f;
}

Frame makeWithdraw(const WithdrawMessage& w)
{
    Frame f{FrameType::Withdraw, 0, QByteArray(withdrawSize, Qt::Uninitialized)};
    wire::put32(f.data.data(), w.offerId);
    wire::put8(f.data.data() + 4, static_cast<quint8>(w.by));
    return f;
}

Expected<OfferMessage, PayloadError> parseOffer(const FrameView& f)
{
    if (f.type != FrameType::Offer)
        return PayloadError::WrongType;
    if (f.data.size() < offerFixedSize)
        return PayloadError::TooShort;
    const char* p = f.data.data();
    OfferMessage o{wire::u32(p), wire::u16(p + 4), wire::u16(p + 6), {}, {}};
    if (o.offerId == 0)
        return PayloadError::BadOfferId;
    if (o.port == 0)
        return PayloadError::BadPort;
    const qsizetype hostSize = wire::u8(p + 8);
    if (f.data.size() < offerFixedSize + hostSize + 1)
        return PayloadError::TooShort;
    const QByteArrayView hostBytes = f.data.sliced(offerFixedSize, hostSize);
    if (const auto bad = checkOfferHost(hostBytes))
        return *bad;
    const qsizetype labelAt = offerFixedSize + hostSize + 1;
    const qsizetype labelSize = wire::u8(p + labelAt - 1);
    if (labelSize > maxOfferLabelSize)
        return PayloadError::TextTooLong;
    if (f.data.size() < labelAt + labelSize)
        return PayloadError::TooShort;
    auto host = decodeUtf8(hostBytes);
    auto label = decodeUtf8(f.data.sliced(labelAt, labelSize));
    if (!host || !label)
        return PayloadError::BadUtf8;
    o.host = std::move(*host);
    o.label = std::move(*label);
    return o;
}

Expected<AnswerMessage, PayloadError> parseAnswer(const FrameView& f)
{
    if (f.type != FrameType::Answer)
        return PayloadError::WrongType;
    if (f.data.size() < answerFixedSize)
        return PayloadError::TooShort;
    const char* p = f.data.data();
    const quint8 accepted = wire::u8(p + 4);
    if (accepted > 1)
        return PayloadError::BadFlag;
    const qsizetype reasonSize = wire::u8(p + 7);
    if (f.data.size() < answerFixedSize + reasonSize)
        return PayloadError::TooShort;
    auto reason = decodeUtf8(f.data.sliced(answerFixedSize, reasonSize));
    if (!reason)
        return PayloadError::BadUtf8;
    return AnswerMessage{wire::u32(p), accepted == 1, wire::u16(p + 5), std::move(*reason)};
}

Expected<WithdrawMessage, PayloadError> parseWithdraw(const FrameView& f)
{
    if (f.type != FrameType::Withdraw)
        return PayloadError::WrongType;
    if (f.data.size() < withdrawSize)
        return PayloadError::TooShort;
    const quint8 by = wire::u8(f.data.data() + 4);
    if (by != static_cast<quint8>(WithdrawnBy::Offerer) && by != static_cast<quint8>(WithdrawnBy::Receiver))
        return PayloadError::BadFlag;
    return WithdrawMessage{wire::u32(f.data.data()), static_cast<WithdrawnBy>(by)};
}

} // namespace warren::tunnel
