#include "core/chat/chattypes.h"

namespace warren {

void registerChatTypes()
{
    static const bool once = [] {
        registerCoreTypes();
        qRegisterMetaType<ChatMessage>();
        qRegisterMetaType<ChatMessage::State>();
        qRegisterMetaType<QList<ChatMessage>>();
        qRegisterMetaType<Contact>();
        qRegisterMetaType<QList<Contact>>();
        qRegisterMetaType<FriendRequest>();
        qRegisterMetaType<QList<FriendRequest>>();
        qRegisterMetaType<SearchHit>();
        qRegisterMetaType<QList<SearchHit>>();
        return true;
    }();
    (void)once;
}

} // namespace warren
