#include "gui/chat/chatheader.h"

#include "gui/avatar.h"
#include "gui/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace warren {

namespace {
constexpr int avatarSide = 36;
}

ChatHeader::ChatHeader(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_presence(new QLabel)
    , m_dock(new QToolButton)
{
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_presence->setForegroundRole(QPalette::PlaceholderText);
    m_presence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dock->setObjectName(QStringLiteral("dockButton"));
    m_dock->setAutoRaise(true);
    connect(m_dock, &QToolButton::clicked, this, [this] {
        if (m_docked)
            Q_EMIT detachRequested();
        else
            Q_EMIT dockRequested();
    });
    setDocked(true);

    auto* text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(m_title);
    text->addWidget(m_presence);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(avatarSide + 16, 6, 6, 6);
    layout->addLayout(text, 1);
    layout->addWidget(m_dock);
}

void ChatHeader::setAvatar(const QImage& image)
{
    m_avatar = image;
    update();
}

void ChatHeader::setContact(const Contact& c)
{
    m_name = c.displayName();
    m_title->setText(m_name);
    m_title->setAccessibleName(tr("Chat with %1").arg(m_name));
    QString presence = icons::presenceName(c.status, c.online());
    if (!c.statusMessage.isEmpty())
        presence += QStringLiteral(" — ") + c.statusMessage;
    m_presence->setText(presence);
    m_presence->setAccessibleName(tr("Presence of %1").arg(m_name));
    m_presence->setToolTip(c.key.toHex());
    update();
}

void ChatHeader::setDocked(bool docked)
{
    m_docked = docked;
    m_dock->setIcon(icons::icon(docked ? u"pop-out" : u"dock"));
    m_dock->setToolTip(docked ? tr("Open in new window") : tr("Dock back into the main window"));
    m_dock->setAccessibleName(m_dock->toolTip());
}

void ChatHeader::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    QPainter p(this);
    paintAvatar(p, QRect(8, (height() - avatarSide) / 2, avatarSide, avatarSide), m_name, m_avatar, palette());
}

} // namespace warren
