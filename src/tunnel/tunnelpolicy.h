// The server side's decisions: which friend may open a tunnel to which
// host:port, and which friend requests the tunnel service accepts on its own.
// warren-tunnel as a tuntox drop-in allows everything by default (and warns);
// the desktop app's shared services deny by default.
#pragma once

#include "core/toxtypes.h"
#include "tunnel/rules/tunnelrules.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace warren::tunnel {

class TunnelPolicy {
public:
    /// Rules for friends without rules of their own. Default: deny all.
    void setDefaultRules(TunnelRules rules) { m_default = std::move(rules); }
    void setFriendRules(const PublicKey& friendKey, const TunnelRules& rules) { m_perFriend.insert(friendKey, rules); }
    void clearFriendRules(const PublicKey& friendKey) { m_perFriend.remove(friendKey); }
    const TunnelRules& defaultRules() const { return m_default; }

    /// True when @p friendKey may reach @p host:@p port: its own rules or
    /// the default ones, and, when a whitelist is set, only for its keys.
    bool allows(const PublicKey& friendKey, QStringView host, quint16 port) const;

    // Friend requests (tuntox semantics).
    /// Accept requests whose message is exactly @p secret followed by one NUL.
    void setSecret(const QByteArray& secret) { m_secret = secret; }
    /// Accept requests only from these keys (tuntox -i on the server).
    void setWhitelist(QSet<PublicKey> keys) { m_whitelist = std::move(keys); }
    /// Accept every request (tuntox without -s and -i).
    void setAcceptAnyRequest(bool on) { m_acceptAny = on; }
    /// What to do with a friend request: accept as a tunnel contact, or
    /// leave it to the messenger (nullopt).
    bool acceptsRequest(const PublicKey& from, QByteArrayView message) const;
    bool handlesRequests() const { return m_acceptAny || m_secret || !m_whitelist.isEmpty(); }

    /// tuntox cuts secrets at 1015 characters.
    static constexpr int maxSecretLength = 1015;
    /// The friend request message a client sends to a server: the secret
    /// and one NUL, or tuntox's greeting without a secret.
    static QByteArray requestMessage(const QByteArray& secret);

private:
    TunnelRules m_default;
    QHash<PublicKey, TunnelRules> m_perFriend;
    std::optional<QByteArray> m_secret;
    QSet<PublicKey> m_whitelist;
    bool m_acceptAny = false;
};

} // namespace warren::tunnel
