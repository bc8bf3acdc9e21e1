#include "gui/desktop/notifier.h"

#include "core/chat/chatservice.h"
#include "gui/files/transferformat.h"

namespace warren {

namespace {
QString shorten(const QString& text)
{
    constexpr int maxLength = 160;
    const QString t = text.simplified();
    return t.size() <= maxLength ? t : t.left(maxLength - 1) + QChar(0x2026);
}
} // namespace

Notifier::Notifier(ChatService& chat, std::function<bool(const PublicKey&)> isInFocus, QObject* parent)
    : QObject(parent)
    , m_chat(chat)
    , m_isInFocus(std::move(isInFocus))
{
    connect(&chat, &ChatService::messageAdded, this, [this](const ChatMessage& m) {
        if (!shouldNotify(m))
            return;
        const QString name = m_chat.contact(m.friendKey).displayName();
        Q_EMIT notify(name, m.action ? QStringLiteral("* %1 %2").arg(name, shorten(m.text)) : shorten(m.text));
    });
    connect(&chat, &ChatService::requestReceived, this, [this](const FriendRequest& r) {
        Q_EMIT notify(tr("Friend request from %1").arg(r.from.shortId()), shorten(r.message));
    });
}

void Notifier::fileOffered(const FileTransferInfo& info)
{
    if (m_isInFocus && m_isInFocus(info.peer))
        return;
    Q_EMIT notify(tr("%1 offers a file").arg(m_chat.contact(info.peer).displayName()),
        QStringLiteral("%1 (%2)").arg(shorten(info.name), transferformat::size(info.size)));
}

bool Notifier::shouldNotify(const ChatMessage& m) const
{
    return !m.outgoing && !(m_isInFocus && m_isInFocus(m.friendKey));
}

} // namespace warren
