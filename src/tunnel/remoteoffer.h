// Remote forwards as values (they cross threads in queued signals and are
// saved in NAME.tunnels.json): a port of ours offered to a friend
// (PortOffer, the offerer's side) and an offer a friend made us
// (ReceivedOffer, the receiver's side). RemoteOffers keeps them.
#pragma once

#include "core/toxtypes.h"
#include "tunnel/forwardspec.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace warren::tunnel {

/// One of our ports offered to a friend. While it is accepted, the friend
/// may open tunnels to exactly host:port (an implicit share).
struct PortOffer {
    enum class State {
        Waiting, ///< not delivered yet: the friend is offline (sent when it comes online)
        Offered, ///< delivered; the friend has not answered
        Accepted, ///< the friend listens on boundPort
        Declined, ///< the friend said no (reason)
        Removed, ///< the friend removed its forward
        Unsupported, ///< the friend's software has no remote forwards (tuntox, older Warren)
    };
    quint32 id = 0; ///< ours, never 0; random so that it stays unique across restarts
    PublicKey friendKey;
    QString host = QStringLiteral("127.0.0.1"); ///< the target on our side
    quint16 port = 0;
    quint16 suggestedPort = 0; ///< where we suggest the friend listens; 0 = anywhere
    QString label; ///< what we call it; shown to the friend
    State state = State::Waiting;
    quint16 boundPort = 0; ///< where the friend listens, once accepted
    QString reason; ///< why declined, refused or unsupported

    /// Waiting, Offered, Accepted or Unsupported: re-announced whenever the friend comes online.
    bool stands() const { return state != State::Declined && state != State::Removed; }
    /// Still waiting for the friend's answer (counts against the per-friend limit).
    bool pending() const { return state == State::Waiting || state == State::Offered || state == State::Unsupported; }
    friend bool operator==(const PortOffer&, const PortOffer&) = default;
};

/// An offer a friend made us. Nothing listens until the user accepts it;
/// then it is an ordinary forward (ForwardSpec::offerId set) of ours.
struct ReceivedOffer {
    PublicKey friendKey;
    quint32 id = 0; ///< the friend's offer id
    QString host; ///< the target at the friend's side
    quint16 port = 0;
    quint16 suggestedPort = 0;
    QString label;
    bool accepted = false;
    QString forwardId; ///< our forward for it, once accepted
    quint16 boundPort = 0; ///< where that forward listens

    /// The forward that accepting creates: 127.0.0.1 at the suggested port
    /// (any free one when that is taken), to host:port at the friend.
    ForwardSpec forwardSpec(const QString& forward) const;
    friend bool operator==(const ReceivedOffer&, const ReceivedOffer&) = default;
};

} // namespace warren::tunnel

Q_DECLARE_METATYPE(warren::tunnel::PortOffer)
Q_DECLARE_METATYPE(warren::tunnel::ReceivedOffer)
