// The contact list view. Selecting a contact opens its chat in the main
// window; double-click (or "Open in new window" in the context menu) opens
// it in a window of its own. The context menu (right click, or the Menu
// key on the current contact) offers the rest. Only emits what the user
// asked for.
#pragma once

#include "core/toxtypes.h"

#include <QListView>

namespace warren {

/// What a contact's context menu offers beyond opening its chat.
enum class ContactAction { Rename, Block, Unblock, ExportChat, DeleteHistory };

class ContactListView : public QListView {
    Q_OBJECT
public:
    explicit ContactListView(QWidget* parent = nullptr);

    PublicKey currentKey() const;
    /// Selects @p key's row when it is visible (filtered in).
    void selectKey(const PublicKey& key);
    /// Moves the selection @p delta rows, wrapping around (Ctrl+Tab).
    void selectRelative(int delta);
    /// Offers "Open a tunnel to…", "Share a port with…" and "Offer a port to…" (when the app runs tunnels).
    void setTunnelActionsShown(bool shown) { m_tunnelActions = shown; }
    /// Offers "Receive files automatically…" (when file transfers run).
    void setFileActionsShown(bool shown) { m_fileActions = shown; }

Q_SIGNALS:
    void openRequested(const warren::PublicKey& key);
    void openInWindowRequested(const warren::PublicKey& key);
    void removeRequested(const warren::PublicKey& key);
    void copyKeyRequested(const warren::PublicKey& key);
    void actionRequested(warren::ContactAction action, const warren::PublicKey& key);
    void openTunnelRequested(const warren::PublicKey& key);
    void autoAcceptRequested(const warren::PublicKey& key);
    void sharePortRequested(const warren::PublicKey& key);
    void offerPortRequested(const warren::PublicKey& key);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    bool m_tunnelActions = false;
    bool m_fileActions = false;
};

} // namespace warren
