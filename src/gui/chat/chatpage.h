// One chat: header, messages, the typing indicator and the composer. Holds
// the chat's MessageModel; knows nothing of ChatService (ChatBinder feeds
// it and carries its requests, keyed by the friend's public key). Lives in
// the main window's ChatArea or in a ChatWindow of its own.
#pragma once

#include "core/chat/chattypes.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace warren {

class ChatHeader;
class ChatView;
class Composer;
class MessageModel;

class ChatPage : public QWidget {
    Q_OBJECT
public:
    explicit ChatPage(const PublicKey& key, QWidget* parent = nullptr);

    const PublicKey& key() const { return m_key; }
    MessageModel* messages() const { return m_model; }
    ChatView* view() const { return m_view; }
    Composer* composer() const { return m_composer; }
    ChatHeader* header() const { return m_header; }
    const QString& title() const { return m_title; }
    /// The paperclip beside the composer; hidden until files can be sent
    /// (FileBinder shows it and opens the file dialog).
    QToolButton* attachButton() const { return m_attach; }

    /// Updates the header, the typing indicator and the sender name.
    void setContact(const Contact& contact);
    void setDocked(bool docked);
    /// True when the page is visible in the active window (notifications
    /// and unread counts skip such a chat).
    bool isInFocus() const;

Q_SIGNALS:
    void sendRequested(const warren::PublicKey& key, const QString& text);
    void retryRequested(const warren::PublicKey& key, qint64 messageId);
    void typingChanged(const warren::PublicKey& key, bool typing);
    void olderRequested(const warren::PublicKey& key);
    void detachRequested(const warren::PublicKey& key);
    void dockRequested(const warren::PublicKey& key);
    void titleChanged(const QString& title);

private:
    PublicKey m_key;
    QString m_title;
    MessageModel* m_model;
    ChatHeader* m_header;
    ChatView* m_view;
    QLabel* m_typingLabel;
    Composer* m_composer;
    QToolButton* m_send;
    QToolButton* m_attach;
};

} // namespace warren
