#include "gui/avatars/avatarbinder.h"

#include "core/avatars/avatars.h"
#include "gui/avatars/avatarimage.h"
#include "gui/chat/chatbinder.h"
#include "gui/chat/chatheader.h"
#include "gui/chat/chatpage.h"
#include "gui/contacts/contactmodel.h"
#include "gui/profile/selfheader.h"

#include <QFileDialog>
#include <QImage>
#include <QImageReader>
#include <QMessageBox>
#include <QStandardPaths>

namespace warren {

AvatarBinder::AvatarBinder(
    Avatars& avatars, ContactModel* contacts, ChatBinder& chats, SelfHeader* self, QWidget* window)
    : QObject(window)
    , m_avatars(avatars)
    , m_contacts(contacts)
    , m_chats(chats)
    , m_self(self)
    , m_window(window)
{
    m_choose = [](QWidget* parent) {
        return QFileDialog::getOpenFileName(parent, tr("Choose your avatar"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg)"));
    };
    connect(&avatars, &Avatars::selfAvatarChanged, this,
        [this](const QByteArray& png) { m_self->setAvatar(avatarimage::decode(png)); });
    connect(&avatars, &Avatars::friendAvatarChanged, this, &AvatarBinder::showFriend);
    connect(&avatars, &Avatars::problem, this, &AvatarBinder::warn);
    connect(&chats, &ChatBinder::pageCreated, this, &AvatarBinder::attach);
    connect(self, &SelfHeader::setAvatarRequested, this, &AvatarBinder::chooseAvatar);
    connect(self, &SelfHeader::removeAvatarRequested, this, &AvatarBinder::removeAvatar);
    m_self->setAvatar(avatarimage::decode(avatars.selfAvatar()));
}

void AvatarBinder::showFriend(const PublicKey& key, const QByteArray& png)
{
    const QImage image = avatarimage::decode(png);
    m_contacts->setAvatar(key, image);
    if (ChatPage* page = m_chats.existingPage(key))
        page->header()->setAvatar(image);
}

void AvatarBinder::attach(ChatPage* page)
{
    page->header()->setAvatar(avatarimage::decode(m_avatars.avatar(page->key())));
}

bool AvatarBinder::setAvatarFromFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // photos taken sideways
    const QImage image = reader.read();
    if (image.isNull()) {
        warn(tr("%1 cannot be used as an avatar: %2").arg(path, reader.errorString()));
        return false;
    }
    m_avatars.setSelfAvatar(avatarimage::encode(image));
    return true;
}

void AvatarBinder::chooseAvatar()
{
    if (const QString path = m_choose(m_window); !path.isEmpty())
        setAvatarFromFile(path);
}

void AvatarBinder::removeAvatar()
{
    m_avatars.setSelfAvatar({});
}

void AvatarBinder::warn(const QString& message)
{
    QMessageBox::warning(m_window, tr("Avatar"), message);
}

} // namespace warren
