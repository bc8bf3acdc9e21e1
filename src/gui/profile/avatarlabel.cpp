#include "gui/profile/avatarlabel.h"

#include "gui/avatar.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace warren {

AvatarLabel::AvatarLabel(int side, QWidget* parent)
    : QWidget(parent)
    , m_side(side)
{
    setFixedSize(side, side);
    setAccessibleName(tr("Avatar"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
}

void AvatarLabel::setName(const QString& name)
{
    m_name = name;
    if (m_image.isNull())
        setAccessibleDescription(tr("Placeholder with the initials %1").arg(initialsOf(name)));
    update();
}

void AvatarLabel::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    paintAvatar(p, rect().adjusted(1, 1, -1, -1), m_name, m_image, palette());
}

void AvatarLabel::setImage(const QImage& image)
{
    m_image = image;
    setAccessibleDescription(
        image.isNull() ? tr("Placeholder with the initials %1").arg(initialsOf(m_name)) : tr("Picture"));
    update();
}

void AvatarLabel::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
}

void AvatarLabel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        Q_EMIT clicked();
    else
        QWidget::keyPressEvent(event);
}

} // namespace warren
