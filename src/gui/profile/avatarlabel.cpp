#include "gui/profile/avatarlabel.h"

#include "gui/avatar.h"

#include <QPainter>

namespace warren {

AvatarLabel::AvatarLabel(int side, QWidget* parent)
    : QWidget(parent)
    , m_side(side)
{
    setFixedSize(side, side);
    setAccessibleName(tr("Avatar"));
}

void AvatarLabel::setName(const QString& name)
{
    m_name = name;
    setAccessibleDescription(tr("Placeholder with the initials %1").arg(initialsOf(name)));
    update();
}

void AvatarLabel::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    paintAvatar(p, rect().adjusted(1, 1, -1, -1), m_name, palette());
}

} // namespace warren
