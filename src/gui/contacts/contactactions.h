// Carries out the contact actions that need a question or a file name
// first: rename (a local alias), block and unblock, export the chat as
// text, delete the chat's history. Asks with dialogs over its parent
// widget, then calls ChatService; failures are shown, never swallowed.
#pragma once

#include "gui/contacts/contactlistview.h"

#include <QObject>

class QWidget;

namespace warren {

class ChatService;

class ContactActions : public QObject {
    Q_OBJECT
public:
    ContactActions(ChatService& chat, QWidget* parent);

    void run(warren::ContactAction action, const warren::PublicKey& key);

private:
    void rename(const PublicKey& key);
    void block(const PublicKey& key);
    void exportChat(const PublicKey& key);
    void deleteHistory(const PublicKey& key);
    QWidget* window() const;

    ChatService& m_chat;
};

} // namespace warren
