#include "core/avatars/avatars.h"

#include "core/avatars/avatarservice.h"
#include "core/corehost.h"
#include "core/engine.h"
#include "core/toxworker.h"

#include <tox/tox.h>

namespace warren {

namespace {
/// Owns the service on the core thread; CoreHost drops it before the worker.
class AvatarExtension : public CoreExtension {
public:
    explicit AvatarExtension(std::unique_ptr<AvatarService> s)
        : m_service(std::move(s))
    {
    }

private:
    std::unique_ptr<AvatarService> m_service;
};
} // namespace

Avatars::Avatars(Engine& engine, const QString& folder, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(this, &Avatars::selfAvatarChanged, this, [this](const QByteArray& png) { m_self = png; });
    connect(this, &Avatars::friendAvatarChanged, this, [this](const PublicKey& key, const QByteArray& png) {
        if (png.isEmpty())
            m_friends.remove(key);
        else
            m_friends.insert(key, png);
    });
    engine.addWorkerExtension([this, folder](ToxWorker& w) {
        auto s = std::make_unique<AvatarService>(w, folder);
        connect(s.get(), &AvatarService::selfAvatarChanged, this, &Avatars::selfAvatarChanged);
        connect(s.get(), &AvatarService::friendAvatarChanged, this, &Avatars::friendAvatarChanged);
        connect(s.get(), &AvatarService::friendAvatarKept, this, &Avatars::friendAvatarKept);
        connect(s.get(), &AvatarService::problem, this, &Avatars::problem);
        s->publishAll();
        // Friends online before the service came get my avatar now.
        for (const FriendInfo& f : w.friends())
            if (f.connection != Connection::None)
                s->friendConnectionChanged(f.key, f.connection);
        return std::make_unique<AvatarExtension>(std::move(s));
    });
}

void Avatars::setSelfAvatar(const QByteArray& png)
{
    m_engine.post([png](ToxWorker& w) {
        if (auto* s = dynamic_cast<AvatarService*>(w.fileHandler(TOX_FILE_KIND_AVATAR)))
            s->setSelfAvatar(png);
    });
}

} // namespace warren
