// The remote-forward frames (capability 0x10, see PROTOCOL.md): a friend
// offers us one of its ports (OFFER), we accept or decline (ANSWER), and
// either side ends it (WITHDRAW). Pure value code. Sent only to a Warren
// peer whose HELLO announced the capability; tuntox never sees them.
#pragma once

#include "tunnel/protocol/frame.h"
#include "tunnel/protocol/payloaderror.h"

namespace warren::tunnel {

/// Longest host name of an OFFER (one length byte).
inline constexpr qsizetype maxOfferHostSize = 255;
/// Longest OFFER label in bytes of UTF-8; longer labels are cut on a character boundary.
inline constexpr qsizetype maxOfferLabelSize = 128;
/// Longest ANSWER reason in bytes of UTF-8; cut like the label.
inline constexpr qsizetype maxAnswerReasonSize = 255;

/// OFFER (connid 0): u32 offer id, u16 port, u16 suggested local port,
/// u8 host length, host, u8 label length, label.
/// What a friend's software says about remote forwards now (PeerLink
/// knows it; RemoteOffers decides by it).
enum class OfferSupport {
    Offline,
    Unknown, ///< online, HELLO not yet seen
    Yes, ///< its HELLO announced remote forwards
    No, ///< its HELLO did not, or it sent no HELLO (tuntox)
};

struct OfferMessage {
    quint32 offerId = 0; ///< chosen by the offerer, never 0; names the offer in ANSWER and WITHDRAW
    quint16 port = 0; ///< the target at the offerer's side, 1-65535
    quint16 suggestedPort = 0; ///< where the receiver should listen; 0 = anywhere
    QString host; ///< the target host at the offerer's side (normally 127.0.0.1)
    QString label; ///< what the offerer calls it; may be empty
    friend bool operator==(const OfferMessage&, const OfferMessage&) = default;
};

/// ANSWER (connid 0): u32 offer id, u8 accepted (0/1), u16 bound local port,
/// u8 reason length, reason. Receiver to offerer only.
struct AnswerMessage {
    quint32 offerId = 0;
    bool accepted = false;
    quint16 boundPort = 0; ///< where the receiver listens; 0 when declined
    QString reason; ///< why declined (for people); may be empty
    friend bool operator==(const AnswerMessage&, const AnswerMessage&) = default;
};

/// Who ends an offer with WITHDRAW: the ids are the offerer's, so both
/// friends can hold offers with the same id, one in each direction.
enum class WithdrawnBy : quint8 {
    Offerer = 1, ///< the offer no longer stands
    Receiver = 2, ///< the receiver removed (or never wants) its forward
};

/// WITHDRAW (connid 0): u32 offer id, u8 who (WithdrawnBy).
struct WithdrawMessage {
    quint32 offerId = 0;
    WithdrawnBy by = WithdrawnBy::Offerer;
    friend bool operator==(const WithdrawMessage&, const WithdrawMessage&) = default;
};

/// Fails on offer id 0, port 0, or a host that is empty, over 255 bytes,
/// has a NUL. A label over 128 bytes is cut.
Expected<Frame, PayloadError> makeOffer(const OfferMessage& o);
/// A reason over 255 bytes is cut.
Frame makeAnswer(const AnswerMessage& a);
Frame makeWithdraw(const WithdrawMessage& w);

// Parsers check every field make*() would refuse; bytes after the fields are ignored.
Expected<OfferMessage, PayloadError> parseOffer(const FrameView& f);
Expected<AnswerMessage, PayloadError> parseAnswer(const FrameView& f);
Expected<WithdrawMessage, PayloadError> parseWithdraw(const FrameView& f);

} // namespace warren::tunnel
