// Keeps the contact and request models in step with ChatService. (The
// user's decisions go to ChatService straight from the widgets' signals.)
#pragma once

#include <QObject>

namespace warren {

class ChatService;
class ContactModel;
class RequestModel;

class ContactsBinder : public QObject {
    Q_OBJECT
public:
    ContactsBinder(ChatService& chat, ContactModel& contacts, RequestModel& requests, QObject* parent = nullptr);
};

} // namespace warren
