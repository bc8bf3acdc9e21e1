// The book-keeping of remote forwards on the core thread, both sides:
// the ports we offer to friends (with the implicit share each accepted
// offer grants) and the offers friends made us. It speaks OFFER / ANSWER /
// WITHDRAW through the hooks and only to a friend whose HELLO announced
// the capability; frames for a friend that is offline wait in an outbox
// until it is back. Owned by TunnelService, which feeds it the frames and
// the friends' state and carries out what it reports.
#pragma once

#include "tunnel/protocol/offerframes.h"
#include "tunnel/remoteoffer.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace warren::tunnel {

class RemoteOffers : public QObject {
    Q_OBJECT
public:
    struct Hooks {
        /// The friend's state; creates its link when needed (so it says HELLO).
        std::function<OfferSupport(const PublicKey&)> support;
        /// Sends a frame to the friend (only called when support() is Yes).
        std::function<void(const PublicKey&, const Frame&)> send;
    };
    /// Offers waiting for an answer, per friend and direction.
    static constexpr int maxPendingPerFriend = 16;

    explicit RemoteOffers(Hooks hooks, QObject* parent = nullptr);

    // ---- our offers ----
    /// The offers of an earlier run (from the settings file).
    void restore(const QList<PortOffer>& offers);
    /// A new offer (id chosen by the caller). False with a sentence when it
    /// is invalid, its id is taken, or 16 offers to that friend wait already.
    bool offer(PortOffer o, QString* error);
    /// Takes our offer back (and forgets it); the friend closes its listener.
    void withdraw(const PublicKey& friendKey, quint32 id);
    /// True while an accepted offer lets @p friendKey reach exactly @p host:@p port.
    bool grants(const PublicKey& friendKey, QStringView host, quint16 port) const;
    const QList<PortOffer>& mine() const { return m_mine; }

    // ---- offers made to us ----
    /// Says no to a pending offer and forgets it.
    void decline(const PublicKey& friendKey, quint32 id, const QString& reason);
    /// Our forward for the offer listens on @p boundPort: accepted (now, or
    /// again after a restart). Unknown offers are taken from @p spec.
    void forwardStarted(const ForwardSpec& spec, quint16 boundPort);
    /// We removed the forward of an accepted offer: tell the friend, forget it.
    void removeReceived(const PublicKey& friendKey, quint32 id);
    const QList<ReceivedOffer>& received() const { return m_received; }
    const ReceivedOffer* findReceived(const PublicKey& friendKey, quint32 id) const;

    // ---- from the friends' links ----
    /// The friend came online, went offline, or its HELLO (or its absence) is known.
    void peerChanged(const PublicKey& friendKey);
    void receiveOffer(const PublicKey& friendKey, const OfferMessage& m);
    void receiveAnswer(const PublicKey& friendKey, const AnswerMessage& m);
    void receiveWithdraw(const PublicKey& friendKey, const WithdrawMessage& m);

Q_SIGNALS:
    /// Any offer changed (mine() or received()).
    void changed();
    /// A friend made us a new offer (the user should be asked).
    void offerArrived(const warren::tunnel::ReceivedOffer& offer);
    /// The friend withdrew the offer behind our forward @p forwardId: stop it.
    void forwardWithdrawn(const QString& forwardId, const warren::PublicKey& friendKey, const QString& label);
    void note(const warren::PublicKey& friendKey, const QString& message);

private:
    PortOffer* findMine(const PublicKey& friendKey, quint32 id);
    ReceivedOffer* findReceivedMutable(const PublicKey& friendKey, quint32 id);
    void eraseReceived(const PublicKey& friendKey, quint32 id);
    /// Sends now when the friend supports it, else keeps it for later.
    void queue(const PublicKey& friendKey, const Frame& f);
    void sendOffer(PortOffer& o);
    int pendingTo(const PublicKey& friendKey) const;

    Hooks m_hooks;
    QList<PortOffer> m_mine;
    QList<ReceivedOffer> m_received;
    QHash<PublicKey, QList<Frame>> m_outbox; ///< ANSWER / WITHDRAW for friends offline now
};

} // namespace warren::tunnel
