// The set of rules one tunnel server (or one friend of it) is held to.
// Empty denies everything; allowAll() is tuntox without `-f`.
#pragma once

#include "tunnel/rules/rule.h"

#include <QList>

namespace warren::tunnel {

class TunnelRules {
public:
    /// No rule: every request is denied (tuntox with a `-f` file without a valid rule).
    TunnelRules() = default;
    explicit TunnelRules(QList<Rule> rules)
        : m_rules(std::move(rules))
    {
    }
    /// The single rule `*:*` (tuntox without `-f`).
    static TunnelRules allowAll();

    /// Parses rules separated by white space, in Warren syntax by default;
    /// text after '#' is a comment. One bad rule fails the whole text, and the
    /// error says which rule (1-based) and why. Empty text gives no rules.
    static Expected<TunnelRules, QString> parse(QStringView text, RuleSyntax syntax = RuleSyntax::Warren);

    void add(const Rule& r) { m_rules.append(r); }
    const QList<Rule>& rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

    /// True when some rule matches @p host (as the client requested it) and @p port.
    bool allows(QStringView host, quint16 port) const;
    /// The rules in Warren syntax separated by one space; parse() reads it back.
    QString toString() const;

    friend bool operator==(const TunnelRules&, const TunnelRules&) = default;

private:
    QList<Rule> m_rules;
};

} // namespace warren::tunnel
