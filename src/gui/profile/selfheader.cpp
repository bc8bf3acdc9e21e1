#include "gui/profile/selfheader.h"

#include "core/engine.h"
#include "gui/icons.h"
#include "gui/profile/avatarlabel.h"
#include "gui/profile/statusselector.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace warren {

SelfHeader::SelfHeader(Engine& engine, QWidget* parent)
    : QWidget(parent)
    , m_avatar(new AvatarLabel(48))
    , m_name(new QLineEdit)
    , m_statusMessage(new QLineEdit)
    , m_status(new StatusSelector)
    , m_connection(new QLabel)
{
    setObjectName(QStringLiteral("selfHeader"));
    m_avatar->setAccessibleName(tr("Your avatar"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_name->setObjectName(QStringLiteral("selfName"));
    m_name->setFont(big);
    m_name->setFrame(false);
    m_name->setPlaceholderText(tr("Your name"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setToolTip(tr("Your name, as your friends see it. Click to change."));
    m_statusMessage->setObjectName(QStringLiteral("selfStatusMessage"));
    m_statusMessage->setFrame(false);
    m_statusMessage->setPlaceholderText(tr("Set a status message"));
    m_statusMessage->setAccessibleName(tr("Your status message"));
    // Editable in place, but drawn like labels until they have the focus.
    const QString flat = QStringLiteral("QLineEdit:!focus { background: transparent; }");
    m_name->setStyleSheet(flat);
    m_statusMessage->setStyleSheet(flat);
    m_connection->setObjectName(QStringLiteral("selfConnection"));
    m_connection->setAccessibleName(tr("Connection to the Tox network"));
    auto* myId = new QToolButton;
    myId->setObjectName(QStringLiteral("myIdButton"));
    myId->setIcon(icons::icon(u"qrcode"));
    myId->setIconSize({24, 24});
    myId->setAutoRaise(true);
    myId->setToolTip(tr("My Tox ID (Ctrl+I)"));
    myId->setAccessibleName(tr("Show my Tox ID"));
    connect(myId, &QToolButton::clicked, this, &SelfHeader::myIdRequested);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(0);
    grid->addWidget(m_avatar, 0, 0, 2, 1);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(m_status, 0, 2);
    grid->addWidget(myId, 0, 3, 2, 1);
    grid->addWidget(m_statusMessage, 1, 1);
    grid->addWidget(m_connection, 1, 2);
    grid->setColumnStretch(1, 1);
    showConnection(Connection::None);

    connect(m_name, &QLineEdit::editingFinished, this, [this, &engine] {
        const QString name = m_name->text().trimmed();
        if (!name.isEmpty() && name != m_self.name)
            engine.setName(name);
        else
            m_name->setText(m_self.name);
    });
    connect(m_statusMessage, &QLineEdit::editingFinished, this, [this, &engine] {
        if (m_statusMessage->text() != m_self.statusMessage)
            engine.setStatusMessage(m_statusMessage->text());
    });
    connect(m_status, &StatusSelector::statusChosen, &engine, &Engine::setStatus);
    connect(m_avatar, &AvatarLabel::clicked, this, &SelfHeader::avatarMenu);
    connect(&engine, &Engine::started, this, &SelfHeader::showSelf);
    connect(&engine, &Engine::selfChanged, this, &SelfHeader::showSelf);
    connect(&engine, &Engine::selfConnectionChanged, this, &SelfHeader::showConnection);
    connect(&engine, &Engine::failed, this, [this](const EngineError& e) { m_connection->setText(e.message); });
}

void SelfHeader::setAvatar(const QImage& image)
{
    m_avatarsWired = true;
    m_avatar->setImage(image);
    m_avatar->setToolTip(tr("Your avatar, as your friends see it. Click to change."));
}

void SelfHeader::avatarMenu()
{
    if (!m_avatarsWired)
        return;
    QMenu menu(this);
    menu.addAction(tr("Set avatar…"), this, &SelfHeader::setAvatarRequested);
    menu.addAction(tr("Remove avatar"), this, &SelfHeader::removeAvatarRequested)
        ->setEnabled(!m_avatar->image().isNull());
    menu.exec(m_avatar->mapToGlobal(QPoint(0, m_avatar->height())));
}

void SelfHeader::showSelf(const SelfInfo& self)
{
    m_self = self;
    if (!m_name->hasFocus())
        m_name->setText(self.name);
    if (!m_statusMessage->hasFocus())
        m_statusMessage->setText(self.statusMessage);
    m_status->setStatus(self.status);
    m_avatar->setName(self.name);
}

void SelfHeader::showConnection(Connection c)
{
    const QString text = c == Connection::None ? tr("Offline") : tr("Connected (%1)").arg(toString(c));
    const int side = m_connection->fontMetrics().height();
    m_connection->setText(QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%2\"> %3")
                              .arg(c == Connection::None ? QStringLiteral(":/icons/status-offline.svg")
                                                         : QStringLiteral(":/icons/status-online.svg"))
                              .arg(side)
                              .arg(text.toHtmlEscaped()));
    m_connection->setAccessibleDescription(text);
}

} // namespace warren
