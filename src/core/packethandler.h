// The narrow interface through which features outside src/core (tunnels)
// use Tox custom packets. Both sides live on the core thread: the engine
// calls handlers from tox_iterate; handlers call the sender directly.
#pragma once

#include "core/toxtypes.h"

#include <QByteArrayView>

namespace warren {

class IPacketSender {
public:
    enum class SendResult { Ok, QueueFull, NotConnected, TooLarge, UnknownFriend, Failed };
    virtual ~IPacketSender() = default;
    /// Sends a lossless custom packet (first byte 160..191). QueueFull means
    /// "try again after the next sendQueueMayHaveSpace()": nothing was sent.
    virtual SendResult sendLossless(const PublicKey& friendKey, QByteArrayView packet) = 0;
    /// Sends a lossy custom packet (first byte 200..254) at once: no queue,
    /// no congestion control, and it may never arrive. QueueFull means the
    /// network refused it now; it is not retried.
    virtual SendResult sendLossy(const PublicKey& friendKey, QByteArrayView packet) = 0;
    virtual Connection friendConnection(const PublicKey& friendKey) const = 0;
    /// Adds a friend without a request (tunnel servers accepting a secret).
    virtual bool addFriendNoRequest(const PublicKey& friendKey) = 0;
    /// Sends a friend request with raw message bytes (tunnel clients: the
    /// secret followed by a NUL). Returns false and sets @p error on failure.
    virtual bool addFriendWithRequest(const ToxAddress& address, QByteArrayView message, QString* error) = 0;
    virtual void deleteFriend(const PublicKey& friendKey) = 0;
    virtual bool isFriend(const PublicKey& friendKey) const = 0;
};

class IPacketHandler {
public:
    virtual ~IPacketHandler() = default;
    /// A lossless custom packet whose first byte this handler registered for.
    virtual void losslessPacket(const PublicKey& friendKey, QByteArrayView packet) = 0;
    /// A lossy custom packet whose first byte this handler registered for.
    virtual void lossyPacket(const PublicKey& friendKey, QByteArrayView packet)
    {
        (void)friendKey;
        (void)packet;
    }
    virtual void friendConnectionChanged(const PublicKey& friendKey, Connection c)
    {
        (void)friendKey;
        (void)c;
    }
    /// Called after an iteration in which a send of this handler was refused
    /// with QueueFull: acknowledgements may have freed room.
    virtual void sendQueueMayHaveSpace() { }
    /// A friend request arrived. Return true to consume it (it is then not
    /// shown to the user); the handler may accept it with addFriendNoRequest.
    virtual bool friendRequest(const PublicKey& from, QByteArrayView message)
    {
        (void)from;
        (void)message;
        return false;
    }
};

/// What an extension on the core thread gets: sending, plus registering
/// for the packets whose first byte it owns.
class IPacketHub : public IPacketSender {
public:
    /// @p id is a lossless (160..191) or a lossy (200..254) packet id.
    virtual void registerPacketHandler(quint8 id, IPacketHandler* handler) = 0;
    virtual void unregisterPacketHandler(IPacketHandler* handler) = 0;
    /// The QObject extensions parent themselves to (they die with the engine).
    virtual QObject* extensionParent() = 0;
};

} // namespace warren
