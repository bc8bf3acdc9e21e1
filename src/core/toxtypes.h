// Small value types that cross threads: keys, addresses and Tox enums.
// They are registered with Qt's meta-type system in registerCoreTypes().
#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <optional>

namespace warren {

/// A friend's (or our own) 32-byte long-term public key: the stable identity
/// every cross-thread signal is keyed by. Friend numbers never leave the core.
class PublicKey {
public:
    static constexpr int size = 32;
    PublicKey() = default;
    /// Takes exactly 32 raw bytes; anything else gives a null key.
    static PublicKey fromBytes(const QByteArray& raw);
    static PublicKey fromBytes(const uint8_t* raw);
    /// Parses 64 hex digits (any case); anything else gives a null key.
    static PublicKey fromHex(QStringView hex);

    bool isNull() const { return m_bytes.isEmpty(); }
    const QByteArray& bytes() const { return m_bytes; }
    const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(m_bytes.constData()); }
    QString toHex() const { return QString::fromLatin1(m_bytes.toHex().toUpper()); }
    /// First 8 hex digits, for logs.
    QString shortId() const { return toHex().left(8); }

    friend bool operator==(const PublicKey&, const PublicKey&) = default;
    friend size_t qHash(const PublicKey& k, size_t seed = 0) { return qHash(k.m_bytes, seed); }

private:
    QByteArray m_bytes;
};

/// A 38-byte Tox address: public key, 4-byte nospam and 2-byte checksum.
class ToxAddress {
public:
    static constexpr int size = 38;
    static constexpr int hexLength = 76;
    enum class ParseError { None, Empty, BadLength, BadCharacters, BadChecksum };

    ToxAddress() = default;
    static ToxAddress fromBytes(const QByteArray& raw);
    /// Accepts 76 hex digits, optionally behind "tox:" / "tox://", with
    /// surrounding white space. Sets @p error when the text is not an address.
    static ToxAddress parse(QStringView text, ParseError* error = nullptr);
    static QString describe(ParseError error);

    bool isNull() const { return m_bytes.isEmpty(); }
    const QByteArray& bytes() const { return m_bytes; }
    const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(m_bytes.constData()); }
    PublicKey publicKey() const;
    uint32_t nospam() const;
    QString toHex() const { return QString::fromLatin1(m_bytes.toHex().toUpper()); }
    QString toUri() const { return QStringLiteral("tox:") + toHex(); }

    /// The checksum rule: XOR of the first 36 bytes folded into 2 bytes.
    static bool checksumValid(const QByteArray& raw);

    friend bool operator==(const ToxAddress&, const ToxAddress&) = default;

private:
    QByteArray m_bytes;
};

enum class Connection : uint8_t { None, Tcp, Udp };
enum class UserStatus : uint8_t { Online, Away, Busy };

QString toString(Connection c);
QString toString(UserStatus s);

/// Registers the types above (and the structs in coreevents.h) for queued
/// connections. Idempotent; Engine calls it.
void registerCoreTypes();

} // namespace warren

Q_DECLARE_METATYPE(warren::PublicKey)
Q_DECLARE_METATYPE(warren::ToxAddress)
Q_DECLARE_METATYPE(warren::Connection)
Q_DECLARE_METATYPE(warren::UserStatus)
