#include "app/tunnelconfig.h"

#include "tunnel/protocol/expected.h"
#include "tunnel/tunnelpolicy.h"

namespace warren {

namespace {
using namespace warren::tunnel;

/// The first word of @p line and the text after it, trimmed.
std::pair<QStringView, QStringView> split(QStringView line)
{
    const QStringView t = line.trimmed();
    qsizetype i = 0;
    while (i < t.size() && !t[i].isSpace())
        ++i;
    return {t.first(i), t.sliced(i).trimmed()};
}

QStringView withoutComment(QStringView line)
{
    const qsizetype hash = line.indexOf(u'#');
    return hash < 0 ? line : line.first(hash);
}

bool parseLine(QStringView raw, TunnelConfig& c, QString* error)
{
    // A secret may hold '#': its line is taken as it is.
    if (const auto [word, rest] = split(raw); word == QLatin1String("secret")) {
        if (c.secret) {
            *error = QStringLiteral("a second \"secret\" line");
            return false;
        }
        if (rest.isEmpty()) {
            *error = QStringLiteral("\"secret\" needs the secret after it");
            return false;
        }
        if (rest.size() > TunnelPolicy::maxSecretLength) {
            *error = QStringLiteral("the secret is longer than %1 characters").arg(TunnelPolicy::maxSecretLength);
            return false;
        }
        c.secret = rest.toUtf8();
        return true;
    }
    const QStringView line = withoutComment(raw);
    const auto [word, rest] = split(line);
    if (word.isEmpty())
        return true;
    if (word == QLatin1String("whitelist")) {
        PublicKey k;
        if (!parsePeerKey(rest, &k, error))
            return false;
        c.whitelist.append(k);
        return true;
    }
    if (word == QLatin1String("allow")) {
        auto rules = TunnelRules::parse(rest);
        if (!rules) {
            *error = rules.error();
            return false;
        }
        if (rules->isEmpty()) {
            *error = QStringLiteral("\"allow\" needs at least one rule, e.g. allow 127.0.0.1:22");
            return false;
        }
        if (!c.defaultRules)
            c.defaultRules = TunnelRules();
        for (const Rule& r : rules->rules())
            c.defaultRules->add(r);
        return true;
    }
    if (word == friendKeyword) {
        auto f = parseFriendRules(line);
        if (!f) {
            *error = f.error();
            return false;
        }
        c.friends.append(*f);
        return true;
    }
    if (word == QLatin1String("server")) {
        ToxAddress a;
        if (c.server) {
            *error = QStringLiteral("a second \"server\" line");
            return false;
        }
        if (!parseToxId(rest, &a, error))
            return false;
        c.server = a;
        return true;
    }
    if (word == QLatin1String("forward")) {
        ForwardSpec f;
        if (!f.parseTuntox(rest.toString(), error))
            return false;
        c.forwards.append(f);
        return true;
    }
    if (word == QLatin1String("socks5")) {
        ListenAddress l;
        if (!parseListenAddress(rest, &l, error))
            return false;
        c.socks.append(l);
        return true;
    }
    *error = QStringLiteral("unknown setting \"%1\" (expected secret, whitelist, allow, friend, server, forward "
                            "or socks5)")
                 .arg(word.left(40).toString());
    return false;
}
} // namespace

TunnelConfig parseTunnelConfig(QStringView text, QStringList* errors)
{
    TunnelConfig c;
    int number = 0;
    for (const QStringView line : text.split(u'\n')) {
        ++number;
        QString why;
        if (!parseLine(line, c, &why))
            errors->append(QStringLiteral("line %1: %2").arg(number).arg(why));
    }
    return c;
}

} // namespace warren
