#include "tunnel/rules/rulesfile.h"

#include "tunnel/rules/ruletext.h"

#include <QStringDecoder>

namespace warren::tunnel {

QString RuleError::toString() const
{
    return QStringLiteral("line %1: ").arg(line) + message;
}

RulesFile parseRulesFile(QStringView text, RuleSyntax syntax)
{
    RulesFile out;
    int lineNumber = 0;
    for (QStringView line : text.split(u'\n')) {
        ++lineNumber;
        const QList<QStringView> words = ruletext::words(ruletext::withoutComment(line));
        if (words.isEmpty())
            continue;
        if (words.size() > 1) {
            out.errors.append({lineNumber,
                QStringLiteral("one rule per line; unexpected \"%1\" after \"%2\"")
                    .arg(words[1].left(60).toString(), words[0].left(60).toString())});
            continue;
        }
        auto rule = Rule::parse(words[0], syntax);
        if (rule)
            out.rules.add(*rule);
        else
            out.errors.append({lineNumber, rule.error()});
    }
    return out;
}

RulesFile parseRulesFile(QByteArrayView bytes, RuleSyntax syntax)
{
    // Invalid sequences become U+FFFD, which no host name accepts, so the
    // line holding them is reported as bad.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    return parseRulesFile(QStringView(text), syntax);
}

} // namespace warren::tunnel
