// A top-level window holding one ChatPage that was opened on its own.
// Closing it docks the chat back into the main window (ChatArea decides);
// the page is never destroyed with the window.
#pragma once

#include "core/toxtypes.h"

#include <QWidget>

namespace warren {

class ChatPage;

class ChatWindow : public QWidget {
    Q_OBJECT
public:
    explicit ChatWindow(ChatPage* page, QWidget* parent = nullptr);

    ChatPage* page() const { return m_page; }
    /// Hands the page back (reparented to nothing) and closes the window.
    ChatPage* takePage();

Q_SIGNALS:
    void closeRequested(const warren::PublicKey& key);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    ChatPage* m_page;
};

} // namespace warren
