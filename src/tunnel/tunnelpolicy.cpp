#include "tunnel/tunnelpolicy.h"

namespace warren::tunnel {

bool TunnelPolicy::allows(const PublicKey& friendKey, QStringView host, quint16 port) const
{
    // A whitelist (tuntox -i) also binds friends saved in the profile from
    // an earlier run, not only new requests: tuntox would still serve them.
    if (!m_whitelist.isEmpty() && !m_whitelist.contains(friendKey))
        return false;
    const auto it = m_perFriend.constFind(friendKey);
    const TunnelRules& rules = it != m_perFriend.cend() ? it.value() : m_default;
    return rules.allows(host, port);
}

bool TunnelPolicy::acceptsRequest(const PublicKey& from, QByteArrayView message) const
{
    if (!m_whitelist.isEmpty() && !m_whitelist.contains(from))
        return false;
    if (m_secret) {
        // tuntox: the text, then exactly one NUL as the last byte.
        if (message.isEmpty() || message.back() != '\0')
            return false;
        return message.first(message.size() - 1) == QByteArrayView(*m_secret);
    }
    return m_acceptAny || !m_whitelist.isEmpty();
}

QByteArray TunnelPolicy::requestMessage(const QByteArray& secret)
{
    if (secret.isEmpty())
        return QByteArrayLiteral("Hi, fell");
    QByteArray m = secret.left(maxSecretLength);
    m.append('\0');
    return m;
}

} // namespace warren::tunnel
