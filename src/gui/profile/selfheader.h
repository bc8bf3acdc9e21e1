// The top of the main window: my avatar, my name and status message (both
// editable in place), the online / away / busy selector, the connection to
// the Tox network, and the button for "My Tox ID". Talks to Engine only.
#pragma once

#include "core/coreevents.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace warren {

class AvatarLabel;
class Engine;
class StatusSelector;

class SelfHeader : public QWidget {
    Q_OBJECT
public:
    explicit SelfHeader(Engine& engine, QWidget* parent = nullptr);

    const SelfInfo& self() const { return m_self; }
    StatusSelector* statusSelector() const { return m_status; }

Q_SIGNALS:
    void myIdRequested();

private:
    void showSelf(const SelfInfo& self);
    void showConnection(Connection c);

    SelfInfo m_self;
    AvatarLabel* m_avatar;
    QLineEdit* m_name;
    QLineEdit* m_statusMessage;
    StatusSelector* m_status;
    QLabel* m_connection;
};

} // namespace warren
