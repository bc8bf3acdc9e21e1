#include "gui/chat/chatwindow.h"

#include "gui/chat/chatpage.h"
#include "gui/icons.h"

#include <QCloseEvent>
#include <QVBoxLayout>

namespace warren {

ChatWindow::ChatWindow(ChatPage* page, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_page(page)
{
    setObjectName(QStringLiteral("chatWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(icons::app());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(page);
    page->setDocked(false);
    page->show();
    const auto title = [this](const QString& t) { setWindowTitle(tr("%1 — Warren").arg(t)); };
    title(page->title());
    connect(page, &ChatPage::titleChanged, this, title);
    setFocusProxy(page);
    resize(480, 560);
}

ChatPage* ChatWindow::takePage()
{
    ChatPage* p = m_page;
    m_page = nullptr;
    if (p) {
        disconnect(p, nullptr, this, nullptr);
        layout()->removeWidget(p);
        p->setParent(nullptr);
        p->setDocked(true);
    }
    close();
    return p;
}

void ChatWindow::closeEvent(QCloseEvent* event)
{
    if (m_page) {
        // Dock the page back instead of losing it; ChatArea takes it.
        event->ignore();
        Q_EMIT closeRequested(m_page->key());
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace warren
