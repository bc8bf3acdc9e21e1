// The top of a chat: the friend's avatar, name, presence and status
// message, and the button that moves the chat into a window of its own or
// docks it back into the main window.
#pragma once

#include "core/chat/chattypes.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QToolButton;

namespace warren {

class ChatHeader : public QWidget {
    Q_OBJECT
public:
    explicit ChatHeader(QWidget* parent = nullptr);

    void setContact(const Contact& contact);
    /// The friend's avatar (null: the initials).
    void setAvatar(const QImage& image);
    const QImage& avatar() const { return m_avatar; }
    /// Docked: the button offers "Open in new window"; else "Dock back".
    void setDocked(bool docked);

Q_SIGNALS:
    void detachRequested();
    void dockRequested();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_name;
    QImage m_avatar;
    QLabel* m_title;
    QLabel* m_presence;
    QToolButton* m_dock;
    bool m_docked = true;
};

} // namespace warren
