// What the desktop app's user set up for tunnels, per profile: the forwards
// (to a friend's host:port, started or stopped) and the ports shared with
// friends (one rule per entry), and the ports offered to friends (remote
// forwards; an accepted offer made to us is a forward with spec.offerId). Plain values; TunnelSettingsStore keeps
// them on disk, TunnelControl runs them. Shared ports deny by default: a
// friend reaches only what an entry for that friend allows.
#pragma once

#include "tunnel/forwardspec.h"
#include "tunnel/remoteoffer.h"
#include "tunnel/rules/rule.h"
#include "tunnel/tunnelpolicy.h"

#include <QJsonObject>
#include <QList>

namespace warren::tunnel {

struct SavedForward {
    ForwardSpec spec; ///< spec.id identifies the forward everywhere
    bool enabled = true; ///< started at launch; a stopped forward does not listen
    QString offerLabel; ///< for a remote forward (spec.offerId set): what the friend called it
};

struct SharedPort {
    PublicKey friendKey;
    Rule rule; ///< which host:port (range, `*`) the friend may reach
    QString label; ///< what the user calls it ("SSH"); may be empty
};

struct TunnelSettings {
    QList<SavedForward> forwards;
    QList<SharedPort> shares;
    /// Ports we offered to friends (remote forwards), with their last known state.
    QList<PortOffer> offers;
    /// Entries the store could not read, kept as they were so that saving
    /// does not lose them (a newer version's, or damaged by hand).
    QList<QJsonObject> unreadable;

    /// Deny by default; each friend gets the rules of its entries.
    TunnelPolicy policy() const;
    /// The entry with @p id, or nullptr.
    SavedForward* forward(const QString& id);
    /// An id not used by any forward yet.
    QString newForwardId() const;
};

} // namespace warren::tunnel
