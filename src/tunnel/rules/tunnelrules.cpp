#include "tunnel/rules/tunnelrules.h"

#include "tunnel/rules/ruletext.h"

#include <QStringList>

#include <algorithm>

namespace warren::tunnel {

TunnelRules TunnelRules::allowAll()
{
    return TunnelRules({*Rule::create(u"*", PortRange::any())});
}

Expected<TunnelRules, QString> TunnelRules::parse(QStringView text, RuleSyntax syntax)
{
    TunnelRules out;
    const QList<QStringView> words = ruletext::words(ruletext::withoutComment(text));
    for (qsizetype i = 0; i < words.size(); ++i) {
        auto rule = Rule::parse(words[i], syntax);
        if (!rule)
            return QStringLiteral("rule %1: %2").arg(i + 1).arg(rule.error());
        out.add(*rule);
    }
    return out;
}

bool TunnelRules::allows(QStringView host, quint16 port) const
{
    return std::any_of(m_rules.cbegin(), m_rules.cend(), [&](const Rule& r) { return r.matches(host, port); });
}

QString TunnelRules::toString() const
{
    QStringList parts;
    parts.reserve(m_rules.size());
    for (const Rule& r : m_rules)
        parts.append(r.toString());
    return parts.join(QLatin1Char(' '));
}

} // namespace warren::tunnel
