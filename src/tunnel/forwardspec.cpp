#include "tunnel/forwardspec.h"

#include <QStringList>

namespace warren::tunnel {

namespace {
bool parsePort(const QString& s, bool allowZero, quint16* out)
{
    bool ok = false;
    const uint v = s.toUInt(&ok);
    if (!ok || v > 65535 || (!allowZero && v == 0))
        return false;
    *out = static_cast<quint16>(v);
    return true;
}
} // namespace

bool ForwardSpec::parseTuntox(const QString& text, QString* error)
{
    // Split from the right so an IPv6 host in brackets keeps its colons.
    QString rest = text.trimmed();
    auto takeLast = [&rest](QString* part) {
        const int i = rest.lastIndexOf(QLatin1Char(':'));
        if (i < 0)
            return false;
        *part = rest.mid(i + 1);
        rest.truncate(i);
        return true;
    };
    QString rport, h, lport;
    const auto fail = [&] {
        if (error)
            *error = QStringLiteral("forward \"%1\": use LPORT:HOST:RPORT, e.g. 2222:127.0.0.1:22").arg(text);
        return false;
    };
    if (!takeLast(&rport) || !parsePort(rport, false, &this->port))
        return fail();
    const int hostEnd = rest.size();
    int hostStart = rest.lastIndexOf(QLatin1Char(':'));
    if (rest.endsWith(QLatin1Char(']'))) {
        hostStart = rest.lastIndexOf(QLatin1Char('['));
        if (hostStart <= 0 || rest[hostStart - 1] != QLatin1Char(':'))
            return fail();
        --hostStart;
    }
    if (hostStart < 0)
        return fail();
    h = rest.mid(hostStart + 1, hostEnd - hostStart - 1);
    rest.truncate(hostStart);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.isEmpty())
        return fail();
    host = h;
    const int i = rest.lastIndexOf(QLatin1Char(':'));
    lport = i < 0 ? rest : rest.mid(i + 1);
    if (!parsePort(lport, true, &listenPort))
        return fail();
    if (i >= 0) {
        QString addr = rest.left(i);
        if (addr.startsWith(QLatin1Char('[')) && addr.endsWith(QLatin1Char(']')))
            addr = addr.mid(1, addr.size() - 2);
        if (!listenAddress.setAddress(addr)) {
            if (error)
                *error = QStringLiteral("forward \"%1\": \"%2\" is not an IP address to listen on").arg(text, addr);
            return false;
        }
    }
    return true;
}

} // namespace warren::tunnel
