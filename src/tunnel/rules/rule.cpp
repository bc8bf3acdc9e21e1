#include "tunnel/rules/rule.h"

#include <QHostAddress>

#include <optional>

namespace warren::tunnel {

namespace {
constexpr qsizetype maxHostNameLength = 253;
constexpr qsizetype maxLabelLength = 63;

/// The text in quotes for error messages, elided when long.
QString quoted(QStringView s)
{
    constexpr qsizetype maxShown = 60;
    if (s.size() <= maxShown)
        return QLatin1Char('"') + s.toString() + QLatin1Char('"');
    return QLatin1Char('"') + s.left(maxShown).toString() + QStringLiteral("…\"");
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isHostChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || isAsciiDigit(c) || u == u'-' || u == u'_'
        || u == u'.';
}

char16_t asciiLower(char16_t u)
{
    return (u >= u'A' && u <= u'Z') ? static_cast<char16_t>(u + (u'a' - u'A')) : u;
}

bool asciiCaseEqual(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i].unicode()) != asciiLower(b[i].unicode()))
            return false;
    }
    return true;
}

QString asciiLowered(QStringView s)
{
    QString out(s.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        out[i] = QChar(asciiLower(s[i].unicode()));
    return out;
}

QStringView withoutBrackets(QStringView s)
{
    if (s.size() >= 2 && s.front() == u'[' && s.back() == u']')
        return s.sliced(1, s.size() - 2);
    return s;
}

/// The canonical text of an IPv6 address without scope, or nothing.
std::optional<QString> canonicalIpv6(QStringView s)
{
    if (s.contains(u'%'))
        return std::nullopt;
    QHostAddress a;
    if (!a.setAddress(s.toString()) || a.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return a.toString();
}

Expected<QString, QString> hostNameOrIpv4(QStringView h)
{
    if (h.isEmpty())
        return unexpected(QStringLiteral("empty host (write * for any host)"));
    if (h.contains(u'*'))
        return unexpected(QStringLiteral("host %1: * must stand alone (it means any host)").arg(quoted(h)));
    for (QChar c : h) {
        if (!isHostChar(c))
            return unexpected(QStringLiteral("host %1: invalid character %2 (allowed: letters, digits, '-', '_', '.')")
                                  .arg(quoted(h), quoted(QStringView(&c, 1))));
    }
    if (h.size() > maxHostNameLength)
        return unexpected(QStringLiteral("host %1: longer than %2 characters").arg(quoted(h)).arg(maxHostNameLength));
    for (QStringView label : h.split(u'.')) {
        if (label.isEmpty())
            return unexpected(QStringLiteral("host %1: empty part between dots").arg(quoted(h)));
        if (label.size() > maxLabelLength)
            return unexpected(QStringLiteral("host %1: a part between dots is longer than %2 characters")
                                  .arg(quoted(h))
                                  .arg(maxLabelLength));
    }
    return asciiLowered(h);
}

Expected<QString, QString> normaliseHost(QStringView h)
{
    if (h == u"*")
        return QStringLiteral("*");
    const QStringView inner = withoutBrackets(h);
    if (h.startsWith(u'[') || inner.contains(u':')) {
        if (inner.size() == h.size() && h.startsWith(u'['))
            return unexpected(QStringLiteral("host %1: '[' without a closing ']'").arg(quoted(h)));
        if (const auto v6 = canonicalIpv6(inner))
            return *v6;
        return unexpected(QStringLiteral("host %1: not an IPv6 address (scope ids are not supported)").arg(quoted(h)));
    }
    return hostNameOrIpv4(h);
}

Expected<quint16, QString> parsePort(QStringView s)
{
    const QString bad = QStringLiteral("port %1 is not a number from 1 to 65535").arg(quoted(s));
    if (s.isEmpty())
        return QStringLiteral("missing port (write host:port)");
    if (s.size() > 5)
        return bad;
    uint value = 0;
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return bad;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value == 0 || value > 65535)
        return bad;
    return static_cast<quint16>(value);
}

Expected<PortRange, QString> parsePorts(QStringView s, RuleSyntax syntax)
{
    const bool warren = syntax == RuleSyntax::Warren;
    if (s == u"*") {
        if (!warren)
            return QStringLiteral("port * is a Warren extension; a tuntox rules file takes one port");
        return PortRange::any();
    }
    const qsizetype dash = s.indexOf(u'-');
    if (dash < 0) {
        const auto p = parsePort(s);
        if (!p)
            return p.error();
        return PortRange::single(*p);
    }
    if (!warren)
        return QStringLiteral("port range %1 is a Warren extension; a tuntox rules file takes one port").arg(quoted(s));
    if (dash == 0 || dash == s.size() - 1)
        return QStringLiteral("port range %1 needs a first and a last port, e.g. 8000-8080").arg(quoted(s));
    const auto first = parsePort(s.first(dash));
    if (!first)
        return first.error();
    const auto last = parsePort(s.sliced(dash + 1));
    if (!last)
        return last.error();
    if (*first > *last)
        return QStringLiteral("port range %1 runs backwards").arg(quoted(s));
    return PortRange{*first, *last};
}

struct Split {
    QStringView host;
    QStringView ports;
};

Expected<Split, QString> splitRule(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0) {
        if (text.indexOf(u'@', at + 1) >= 0)
            return QStringLiteral("more than one '@'");
        return Split{text.first(at), text.sliced(at + 1)};
    }
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return QStringLiteral("'[' without a closing ']'");
        if (close + 1 >= text.size() || text[close + 1] != u':')
            return QStringLiteral("expected ':port' after ']'");
        return Split{text.first(close + 1), text.sliced(close + 2)};
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return QStringLiteral("missing ':port' (write host:port, e.g. localhost:22)");
    if (text.indexOf(u':', colon + 1) >= 0)
        return QStringLiteral("more than one ':' (write IPv6 addresses in brackets, e.g. [::1]:22)");
    return Split{text.first(colon), text.sliced(colon + 1)};
}
} // namespace

QString PortRange::toString() const
{
    if (isAny())
        return QStringLiteral("*");
    if (first == last)
        return QString::number(first);
    return QString::number(first) + QLatin1Char('-') + QString::number(last);
}

Expected<Rule, QString> Rule::parse(QStringView text, RuleSyntax syntax)
{
    if (text.isEmpty())
        return QStringLiteral("empty rule");
    const auto split = splitRule(text);
    if (!split)
        return quoted(text) + QStringLiteral(": ") + split.error();
    const auto host = normaliseHost(split->host);
    if (!host)
        return quoted(text) + QStringLiteral(": ") + host.error();
    const auto ports = parsePorts(split->ports, syntax);
    if (!ports)
        return quoted(text) + QStringLiteral(": ") + ports.error();
    return Rule(*host, *ports);
}

Expected<Rule, QString> Rule::create(QStringView host, PortRange ports)
{
    if (ports.first == 0 || ports.first > ports.last)
        return QStringLiteral("invalid port range %1-%2").arg(ports.first).arg(ports.last);
    auto h = normaliseHost(host);
    if (!h)
        return h.error();
    return Rule(std::move(h).value(), ports);
}

bool Rule::matches(QStringView host, quint16 port) const
{
    if (!m_ports.contains(port))
        return false;
    if (anyHost())
        return true;
    if (m_host.contains(u':')) {
        const auto v6 = canonicalIpv6(withoutBrackets(host));
        return v6 && *v6 == m_host;
    }
    return asciiCaseEqual(host, m_host);
}

QString Rule::toString() const
{
    const QString host = m_host.contains(u':') ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    return host + QLatin1Char(':') + m_ports.toString();
}

} // namespace warren::tunnel
