// The main window. Only composes: who I am at the top (SelfHeader), the
// contacts on the left (ContactsPane), the chat on the right (ChatArea),
// the menus and shortcuts, and the dialogs it opens (add friend, my ID,
// friend requests, message search). Each part has one job; binders connect the models to
// ChatService.
#pragma once

#include "core/toxtypes.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;

namespace warren {

class AddFriendDialog;
class ChatArea;
class ChatBinder;
class ChatService;
class ContactActions;
class ContactModel;
class ContactsPane;
class Engine;
class AvatarBinder;
class Avatars;
class FileBinder;
class FileTransfers;
class HistorySearchDialog;
class MyIdDialog;
class RequestInbox;
class RequestModel;
class SelfHeader;
class TransfersView;
class TunnelsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Engine& engine, ChatService& chat, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens (or raises) the add-friend dialog, filled with @p id if given.
    AddFriendDialog* showAddFriend(const QString& id = {});
    MyIdDialog* showMyId();
    RequestInbox* showInbox();
    HistorySearchDialog* showSearch();
    /// Opens @p key's chat in the main window.
    void openChat(const PublicKey& key);
    /// Adds the Tunnels panel (a dock, View ▸ Tunnels) and the contact
    /// menu's tunnel entries. The window takes @p panel.
    void setTunnelsPanel(TunnelsPanel* panel);
    TunnelsPanel* tunnelsPanel() const { return m_tunnels; }
    QDockWidget* tunnelsDock() const { return m_tunnelsDock; }
    /// Turns file transfers on: cards in the chats, the paperclip, drops
    /// and pastes, and View ▸ Transfers. Call before any chat opens;
    /// @p files must outlive the window. Pasted pictures are saved in
    /// @p pasteFolder before they are sent.
    void setFileTransfers(FileTransfers& files, const QString& pasteFolder);
    FileBinder* files() const { return m_files; }
    /// Shows avatars (mine and friends') and lets me set mine.
    void setAvatars(Avatars& avatars);
    AvatarBinder* avatars() const { return m_avatars; }
    /// Opens (or raises) the transfers window; null without file transfers.
    TransfersView* showTransfers();

    /// True when @p key's chat is visible in the active window.
    bool isChatInFocus(const PublicKey& key) const;
    ContactModel* contacts() const { return m_contacts; }
    RequestModel* requests() const { return m_requests; }
    ContactsPane* contactsPane() const { return m_pane; }
    ChatBinder* chats() const { return m_chats; }
    ChatArea* chatArea() const { return m_area; }
    SelfHeader* selfHeader() const { return m_self; }

Q_SIGNALS:
    /// Profile ▸ Change password…; the app owns the profile file.
    void changePasswordRequested();
    /// Warren ▸ Settings…; the app owns the settings.
    void settingsRequested();

private:
    void buildMenus();
    void confirmRemove(const PublicKey& key);

    Engine& m_engine;
    ChatService& m_chat;
    ContactModel* m_contacts;
    RequestModel* m_requests;
    SelfHeader* m_self;
    ContactsPane* m_pane;
    ChatArea* m_area;
    ChatBinder* m_chats;
    QPointer<AddFriendDialog> m_addFriend;
    QPointer<MyIdDialog> m_myId;
    QPointer<RequestInbox> m_inbox;
    QPointer<HistorySearchDialog> m_search;
    ContactActions* m_contactActions;
    TunnelsPanel* m_tunnels = nullptr;
    QDockWidget* m_tunnelsDock = nullptr;
    FileBinder* m_files = nullptr;
    AvatarBinder* m_avatars = nullptr;
    QPointer<TransfersView> m_transfers;
};

} // namespace warren
