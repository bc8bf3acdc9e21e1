// The online / away / busy selector, each with its coloured dot.
#pragma once

#include "core/toxtypes.h"

#include <QComboBox>

namespace warren {

class StatusSelector : public QComboBox {
    Q_OBJECT
public:
    explicit StatusSelector(QWidget* parent = nullptr);

    UserStatus status() const;
    /// Shows @p status without emitting statusChosen().
    void setStatus(UserStatus status);

Q_SIGNALS:
    /// The user picked a status.
    void statusChosen(warren::UserStatus status);
};

} // namespace warren
