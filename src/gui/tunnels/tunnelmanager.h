// The desktop app's tunnels: the user's forwards and shared ports
// (TunnelSettings), saved after every change and run through TunnelControl,
// plus the latest statistics for the Tunnels panel's models. No widgets:
// the panel and its dialogs ask, this carries out and remembers.
#pragma once

#include "tunnel/tunnelcontrol.h"
#include "tunnel/tunnelsettings.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace warren {

class TunnelManager : public QObject {
    Q_OBJECT
public:
    /// Writes the settings (the profile's TunnelSettingsStore); false with a sentence.
    using Saver = std::function<bool(const tunnel::TunnelSettings&, QString* error)>;

    /// @p control stays owned by the caller and must outlive this.
    TunnelManager(
        tunnel::TunnelControl& control, tunnel::TunnelSettings settings, Saver saver, QObject* parent = nullptr);

    /// Hands the rules and the enabled forwards to the tunnel service.
    void start();

    const tunnel::TunnelSettings& settings() const { return m_settings; }

    /// Adds @p f (a fresh id when its id is empty or taken) and starts it
    /// when enabled. Returns the id.
    QString addForward(tunnel::SavedForward f);
    /// Replaces the forward with @p f's id, restarting it.
    void updateForward(const tunnel::SavedForward& f);
    void removeForward(const QString& id);
    void setForwardEnabled(const QString& id, bool enabled);

    void addShare(const tunnel::SharedPort& s);
    void updateShare(int index, const tunnel::SharedPort& s);
    void removeShare(int index);

    // Remote forwards.
    /// Offers @p port at @p host (on this computer's side) to @p friendKey.
    void offerPort(
        const PublicKey& friendKey, const QString& host, quint16 port, quint16 suggestedPort, const QString& label);
    /// Takes one of our offers back (or clears a declined one from the list).
    void withdrawOffer(const PublicKey& friendKey, quint32 id);
    /// Accepts a friend's offer: a forward listening on 127.0.0.1. Returns its id.
    QString acceptOffer(const PublicKey& friendKey, quint32 id);
    void declineOffer(const PublicKey& friendKey, quint32 id);
    /// Offers friends made us that wait for an answer, and accepted ones.
    const QList<tunnel::ReceivedOffer>& receivedOffers() const { return m_received; }

    /// The forward's latest statistics; false when the service has not reported it (stopped, failed, starting).
    bool forwardInfo(const QString& id, tunnel::ForwardInfo* info) const;
    /// Why the forward could not start (its address could not be bound); empty when it could.
    QString startError(const QString& id) const { return m_startErrors.value(id); }
    /// True between asking the service to start a forward and its answer.
    bool isStarting(const QString& id) const { return m_starting.contains(id); }
    /// The round trip to @p friendKey in ms, -1 when unknown.
    double roundTripMs(const PublicKey& friendKey) const;
    const QList<tunnel::StreamInfo>& streams() const { return m_streams; }

Q_SIGNALS:
    /// Forwards were added, removed or edited (rows changed).
    void forwardsChanged();
    void sharesChanged();
    /// Our offers or the offers made to us changed.
    void offersChanged();
    /// A friend offers us a port (ask the user).
    void offerArrived(const warren::tunnel::ReceivedOffer& offer);
    /// A friend withdrew the offer behind one of our forwards; it was removed.
    void offerWithdrawn(const warren::PublicKey& friendKey, const QString& label);
    /// New statistics or start results (values changed, rows did not).
    void statisticsChanged();
    void streamsChanged();
    /// Something the user should hear about: the settings could not be saved.
    void problem(const QString& message);

private:
    void startForward(const tunnel::SavedForward& f);
    /// Drops forward @p id from the settings and the statistics (not from
    /// the service); false when there is none.
    bool forgetForward(const QString& id);
    void save();
    void applyPolicy();
    void onForwardAdded(const QString& id, bool ok, const QString& error);
    void onStatistics(const QList<tunnel::ForwardInfo>& forwards, const QList<tunnel::PeerInfo>& peers);
    void onOffers(const QList<tunnel::PortOffer>& mine, const QList<tunnel::ReceivedOffer>& received);

    tunnel::TunnelControl& m_control;
    tunnel::TunnelSettings m_settings;
    Saver m_saver;
    QHash<QString, tunnel::ForwardInfo> m_info;
    QHash<QString, QString> m_startErrors;
    QHash<QString, int> m_starting; ///< id -> answers still due (an edit may start twice)
    QHash<PublicKey, tunnel::PeerInfo> m_peers;
    QList<tunnel::StreamInfo> m_streams;
    QList<tunnel::ReceivedOffer> m_received;
};

} // namespace warren
