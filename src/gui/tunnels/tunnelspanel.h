// The Tunnels panel: my forwards (add, edit, remove, start, stop, with
// live state and statistics), the ports I share with friends (per-friend
// rules; everything else denied), and the open streams. Widgets only: the
// work is TunnelManager's. The main window shows it in a dock.
#pragma once

#include "core/toxtypes.h"

#include <QWidget>

class QPushButton;
class QTabWidget;
class QTableView;

namespace warren {

class ContactModel;
class ForwardModel;
class OffersPage;
class ShareModel;
class StreamModel;
class TunnelManager;

class TunnelsPanel : public QWidget {
    Q_OBJECT
public:
    /// @p manager stays owned by the caller; @p contacts may be null.
    TunnelsPanel(TunnelManager& manager, const ContactModel* contacts, QWidget* parent = nullptr);

    /// "Open a tunnel to…": the forward dialog, for @p key when given.
    void openTunnelTo(const PublicKey& key = {});
    /// "Share a port with…": the share dialog, for @p key when given.
    void sharePortWith(const PublicKey& key = {});
    /// "Offer a port to…": the offer dialog, for @p key when given.
    void offerPortTo(const PublicKey& key = {});
    OffersPage* offersPage() const { return m_offers; }

    ForwardModel* forwardModel() const { return m_forwardModel; }
    ShareModel* shareModel() const { return m_shareModel; }
    StreamModel* streamModel() const { return m_streamModel; }
    QTableView* forwardView() const { return m_forwards; }
    QTableView* shareView() const { return m_shares; }
    QTableView* streamView() const { return m_streams; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void editForward();
    void removeForward();
    void setSelectedEnabled(bool enabled);
    void editShare();
    void removeShare();
    void updateButtons();
    QString selectedForward() const;
    int selectedShare() const;

    TunnelManager& m_manager;
    const ContactModel* m_contacts;
    ForwardModel* m_forwardModel;
    ShareModel* m_shareModel;
    StreamModel* m_streamModel;
    QTabWidget* m_tabs;
    QTableView* m_forwards;
    QTableView* m_shares;
    QTableView* m_streams;
    OffersPage* m_offers;
    QPushButton* m_editForward;
    QPushButton* m_removeForward;
    QPushButton* m_startForward;
    QPushButton* m_stopForward;
    QPushButton* m_editShare;
    QPushButton* m_removeShare;
};

} // namespace warren
