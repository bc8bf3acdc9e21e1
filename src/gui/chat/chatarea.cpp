#include "gui/chat/chatarea.h"

#include "gui/chat/chatpage.h"
#include "gui/chat/chatwindow.h"

#include <QLabel>

namespace warren {

ChatArea::ChatArea(QWidget* parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("chatArea"));
    auto* hint = new QLabel(tr("Select a contact to chat with, or add a friend with Ctrl+N."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint = hint;
    addWidget(m_hint);
    connect(this, &QStackedWidget::currentChanged, this, [this] {
        ChatPage* p = current();
        Q_EMIT currentChatChanged(p ? p->key() : PublicKey{});
    });
}

ChatArea::~ChatArea()
{
    for (const QPointer<ChatWindow>& w : std::as_const(m_windows))
        delete w.data();
}

ChatPage* ChatArea::current() const
{
    return qobject_cast<ChatPage*>(currentWidget());
}

void ChatArea::present(ChatPage* page)
{
    if (ChatWindow* w = windowOf(page->key())) {
        w->showNormal();
        w->raise();
        w->activateWindow();
        return;
    }
    if (indexOf(page) < 0)
        addWidget(page);
    setCurrentWidget(page);
}

void ChatArea::detach(ChatPage* page)
{
    if (isDetached(page->key())) {
        present(page);
        return;
    }
    const bool wasCurrent = currentWidget() == page;
    removeWidget(page);
    if (wasCurrent)
        setCurrentWidget(m_hint);
    auto* w = new ChatWindow(page);
    m_windows.insert(page->key(), w);
    connect(w, &ChatWindow::closeRequested, this, [this, page] { dock(page); });
    connect(w, &QObject::destroyed, this, [this, key = page->key()] { m_windows.remove(key); });
    w->show();
    w->activateWindow();
    page->setFocus();
}

void ChatArea::dock(ChatPage* page)
{
    if (ChatWindow* w = m_windows.take(page->key()))
        w->takePage();
    page->setDocked(true);
    present(page);
    window()->raise();
    window()->activateWindow();
    page->setFocus();
}

void ChatArea::discard(ChatPage* page)
{
    if (ChatWindow* w = m_windows.take(page->key()))
        w->takePage();
    removeWidget(page);
    page->deleteLater();
}

} // namespace warren
