// Decides what deserves a desktop notification: an incoming message or
// file offer (not for the chat that is open and focused) and a friend
// request. Emits
// notify(); the tray shows it. Message text is shortened, never logged.
#pragma once

#include "core/chat/chattypes.h"
#include "core/files/filetypes.h"

#include <QObject>

#include <functional>

namespace warren {

class ChatService;

class Notifier : public QObject {
    Q_OBJECT
public:
    /// @p isInFocus tells whether a chat is visible in the active window.
    Notifier(ChatService& chat, std::function<bool(const PublicKey&)> isInFocus, QObject* parent = nullptr);

    /// The decision for one message, exposed for tests.
    bool shouldNotify(const ChatMessage& message) const;
    /// A friend offers a file (connect FileTransfers::offered here: it
    /// carries incoming data files only).
    void fileOffered(const warren::FileTransferInfo& info);

Q_SIGNALS:
    void notify(const QString& title, const QString& text);

private:
    ChatService& m_chat;
    std::function<bool(const PublicKey&)> m_isInFocus;
};

} // namespace warren
