// The "Offered ports" page of the Tunnels panel: the ports I offer to
// friends with their state (waiting, offered, accepted on port N,
// declined, ...), and the offers friends made me, to accept or decline.
// A new offer also pops up a question. Widgets only: TunnelManager works.
#pragma once

#include "core/toxtypes.h"
#include "tunnel/remoteoffer.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace warren {

class ContactModel;
class TunnelManager;

class OffersPage : public QWidget {
    Q_OBJECT
public:
    OffersPage(TunnelManager& manager, const ContactModel* contacts, QWidget* parent = nullptr);

    /// The offer dialog, for @p key when given.
    void offerPortTo(const PublicKey& key = {});

    QTableWidget* mineView() const { return m_mine; }
    QTableWidget* receivedView() const { return m_received; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* declineButton() const { return m_decline; }
    QPushButton* withdrawButton() const { return m_withdraw; }

private:
    void refresh();
    void ask(const tunnel::ReceivedOffer& offer);
    QString stateText(const tunnel::PortOffer& o) const;

    TunnelManager& m_manager;
    const ContactModel* m_contacts;
    QTableWidget* m_mine;
    QTableWidget* m_received;
    QPushButton* m_withdraw;
    QPushButton* m_accept;
    QPushButton* m_decline;
};

} // namespace warren
