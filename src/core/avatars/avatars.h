// The handle the GUI uses for avatars, from its own thread. It installs an
// AvatarService on the engine's core thread (queued calls only) and keeps
// the last image it heard of for each friend and for me, so widgets can ask
// synchronously. Images are PNG bytes; empty means "no avatar".
//
// Lifetime: construct after Engine::start() and stop the Engine before
// destroying this handle.
#pragma once

#include "core/toxtypes.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

namespace warren {

class Engine;

class Avatars : public QObject {
    Q_OBJECT
public:
    /// Avatars are kept in @p folder (e.g. NAME.avatars beside the profile).
    Avatars(Engine& engine, const QString& folder, QObject* parent = nullptr);

    /// Makes @p png (at most 64 KiB, PNG) my avatar; empty removes it.
    /// selfAvatarChanged() follows, or problem().
    void setSelfAvatar(const QByteArray& png);

    QByteArray selfAvatar() const { return m_self; }
    QByteArray avatar(const PublicKey& key) const { return m_friends.value(key); }

Q_SIGNALS:
    void selfAvatarChanged(const QByteArray& png);
    void friendAvatarChanged(const warren::PublicKey& key, const QByteArray& png);
    /// The friend offered the avatar we already have: nothing was fetched.
    void friendAvatarKept(const warren::PublicKey& key);
    void problem(const QString& message);

private:
    Engine& m_engine;
    QByteArray m_self;
    QHash<PublicKey, QByteArray> m_friends;
};

} // namespace warren
