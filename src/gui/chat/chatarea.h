// The right side of the main window: the chat shown there, or a hint when
// none is. Places ChatPages: docked (in its stack) or each in a ChatWindow
// of its own, and moves them between the two. Owns the pages it places.
#pragma once

#include "core/toxtypes.h"
#include "gui/chat/chatwindow.h"

#include <QHash>
#include <QPointer>
#include <QStackedWidget>

namespace warren {

class ChatPage;

class ChatArea : public QStackedWidget {
    Q_OBJECT
public:
    explicit ChatArea(QWidget* parent = nullptr);
    ~ChatArea() override;

    /// Shows @p page: raises its window when detached, else docks it here.
    void present(ChatPage* page);
    /// Moves @p page into a window of its own.
    void detach(ChatPage* page);
    /// Moves @p page from its window back here and shows it.
    void dock(ChatPage* page);
    /// Destroys @p page wherever it is (the friend was removed).
    void discard(ChatPage* page);

    bool isDetached(const PublicKey& key) const { return m_windows.contains(key); }
    ChatWindow* windowOf(const PublicKey& key) const { return m_windows.value(key); }
    /// The docked page on show, or null when the hint is shown.
    ChatPage* current() const;

Q_SIGNALS:
    void currentChatChanged(const warren::PublicKey& key);

private:
    QWidget* m_hint;
    QHash<PublicKey, QPointer<ChatWindow>> m_windows;
};

} // namespace warren
