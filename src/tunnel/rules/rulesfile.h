// Rules files: tuntox's `-f` format, one `host:port` (or `host@port`) per
// line, `#` comments, blank lines, `*` for any host. Bad lines are skipped
// and reported with their line number; like tuntox, a file without a valid
// rule gives empty rules, which deny everything.
#pragma once

#include "tunnel/rules/tunnelrules.h"

#include <QByteArrayView>

namespace warren::tunnel {

/// One rejected line.
struct RuleError {
    int line = 0; ///< 1-based
    QString message;
    /// "line 3: …"
    QString toString() const;
    friend bool operator==(const RuleError&, const RuleError&) = default;
};

struct RulesFile {
    TunnelRules rules; ///< the valid lines, in file order
    QList<RuleError> errors;
};

/// Parses a rules file's text. RuleSyntax::Warren also takes port ranges and `*` ports.
RulesFile parseRulesFile(QStringView text, RuleSyntax syntax = RuleSyntax::Tuntox);
/// Same, for the raw file contents; invalid UTF-8 makes the lines holding it bad.
RulesFile parseRulesFile(QByteArrayView bytes, RuleSyntax syntax = RuleSyntax::Tuntox);

} // namespace warren::tunnel
