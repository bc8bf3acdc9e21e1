#include "gui/chat/chatbinder.h"

#include "core/chat/chatservice.h"
#include "gui/chat/chatarea.h"
#include "gui/chat/chatpage.h"
#include "gui/chat/messagemodel.h"

#include <QApplication>
#include <QWindow>

namespace warren {

ChatBinder::ChatBinder(ChatService& chat, ChatArea& area, QObject* parent)
    : QObject(parent)
    , m_chat(chat)
    , m_area(area)
{
    connect(&chat, &ChatService::messageAdded, this, [this](const ChatMessage& m) {
        if (ChatPage* p = existingPage(m.friendKey)) {
            p->messages()->append(m);
            markReadIfFocused(m.friendKey);
        }
    });
    connect(
        &chat, &ChatService::messageStateChanged, this, [this](const PublicKey& with, qint64 id, ChatMessage::State s) {
            if (ChatPage* p = existingPage(with))
                p->messages()->setState(id, s);
        });
    connect(&chat, &ChatService::contactChanged, this, [this](const Contact& c) {
        if (ChatPage* p = existingPage(c.key))
            p->setContact(c);
    });
    connect(&chat, &ChatService::contactRemoved, this, [this](const PublicKey& key) {
        if (ChatPage* p = m_pages.take(key))
            m_area.discard(p);
    });
    // Focus moving into a chat (its composer, its list) reads it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        for (QWidget* w = now; w; w = w->parentWidget())
            if (auto* p = qobject_cast<ChatPage*>(w)) {
                markReadIfFocused(p->key());
                return;
            }
    });
    // So does a window with a chat becoming the active one.
    connect(qApp, &QGuiApplication::focusWindowChanged, this, [this] {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            markReadIfFocused(it.key());
    });
    connect(&area, &ChatArea::currentChatChanged, this, &ChatBinder::markReadIfFocused);
}

ChatPage* ChatBinder::page(const PublicKey& key)
{
    if (ChatPage* p = existingPage(key))
        return p;
    auto* p = new ChatPage(key);
    m_pages.insert(key, p);
    p->setContact(m_chat.contact(key));
    p->messages()->setSelfName(m_selfName);
    p->messages()->setMessages(m_chat.page(key, pageSize));
    connect(p, &ChatPage::sendRequested, &m_chat, &ChatService::sendMessage);
    connect(p, &ChatPage::retryRequested, &m_chat, &ChatService::retry);
    connect(p, &ChatPage::typingChanged, &m_chat, &ChatService::setTyping);
    connect(p, &ChatPage::olderRequested, this, &ChatBinder::loadOlder);
    connect(p, &ChatPage::detachRequested, this, [this, p] { m_area.detach(p); });
    connect(p, &ChatPage::dockRequested, this, [this, p] { m_area.dock(p); });
    Q_EMIT pageCreated(p);
    return p;
}

void ChatBinder::open(const PublicKey& key)
{
    if (key.isNull() || !m_chat.isContact(key))
        return;
    m_area.present(page(key));
    markReadIfFocused(key);
}

void ChatBinder::openInWindow(const PublicKey& key)
{
    if (key.isNull() || !m_chat.isContact(key))
        return;
    m_area.detach(page(key));
}

bool ChatBinder::isInFocus(const PublicKey& key) const
{
    const ChatPage* p = existingPage(key);
    return p && p->isInFocus();
}

void ChatBinder::setSelfName(const QString& name)
{
    m_selfName = name;
    for (ChatPage* p : std::as_const(m_pages))
        p->messages()->setSelfName(name);
}

void ChatBinder::markReadIfFocused(const PublicKey& key)
{
    if (isInFocus(key) && m_chat.contact(key).unread > 0)
        m_chat.markRead(key);
}

void ChatBinder::loadOlder(const PublicKey& key)
{
    ChatPage* p = existingPage(key);
    if (!p || p->messages()->oldestId() == 0)
        return;
    p->messages()->prepend(m_chat.page(key, pageSize, p->messages()->oldestId()));
}

} // namespace warren
