#include "tunnel/tunnelsettings.h"

#include <QHash>

namespace warren::tunnel {

TunnelPolicy TunnelSettings::policy() const
{
    QHash<PublicKey, TunnelRules> perFriend;
    for (const SharedPort& s : shares)
        perFriend[s.friendKey].add(s.rule);
    TunnelPolicy p; // default rules: empty, deny everything
    for (auto it = perFriend.cbegin(); it != perFriend.cend(); ++it)
        p.setFriendRules(it.key(), it.value());
    return p;
}

SavedForward* TunnelSettings::forward(const QString& id)
{
    for (SavedForward& f : forwards)
        if (f.spec.id == id)
            return &f;
    return nullptr;
}

QString TunnelSettings::newForwardId() const
{
    for (int n = static_cast<int>(forwards.size()) + 1;; ++n) {
        QString id = QStringLiteral("forward-%1").arg(n);
        const bool taken
            = std::any_of(forwards.cbegin(), forwards.cend(), [&id](const SavedForward& f) { return f.spec.id == id; });
        if (!taken)
            return id;
    }
}

} // namespace warren::tunnel
