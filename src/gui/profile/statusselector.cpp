#include "gui/profile/statusselector.h"

#include "gui/icons.h"

namespace warren {

StatusSelector::StatusSelector(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("statusSelector"));
    setAccessibleName(tr("Your status"));
    for (const UserStatus s : {UserStatus::Online, UserStatus::Away, UserStatus::Busy})
        addItem(icons::presence(s, true), icons::presenceName(s, true), static_cast<int>(s));
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT statusChosen(status()); });
}

UserStatus StatusSelector::status() const
{
    return static_cast<UserStatus>(currentData().toInt());
}

void StatusSelector::setStatus(UserStatus status)
{
    setCurrentIndex(findData(static_cast<int>(status)));
}

} // namespace warren
