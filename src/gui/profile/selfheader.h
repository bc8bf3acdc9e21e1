// The top of the main window: my avatar, my name and status message (both
// editable in place), the online / away / busy selector, the connection to
// the Tox network, and the button for "My Tox ID". Talks to Engine only.
#pragma once

#include "core/coreevents.h"

#include <QWidget>

class QImage;
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
    AvatarLabel* avatarLabel() const { return m_avatar; }
    /// My avatar picture (null: initials). Until called, clicking the
    /// avatar offers nothing (no avatar support wired).
    void setAvatar(const QImage& image);

Q_SIGNALS:
    void myIdRequested();
    void setAvatarRequested();
    void removeAvatarRequested();

private:
    void avatarMenu();
    void showSelf(const SelfInfo& self);
    void showConnection(Connection c);

    SelfInfo m_self;
    bool m_avatarsWired = false;
    AvatarLabel* m_avatar;
    QLineEdit* m_name;
    QLineEdit* m_statusMessage;
    StatusSelector* m_status;
    QLabel* m_connection;
};

} // namespace warren
