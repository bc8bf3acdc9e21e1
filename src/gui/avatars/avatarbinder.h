// Binds Avatars (the core's avatar handle) to the GUI: friends' pictures
// into the contact list and the chat headers, mine into the self header,
// and the self header's "Set avatar…" (a picture file, made to fit Tox's
// 64 KiB) and "Remove avatar". Created by MainWindow::setAvatars; the
// Avatars handle must outlive it.
#pragma once

#include "core/toxtypes.h"

#include <QObject>

#include <functional>

class QWidget;

namespace warren {

class Avatars;
class ChatBinder;
class ChatPage;
class ContactModel;
class SelfHeader;

class AvatarBinder : public QObject {
    Q_OBJECT
public:
    /// Asks for a picture file; empty: the user cancelled.
    using ImageChooser = std::function<QString(QWidget* parent)>;

    AvatarBinder(Avatars& avatars, ContactModel* contacts, ChatBinder& chats, SelfHeader* self, QWidget* window);

    void setImageChooser(ImageChooser chooser) { m_choose = std::move(chooser); }
    /// Makes the picture in @p path my avatar; false (and a message) when
    /// it cannot be read as a picture.
    bool setAvatarFromFile(const QString& path);
    void chooseAvatar();
    void removeAvatar();

private:
    void showFriend(const PublicKey& key, const QByteArray& png);
    void attach(ChatPage* page);
    void warn(const QString& message);

    Avatars& m_avatars;
    ContactModel* m_contacts;
    ChatBinder& m_chats;
    SelfHeader* m_self;
    QWidget* m_window;
    ImageChooser m_choose;
};

} // namespace warren
