// Access rules: one-rule syntax (tuntox and Warren), matching, rule lists,
// tuntox `-f` files with line-numbered errors, and per-friend rule lines.
#include "tunnel/rules/friendrules.h"
#include "tunnel/rules/rulesfile.h"
#include "tunnel/rules/tunnelrules.h"
#include "tunnel/tunnelpolicy.h"

#include <QTest>

using namespace warren;
using namespace warren::tunnel;

namespace {
Rule rule(const char* text, RuleSyntax syntax = RuleSyntax::Warren)
{
    const auto r = Rule::parse(QString::fromUtf8(text), syntax);
    if (!r)
        qFatal("unexpected rule error: %s", qPrintable(r.error()));
    return *r;
}

QString ruleError(const char* text, RuleSyntax syntax = RuleSyntax::Warren)
{
    const auto r = Rule::parse(QString::fromUtf8(text), syntax);
    return r ? QString() : r.error();
}

const QString keyHex = QStringLiteral("0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF");
} // namespace

class TestRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesValidRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<QString>("canonical");
        auto row = [](const char* t, const char* h, int f, int l, const char* c) {
            QTest::newRow(t) << QString::fromUtf8(t) << QString::fromUtf8(h) << f << l << QString::fromUtf8(c);
        };
        row("localhost:22", "localhost", 22, 22, "localhost:22");
        row("localhost@22", "localhost", 22, 22, "localhost:22");
        row("*:80", "*", 80, 80, "*:80");
        row("*@80", "*", 80, 80, "*:80");
        row("127.0.0.9:443", "127.0.0.9", 443, 443, "127.0.0.9:443");
        row("Example.COM:22", "example.com", 22, 22, "example.com:22");
        row("my_host-1.lan:1", "my_host-1.lan", 1, 1, "my_host-1.lan:1");
        row("host:65535", "host", 65535, 65535, "host:65535");
        row("host:00022", "host", 22, 22, "host:22");
        row("[::1]:22", "::1", 22, 22, "[::1]:22");
        row("::1@22", "::1", 22, 22, "[::1]:22");
        row("[::1]@22", "::1", 22, 22, "[::1]:22");
        row("[0:0:0::1]:22", "::1", 22, 22, "[::1]:22");
        row("[2001:DB8::A]:443", "2001:db8::a", 443, 443, "[2001:db8::a]:443");
        row("host:1000-2000", "host", 1000, 2000, "host:1000-2000");
        row("host:5-5", "host", 5, 5, "host:5");
        row("host:1-65535", "host", 1, 65535, "host:*");
        row("host:*", "host", 1, 65535, "host:*");
        row("*:*", "*", 1, 65535, "*:*");
        row("*@*", "*", 1, 65535, "*:*");
    }
    void parsesValidRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(QString, canonical);
        const auto r = Rule::parse(text);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error()));
        QCOMPARE(r->host(), host);
        QCOMPARE(int(r->ports().first), first);
        QCOMPARE(int(r->ports().last), last);
        QCOMPARE(r->toString(), canonical);
        QCOMPARE(*Rule::parse(r->toString()), *r);
    }

    void rejectsBadRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        auto row
            = [](const char* t, const char* w) { QTest::newRow(t) << QString::fromUtf8(t) << QString::fromUtf8(w); };
        row("", "empty rule");
        row("localhost", "missing ':port'");
        row("localhost:", "missing port");
        row(":22", "empty host");
        row("@22", "empty host");
        row("host:0", "not a number from 1 to 65535");
        row("host:65536", "not a number from 1 to 65535");
        row("host:123456", "not a number from 1 to 65535");
        row("host:+22", "not a number from 1 to 65535");
        row("host:2 2", "not a number from 1 to 65535");
        row("host:abc", "not a number from 1 to 65535");
        row("host:22:33", "more than one ':'");
        row("::1:22", "brackets");
        row("a@b@1", "more than one '@'");
        row("[::1:22", "without a closing ']'");
        row("[::1]22", "expected ':port' after ']'");
        row("[127.1.2.3]:22", "not an IPv6 address");
        row("[fe80::1%eth0]:22", "scope ids are not supported");
        row("[]:22", "not an IPv6 address");
        row("[::1@22", "without a closing ']'");
        row("*.example.com:22", "* must stand alone");
        row("exa*mple:22", "* must stand alone");
        row("host..com:22", "empty part between dots");
        row(".host:22", "empty part between dots");
        row("host.:22", "empty part between dots");
        row("bücher.de:22", "invalid character");
        row("a/b:22", "invalid character");
        row("host:20-10", "runs backwards");
        row("host:-10", "needs a first and a last port");
        row("host:10-", "needs a first and a last port");
        row("host:-", "needs a first and a last port");
        row("host:1-2-3", "not a number from 1 to 65535");
        row("host:0-10", "not a number from 1 to 65535");
    }
    void rejectsBadRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        const auto r = Rule::parse(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(why), qPrintable(r.error()));
        if (!text.isEmpty())
            QVERIFY2(r.error().startsWith(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(r.error()));
    }

    void hostLengthLimits()
    {
        const QString label63(63, u'a');
        const QString host253 = label63 + u'.' + label63 + u'.' + label63 + u'.' + QString(61, u'b');
        QCOMPARE(host253.size(), 253);
        QVERIFY(Rule::parse(host253 + QStringLiteral(":1")).ok());
        QVERIFY(Rule::parse(host253 + QStringLiteral("b:1")).error().contains(QStringLiteral("longer than 253")));
        QVERIFY(Rule::parse(label63 + QStringLiteral("a:1")).error().contains(QStringLiteral("longer than 63")));
        // Long input is quoted elided in messages.
        QVERIFY(Rule::parse(QString(5000, u'x')).error().size() < 200);
    }

    void tuntoxSyntaxTakesOnePort()
    {
        QVERIFY(Rule::parse(u"host:22", RuleSyntax::Tuntox).ok());
        QVERIFY(Rule::parse(u"*@22", RuleSyntax::Tuntox).ok());
        QVERIFY(Rule::parse(u"[::1]:22", RuleSyntax::Tuntox).ok());
        QVERIFY(ruleError("host:1-2", RuleSyntax::Tuntox).contains(QStringLiteral("Warren extension")));
        QVERIFY(ruleError("host:*", RuleSyntax::Tuntox).contains(QStringLiteral("Warren extension")));
        QVERIFY(ruleError("host:0", RuleSyntax::Tuntox).contains(QStringLiteral("1 to 65535")));
    }

    void create()
    {
        QCOMPARE(Rule::create(u"[::1]", PortRange::single(22))->toString(), QStringLiteral("[::1]:22"));
        QCOMPARE(Rule::create(u"::1", PortRange::single(22))->toString(), QStringLiteral("[::1]:22"));
        QVERIFY(!Rule::create(u"host", PortRange{0, 5}).ok());
        QVERIFY(!Rule::create(u"host", PortRange{6, 5}).ok());
        QVERIFY(!Rule::create(u"a b", PortRange::any()).ok());
        QVERIFY(!Rule::create(u"fe80::1%a b", PortRange::any()).ok());
    }

    void matching()
    {
        const Rule r = rule("Example.com:1000-2000");
        QVERIFY(!r.matches(u"example.com", 999));
        QVERIFY(r.matches(u"example.com", 1000));
        QVERIFY(r.matches(u"EXAMPLE.COM", 1500));
        QVERIFY(r.matches(u"example.com", 2000));
        QVERIFY(!r.matches(u"example.com", 2001));
        QVERIFY(!r.matches(u"example.com.", 1500));
        QVERIFY(!r.matches(u"www.example.com", 1500));
        QVERIFY(!r.matches(u"", 1500));

        // The requested name, not what it resolves to.
        QVERIFY(!rule("localhost:22").matches(u"127.0.0.1", 22));
        QVERIFY(!rule("127.0.0.1:22").matches(u"127.1", 22));
        // ASCII case folding only: U+212A KELVIN SIGN is not 'k'.
        QVERIFY(!rule("k.example:22").matches(u"\u212A.example", 22));

        const Rule v6 = rule("[::1]:22");
        QVERIFY(v6.matches(u"::1", 22));
        QVERIFY(v6.matches(u"[::1]", 22));
        QVERIFY(v6.matches(u"0:0:0:0:0:0:0:1", 22));
        QVERIFY(!v6.matches(u"::2", 22));
        QVERIFY(!v6.matches(u"localhost", 22));
        QVERIFY(!v6.matches(u"::1%lo", 22));

        const Rule any = rule("*:*");
        QVERIFY(any.anyHost());
        QVERIFY(any.matches(u"anything", 1));
        QVERIFY(any.matches(u"anything", 65535));
        QVERIFY(!any.matches(u"anything", 0));
        QVERIFY(rule("*:22").matches(u"whatever", 22));
        QVERIFY(!rule("*:22").matches(u"whatever", 23));
    }

    void whitelistBindsSavedFriends()
    {
        // A server restarted with -i serves only whitelisted friends, even
        // ones saved in its profile from a run without -i.
        const PublicKey listed = PublicKey::fromBytes(QByteArray(PublicKey::size, 'a'));
        const PublicKey saved = PublicKey::fromBytes(QByteArray(PublicKey::size, 'b'));
        TunnelPolicy policy;
        policy.setDefaultRules(TunnelRules::allowAll());
        QVERIFY(policy.allows(saved, u"localhost", 22));
        policy.setWhitelist({listed});
        QVERIFY(policy.allows(listed, u"localhost", 22));
        QVERIFY(!policy.allows(saved, u"localhost", 22));
        policy.setFriendRules(saved, TunnelRules::allowAll());
        QVERIFY(!policy.allows(saved, u"localhost", 22));
    }

    void ruleLists()
    {
        QVERIFY(TunnelRules().isEmpty());
        QVERIFY(!TunnelRules().allows(u"localhost", 22));
        QVERIFY(TunnelRules::allowAll().allows(u"x", 1));
        QVERIFY(TunnelRules::allowAll().allows(u"x", 65535));
        QVERIFY(!TunnelRules::allowAll().allows(u"x", 0));
        QCOMPARE(TunnelRules::allowAll().toString(), QStringLiteral("*:*"));

        const auto rules = TunnelRules::parse(u"  localhost:22\t[::1]@80  db:5432-5433 # the rest is a comment x:1");
        QVERIFY(rules.ok());
        QCOMPARE(rules->rules().size(), 3);
        QCOMPARE(rules->toString(), QStringLiteral("localhost:22 [::1]:80 db:5432-5433"));
        QCOMPARE(*TunnelRules::parse(rules->toString()), *rules);
        QVERIFY(rules->allows(u"db", 5433));
        QVERIFY(rules->allows(u"::1", 80));
        QVERIFY(!rules->allows(u"localhost", 80));
        QVERIFY(!rules->allows(u"x", 1));

        QVERIFY(TunnelRules::parse(u"").ok());
        QVERIFY(TunnelRules::parse(u"   # nothing").value().isEmpty());
        const auto bad = TunnelRules::parse(u"a:1 b:2 c:x");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().startsWith(QStringLiteral("rule 3: \"c:x\"")), qPrintable(bad.error()));
        QVERIFY(!TunnelRules::parse(u"a:1-2", RuleSyntax::Tuntox).ok());
    }

    void tuntoxRulesFile()
    {
        const QString text = QStringLiteral("# tuntox rules\n" // 1
                                            "\n" // 2
                                            "localhost:22\n" // 3
                                            "  127.0.0.1@8080  \r\n" // 4
                                            "*:443 # any host on 443\n" // 5
                                            "badline\n" // 6
                                            "host:0\n" // 7
                                            "   # indented comment\n" // 8
                                            "two:1 rules:2\n" // 9
                                            "range:1-2\n" // 10
                                            "\t\n" // 11
                                            "last:65535"); // 12
        const RulesFile f = parseRulesFile(QStringView(text));
        QCOMPARE(f.rules.toString(), QStringLiteral("localhost:22 127.0.0.1:8080 *:443 last:65535"));
        QCOMPARE(f.errors.size(), 4);
        QCOMPARE(f.errors[0].line, 6);
        QVERIFY(f.errors[0].message.contains(QStringLiteral("missing ':port'")));
        QCOMPARE(f.errors[1].line, 7);
        QCOMPARE(f.errors[2].line, 9);
        QVERIFY(f.errors[2].message.contains(QStringLiteral("one rule per line")));
        QCOMPARE(f.errors[3].line, 10);
        QVERIFY(f.errors[3].message.contains(QStringLiteral("Warren extension")));
        QVERIFY(f.errors[0].toString().startsWith(QStringLiteral("line 6: \"badline\"")));

        QVERIFY(f.rules.allows(u"localhost", 22));
        QVERIFY(f.rules.allows(u"127.0.0.1", 8080));
        QVERIFY(f.rules.allows(u"anything", 443));
        QVERIFY(!f.rules.allows(u"localhost", 23));

        // The same file read with Warren syntax keeps the range line.
        const RulesFile w = parseRulesFile(QStringView(text), RuleSyntax::Warren);
        QCOMPARE(w.errors.size(), 3);
        QVERIFY(w.rules.allows(u"range", 2));
    }

    void rulesFileWithoutValidRuleDeniesAll()
    {
        for (const char* content : {"", "\n\n", "# only comments\n", "bad\nalso bad:x\n", "host:0"}) {
            const RulesFile f = parseRulesFile(QByteArrayView(content));
            QVERIFY(f.rules.isEmpty());
            QVERIFY(!f.rules.allows(u"localhost", 22));
            QVERIFY(!f.rules.allows(u"bad", 1));
        }
        QCOMPARE(parseRulesFile(QByteArrayView("bad\nalso bad:x\n")).errors.size(), 2);
    }

    void rulesFileBytes()
    {
        const QByteArray content = "good:1\n"
                                   "b\xff"
                                   "d:2\n"
                                   "also.good:3\n";
        const RulesFile f = parseRulesFile(QByteArrayView(content));
        QCOMPARE(f.rules.toString(), QStringLiteral("good:1 also.good:3"));
        QCOMPARE(f.errors.size(), 1);
        QCOMPARE(f.errors[0].line, 2);
        QVERIFY(f.errors[0].message.contains(QStringLiteral("invalid character")));
    }

    void friendLines()
    {
        const QString line = QStringLiteral("friend ") + keyHex.toLower() + QStringLiteral(" localhost:22 *:8000-8999");
        const auto f = parseFriendRules(line);
        QVERIFY2(f.ok(), qPrintable(f ? QString() : f.error()));
        QCOMPARE(f->friendKey, PublicKey::fromHex(keyHex));
        QVERIFY(f->rules.allows(u"localhost", 22));
        QVERIFY(f->rules.allows(u"any", 8500));
        QCOMPARE(
            formatFriendRules(*f), QStringLiteral("friend ") + keyHex + QStringLiteral(" localhost:22 *:8000-8999"));
        QCOMPARE(*parseFriendRules(formatFriendRules(*f)), *f);

        const auto none = parseFriendRules(QStringLiteral("  friend ") + keyHex + QStringLiteral("  # no tunnels"));
        QVERIFY(none.ok());
        QVERIFY(none->rules.isEmpty());
        QCOMPARE(formatFriendRules(*none), QStringLiteral("friend ") + keyHex);

        QVERIFY(parseFriendRules(u"").error().contains(QStringLiteral("starting with \"friend\"")));
        QVERIFY(parseFriendRules(u"Friend x").error().contains(QStringLiteral("starting with \"friend\"")));
        QVERIFY(parseFriendRules(u"friend").error().contains(QStringLiteral("missing the friend's public key")));
        QVERIFY(parseFriendRules(u"friend 0123 a:1").error().contains(QStringLiteral("is not a public key")));
        QVERIFY(parseFriendRules(QStringLiteral("friend ") + keyHex + QStringLiteral("00"))
                    .error()
                    .contains(QStringLiteral("is not a public key")));
        const auto bad = parseFriendRules(QStringLiteral("friend ") + keyHex + QStringLiteral(" a:1 b:99999"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().startsWith(QStringLiteral("rule 2: \"b:99999\"")), qPrintable(bad.error()));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "test_rules.moc"
