// Value types the engine publishes to other threads.
#pragma once

#include "core/toxtypes.h"

#include <QList>
#include <QString>

namespace warren {

/// Who we are, published once the engine runs and again after changes.
struct SelfInfo {
    ToxAddress address;
    PublicKey dhtId; ///< DHT key, for bootstrapping others to us
    quint16 udpPort = 0; ///< bound UDP port (0 when UDP is off)
    quint16 tcpPort = 0; ///< TCP relay port we serve (0 when off)
    QString name;
    QString statusMessage;
    UserStatus status = UserStatus::Online;
};

struct FriendInfo {
    PublicKey key;
    QString name;
    QString statusMessage;
    UserStatus status = UserStatus::Online;
    Connection connection = Connection::None;
    qint64 lastSeen = 0; ///< seconds since the epoch; 0 = never
};

/// Why the engine could not start or an operation failed.
struct EngineError {
    enum class Kind {
        None,
        BadSaveData, ///< profile data toxcore cannot read
        PortInUse, ///< no free UDP/TCP port in the range
        BadProxy, ///< proxy host or port invalid
        OutOfMemory,
        Other,
    };
    Kind kind = Kind::None;
    QString message;
    bool ok() const { return kind == Kind::None; }
};

} // namespace warren

Q_DECLARE_METATYPE(warren::SelfInfo)
Q_DECLARE_METATYPE(warren::FriendInfo)
Q_DECLARE_METATYPE(warren::EngineError)
