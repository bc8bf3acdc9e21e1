#include "gui/chat/chatpage.h"

#include "gui/chat/chatheader.h"
#include "gui/chat/chatview.h"
#include "gui/chat/composer.h"
#include "gui/chat/messagemodel.h"
#include "gui/icons.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace warren {

ChatPage::ChatPage(const PublicKey& key, QWidget* parent)
    : QWidget(parent)
    , m_key(key)
    , m_model(new MessageModel(this))
    , m_header(new ChatHeader)
    , m_view(new ChatView)
    , m_typingLabel(new QLabel)
    , m_composer(new Composer)
    , m_send(new QToolButton)
    , m_attach(new QToolButton)
{
    setObjectName(QStringLiteral("chatPage"));
    m_view->setModel(m_model);
    m_typingLabel->setObjectName(QStringLiteral("typingIndicator"));
    m_typingLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont italic = m_typingLabel->font();
    italic.setItalic(true);
    m_typingLabel->setFont(italic);
    m_typingLabel->setIndent(10);
    m_typingLabel->setText(QStringLiteral(" ")); // keeps its height when nobody types
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setIcon(icons::icon(u"send"));
    m_send->setIconSize({24, 24});
    m_send->setAutoRaise(true);
    m_send->setToolTip(tr("Send (Enter)"));
    m_send->setAccessibleName(tr("Send message"));
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setIcon(icons::icon(u"paperclip"));
    m_attach->setIconSize({24, 24});
    m_attach->setAutoRaise(true);
    m_attach->setToolTip(tr("Send files (or drop them onto the chat)"));
    m_attach->setAccessibleName(tr("Send files"));
    m_attach->hide();

    connect(m_composer, &Composer::sendRequested, this, [this](const QString& t) {
        m_view->scrollToNewest();
        Q_EMIT sendRequested(m_key, t);
    });
    connect(m_send, &QToolButton::clicked, m_composer, &Composer::submit);
    connect(m_composer, &Composer::typingChanged, this, [this](bool t) { Q_EMIT typingChanged(m_key, t); });
    connect(m_view, &ChatView::retryRequested, this, [this](qint64 id) { Q_EMIT retryRequested(m_key, id); });
    connect(m_view, &ChatView::olderRequested, this, [this] { Q_EMIT olderRequested(m_key); });
    connect(m_header, &ChatHeader::detachRequested, this, [this] { Q_EMIT detachRequested(m_key); });
    connect(m_header, &ChatHeader::dockRequested, this, [this] { Q_EMIT dockRequested(m_key); });

    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_attach, 0, Qt::AlignBottom);
    bottom->addWidget(m_composer, 1);
    bottom->addWidget(m_send, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(line);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_typingLabel);
    layout->addLayout(bottom);
    setFocusProxy(m_composer);
}

void ChatPage::setContact(const Contact& c)
{
    m_header->setContact(c);
    m_model->setPeerName(c.displayName());
    m_typingLabel->setText(c.typing ? tr("%1 is typing…").arg(c.displayName()) : QStringLiteral(" "));
    m_typingLabel->setAccessibleName(c.typing ? m_typingLabel->text() : tr("Nobody is typing"));
    m_composer->setAccessibleName(tr("Message to %1").arg(c.displayName()));
    if (m_title != c.displayName()) {
        m_title = c.displayName();
        Q_EMIT titleChanged(m_title);
    }
}

void ChatPage::setDocked(bool docked)
{
    m_header->setDocked(docked);
}

bool ChatPage::isInFocus() const
{
    return isVisible() && window()->isActiveWindow() && !window()->isMinimized();
}

} // namespace warren
