// Binds ChatService to the chat pages: creates a ChatPage per friend on
// demand with its latest messages, feeds it new messages, delivery states
// and presence, and carries its requests (send, retry, typing, older
// messages) back to ChatService. Marks a chat read when it has the focus.
#pragma once

#include "core/chat/chattypes.h"

#include <QHash>
#include <QObject>

namespace warren {

class ChatArea;
class ChatPage;
class ChatService;

class ChatBinder : public QObject {
    Q_OBJECT
public:
    /// Messages loaded when a chat opens, and per step when scrolling up.
    static constexpr int pageSize = 50;

    ChatBinder(ChatService& chat, ChatArea& area, QObject* parent = nullptr);

    /// The page for @p key, created (with its newest messages) when needed.
    ChatPage* page(const PublicKey& key);
    ChatPage* existingPage(const PublicKey& key) const { return m_pages.value(key); }
    /// Shows @p key's chat in the main window (or raises its window).
    void open(const PublicKey& key);
    /// Shows @p key's chat in a window of its own.
    void openInWindow(const PublicKey& key);
    /// True when @p key's chat is visible in the active window.
    bool isInFocus(const PublicKey& key) const;
    /// Our own name, shown in our "/me" actions.
    void setSelfName(const QString& name);

Q_SIGNALS:
    /// A chat page was made (with its messages); others may add to it (file cards).
    void pageCreated(warren::ChatPage* page);

private:
    void markReadIfFocused(const PublicKey& key);
    void loadOlder(const PublicKey& key);

    ChatService& m_chat;
    ChatArea& m_area;
    QHash<PublicKey, ChatPage*> m_pages;
    QString m_selfName;
};

} // namespace warren
