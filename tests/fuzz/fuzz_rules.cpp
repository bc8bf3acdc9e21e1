// Fuzzes the rule parsers. Checks, for any input: errors carry real, strictly
// increasing line numbers; every parsed rule and rule list prints to text
// that parses back to the same value; each rule matches its own host at both
// ends of its port range and never port 0; the tuntox syntax accepts a
// subset of the Warren syntax; friend lines round-trip.
#include "fuzzcheck.h"

#include "tunnel/rules/friendrules.h"
#include "tunnel/rules/rulesfile.h"
#include "tunnel/rules/tunnelrules.h"

#include <QStringDecoder>

#include <cstdint>

using namespace warren::tunnel;

namespace {

QString hostFor(const Rule& r)
{
    return r.anyHost() ? QStringLiteral("any.host") : r.host();
}

void checkRule(const Rule& r)
{
    FUZZ_CHECK(r.ports().first >= 1 && r.ports().first <= r.ports().last);
    const QString text = r.toString();
    const auto again = Rule::parse(text);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == r);
    FUZZ_CHECK(again->toString() == text);
    if (r.ports().first == r.ports().last) {
        const auto tuntox = Rule::parse(text, RuleSyntax::Tuntox);
        FUZZ_CHECK(tuntox.ok() && *tuntox == r);
    }
    const auto created = Rule::create(r.host(), r.ports());
    FUZZ_CHECK(created.ok() && *created == r);
    FUZZ_CHECK(r.matches(hostFor(r), r.ports().first));
    FUZZ_CHECK(r.matches(hostFor(r), r.ports().last));
    FUZZ_CHECK(r.matches(hostFor(r).toUpper(), r.ports().first));
    FUZZ_CHECK(!r.matches(hostFor(r), 0));
    if (r.ports().first > 1)
        FUZZ_CHECK(!r.matches(hostFor(r), r.ports().first - 1));
    if (r.ports().last < 65535)
        FUZZ_CHECK(!r.matches(hostFor(r), r.ports().last + 1));
}

void checkRules(const TunnelRules& rules)
{
    for (const Rule& r : rules.rules()) {
        checkRule(r);
        FUZZ_CHECK(rules.allows(hostFor(r), r.ports().last));
    }
    const auto again = TunnelRules::parse(rules.toString());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == rules);
}

void checkFile(QByteArrayView bytes, const QString& text)
{
    const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
    const RulesFile tuntox = parseRulesFile(bytes, RuleSyntax::Tuntox);
    const RulesFile warren = parseRulesFile(bytes, RuleSyntax::Warren);
    for (const RulesFile* f : {&tuntox, &warren}) {
        int previous = 0;
        for (const RuleError& e : f->errors) {
            FUZZ_CHECK(e.line > previous && e.line <= lines);
            FUZZ_CHECK(!e.message.isEmpty());
            previous = e.line;
        }
        FUZZ_CHECK(f->rules.rules().size() + f->errors.size() <= lines);
        checkRules(f->rules);
    }
    // Tuntox syntax accepts a subset: its rules come in order among Warren's,
    // and every line Warren rejects tuntox rejects too.
    FUZZ_CHECK(
        warren.rules.rules().size() + warren.errors.size() == tuntox.rules.rules().size() + tuntox.errors.size());
    qsizetype w = 0;
    for (const Rule& r : tuntox.rules.rules()) {
        while (w < warren.rules.rules().size() && !(warren.rules.rules()[w] == r))
            ++w;
        FUZZ_CHECK(w < warren.rules.rules().size());
        ++w;
    }
    qsizetype t = 0;
    for (const RuleError& e : warren.errors) {
        while (t < tuntox.errors.size() && tuntox.errors[t].line != e.line)
            ++t;
        FUZZ_CHECK(t < tuntox.errors.size());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);

    checkFile(bytes, text);

    // The whole input as one rule, a rule list and a friend line.
    for (RuleSyntax syntax : {RuleSyntax::Tuntox, RuleSyntax::Warren}) {
        const auto r = Rule::parse(text, syntax);
        if (r)
            checkRule(*r);
        else
            FUZZ_CHECK(!r.error().isEmpty());
        const auto list = TunnelRules::parse(text, syntax);
        if (list)
            checkRules(*list);
    }
    const auto f = parseFriendRules(text);
    if (f) {
        FUZZ_CHECK(!f->friendKey.isNull());
        checkRules(f->rules);
        const auto again = parseFriendRules(formatFriendRules(*f));
        FUZZ_CHECK(again.ok() && *again == *f);
    }
    return 0;
}
