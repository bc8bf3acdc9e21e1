#include "gui/contacts/contactsbinder.h"

#include "core/chat/chatservice.h"
#include "gui/contacts/contactmodel.h"
#include "gui/contacts/requestmodel.h"

namespace warren {

ContactsBinder::ContactsBinder(ChatService& chat, ContactModel& contacts, RequestModel& requests, QObject* parent)
    : QObject(parent)
{
    contacts.reset(chat.contacts());
    requests.reset(chat.pendingRequests());
    connect(&chat, &ChatService::contactAdded, &contacts, &ContactModel::upsert);
    connect(&chat, &ChatService::contactChanged, &contacts, &ContactModel::upsert);
    connect(&chat, &ChatService::contactRemoved, &contacts, &ContactModel::remove);
    connect(&chat, &ChatService::requestReceived, &requests, &RequestModel::upsert);
    connect(&chat, &ChatService::requestRemoved, &requests, &RequestModel::remove);
}

} // namespace warren
