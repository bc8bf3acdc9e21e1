#include "core/toxtypes.h"

#include "core/coreevents.h"

#include <tox/tox.h>

namespace warren {

namespace {
bool isHex(QStringView s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

PublicKey PublicKey::fromBytes(const QByteArray& raw)
{
    PublicKey k;
    if (raw.size() == size)
        k.m_bytes = raw;
    return k;
}

PublicKey PublicKey::fromBytes(const uint8_t* raw)
{
    return fromBytes(QByteArray(reinterpret_cast<const char*>(raw), size));
}

PublicKey PublicKey::fromHex(QStringView hex)
{
    if (hex.size() != size * 2 || !isHex(hex))
        return {};
    return fromBytes(QByteArray::fromHex(hex.toLatin1()));
}

ToxAddress ToxAddress::fromBytes(const QByteArray& raw)
{
    ToxAddress a;
    if (raw.size() == size && checksumValid(raw))
        a.m_bytes = raw;
    return a;
}

bool ToxAddress::checksumValid(const QByteArray& raw)
{
    if (raw.size() != size)
        return false;
    uint8_t sum[2] = {0, 0};
    for (int i = 0; i < size - 2; ++i)
        sum[i % 2] ^= static_cast<uint8_t>(raw[i]);
    return sum[0] == static_cast<uint8_t>(raw[size - 2]) && sum[1] == static_cast<uint8_t>(raw[size - 1]);
}

ToxAddress ToxAddress::parse(QStringView text, ParseError* error)
{
    auto fail = [&](ParseError e) {
        if (error)
            *error = e;
        return ToxAddress{};
    };
    QStringView t = text.trimmed();
    if (t.startsWith(u"tox:", Qt::CaseInsensitive)) {
        t = t.mid(4);
        while (t.startsWith(u'/'))
            t = t.mid(1);
    }
    if (t.isEmpty())
        return fail(ParseError::Empty);
    if (!isHex(t))
        return fail(ParseError::BadCharacters);
    if (t.size() != hexLength)
        return fail(ParseError::BadLength);
    const QByteArray raw = QByteArray::fromHex(t.toLatin1());
    if (!checksumValid(raw))
        return fail(ParseError::BadChecksum);
    if (error)
        *error = ParseError::None;
    ToxAddress a;
    a.m_bytes = raw;
    return a;
}

QString ToxAddress::describe(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QStringLiteral("Enter a Tox ID: 76 hexadecimal characters, or a tox: link.");
    case ParseError::BadLength:
        return QStringLiteral("A Tox ID has exactly 76 hexadecimal characters.");
    case ParseError::BadCharacters:
        return QStringLiteral("A Tox ID contains only the characters 0-9 and A-F.");
    case ParseError::BadChecksum:
        return QStringLiteral("This Tox ID has a typo: its checksum does not match.");
    }
    return {};
}

PublicKey ToxAddress::publicKey() const
{
    return isNull() ? PublicKey{} : PublicKey::fromBytes(m_bytes.left(PublicKey::size));
}

uint32_t ToxAddress::nospam() const
{
    if (isNull())
        return 0;
    const auto* d = data() + PublicKey::size;
    return (uint32_t(d[0]) << 24) | (uint32_t(d[1]) << 16) | (uint32_t(d[2]) << 8) | uint32_t(d[3]);
}

QString toString(Connection c)
{
    switch (c) {
    case Connection::None:
        return QStringLiteral("offline");
    case Connection::Tcp:
        return QStringLiteral("TCP relay");
    case Connection::Udp:
        return QStringLiteral("direct UDP");
    }
    return {};
}

QString toString(UserStatus s)
{
    switch (s) {
    case UserStatus::Online:
        return QStringLiteral("online");
    case UserStatus::Away:
        return QStringLiteral("away");
    case UserStatus::Busy:
        return QStringLiteral("busy");
    }
    return {};
}

void registerCoreTypes()
{
    static const bool once = [] {
        qRegisterMetaType<PublicKey>();
        qRegisterMetaType<ToxAddress>();
        qRegisterMetaType<Connection>();
        qRegisterMetaType<UserStatus>();
        qRegisterMetaType<SelfInfo>();
        qRegisterMetaType<FriendInfo>();
        qRegisterMetaType<QList<FriendInfo>>();
        qRegisterMetaType<EngineError>();
        return true;
    }();
    (void)once;
}

static_assert(PublicKey::size == TOX_PUBLIC_KEY_SIZE);
static_assert(ToxAddress::size == TOX_ADDRESS_SIZE);

} // namespace warren
