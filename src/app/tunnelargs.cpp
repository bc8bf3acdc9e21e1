#include "app/tunnelargs.h"

namespace warren {

namespace {
QString stripBrackets(QStringView s)
{
    if (s.size() >= 2 && s.startsWith(u'[') && s.endsWith(u']'))
        return s.sliced(1, s.size() - 2).toString();
    return s.toString();
}
} // namespace

QString ListenAddress::toString() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

bool parsePort(QStringView text, quint16* port, QString* error)
{
    bool ok = false;
    const uint v = text.toUInt(&ok);
    if (!ok || v == 0 || v > 65535) {
        *error = QStringLiteral("\"%1\" is not a port (1 to 65535)").arg(text.left(40).toString());
        return false;
    }
    *port = static_cast<quint16>(v);
    return true;
}

bool parseToxId(QStringView text, ToxAddress* out, QString* error)
{
    ToxAddress::ParseError why = ToxAddress::ParseError::None;
    const ToxAddress a = ToxAddress::parse(text, &why);
    if (a.isNull()) {
        *error = QStringLiteral("\"%1\" is not a Tox ID: %2").arg(text.left(90).toString(), ToxAddress::describe(why));
        return false;
    }
    *out = a;
    return true;
}

bool parsePeerKey(QStringView text, PublicKey* out, QString* error)
{
    const QStringView t = text.trimmed();
    if (t.size() == 2 * PublicKey::size) {
        const PublicKey k = PublicKey::fromHex(t);
        if (k.isNull()) {
            *error = QStringLiteral("\"%1\" is not a public key (64 hex digits)").arg(t.toString());
            return false;
        }
        *out = k;
        return true;
    }
    ToxAddress a;
    if (!parseToxId(t, &a, error))
        return false;
    *out = a.publicKey();
    return true;
}

bool parseHostPort(QStringView text, QString* host, quint16* port, QString* error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const QString h = colon > 0 ? stripBrackets(text.first(colon)) : QString();
    if (colon <= 0 || h.isEmpty() || h.contains(QLatin1Char(' ')) || (h.contains(u':') && !text.startsWith(u'['))) {
        *error = QStringLiteral("\"%1\": use HOST:PORT, e.g. 127.0.0.1:22 or [::1]:22").arg(text.toString());
        return false;
    }
    if (!parsePort(text.sliced(colon + 1), port, error))
        return false;
    *host = h;
    return true;
}

bool parseListenAddress(QStringView text, ListenAddress* out, QString* error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    ListenAddress l;
    if (!parsePort(colon < 0 ? text : text.sliced(colon + 1), &l.port, error))
        return false;
    if (colon >= 0) {
        const QString a = stripBrackets(text.first(colon));
        if (!l.address.setAddress(a)) {
            *error = QStringLiteral("\"%1\" is not an IP address to listen on").arg(a);
            return false;
        }
    }
    *out = l;
    return true;
}

} // namespace warren
