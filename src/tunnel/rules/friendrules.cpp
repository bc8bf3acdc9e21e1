#include "tunnel/rules/friendrules.h"

#include "tunnel/rules/ruletext.h"

namespace warren::tunnel {

Expected<FriendRules, QString> parseFriendRules(QStringView line)
{
    const QStringView text = ruletext::withoutComment(line).trimmed();
    const QList<QStringView> words = ruletext::words(text);
    if (words.isEmpty() || words[0] != friendKeyword)
        return QStringLiteral("expected a line starting with \"friend\"");
    if (words.size() < 2)
        return QStringLiteral("missing the friend's public key (64 hex digits) after \"friend\"");
    const PublicKey key = PublicKey::fromHex(words[1]);
    if (key.isNull())
        return QStringLiteral("\"%1\" is not a public key (64 hex digits)").arg(words[1].left(80).toString());
    // The rules are whatever follows the key.
    const qsizetype rulesStart = words[1].data() - text.data() + words[1].size();
    auto rules = TunnelRules::parse(text.sliced(rulesStart));
    if (!rules)
        return rules.error();
    return FriendRules{key, *rules};
}

QString formatFriendRules(const FriendRules& f)
{
    QString out = QString(friendKeyword) + QLatin1Char(' ') + f.friendKey.toHex();
    if (!f.rules.isEmpty())
        out += QLatin1Char(' ') + f.rules.toString();
    return out;
}

} // namespace warren::tunnel
