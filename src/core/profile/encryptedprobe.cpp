#include "core/profile/encryptedprobe.h"

#include "core/profile/savedataformat.h"

#include <QtEndian>

#include <sodium.h>
#include <tox/toxencryptsave.h>

#include <array>

namespace warren {

namespace {
// The toxencryptsave layout: magic, salt, nonce, MAC, cipher text.
constexpr qsizetype magicSize = 8;
constexpr qsizetype saltSize = TOX_PASS_SALT_LENGTH;
constexpr qsizetype nonceSize = crypto_stream_xsalsa20_NONCEBYTES;
constexpr qsizetype macSize = 16;
constexpr qsizetype cipherOffset = magicSize + saltSize + nonceSize + macSize;
// crypto_secretbox uses the first 32 bytes of the key stream for the MAC key.
constexpr qsizetype streamSkip = 32;
constexpr qsizetype probeSize = SaveDataFormat::headerSize;

static_assert(cipherOffset == TOX_PASS_ENCRYPTION_EXTRA_LENGTH);
static_assert(TOX_PASS_KEY_LENGTH == crypto_stream_xsalsa20_KEYBYTES);

const unsigned char* bytes(QByteArrayView v, qsizetype offset)
{
    return reinterpret_cast<const unsigned char*>(v.data() + offset);
}
} // namespace

bool encryptedSaveIsTruncated(QByteArrayView encrypted, const QString& password)
{
    if (encrypted.size() < cipherOffset + probeSize || !SaveDataFormat::isEncrypted(encrypted))
        return false;
    if (sodium_init() < 0)
        return false;

    const QByteArray utf8 = password.toUtf8();
    std::array<unsigned char, crypto_hash_sha256_BYTES> hashed{};
    crypto_hash_sha256(hashed.data(), reinterpret_cast<const unsigned char*>(utf8.constData()),
        static_cast<unsigned long long>(utf8.size()));
    std::array<unsigned char, TOX_PASS_KEY_LENGTH> key{};
    const int derived
        = crypto_pwhash_scryptsalsa208sha256(key.data(), key.size(), reinterpret_cast<const char*>(hashed.data()),
            hashed.size(), bytes(encrypted, magicSize), crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_INTERACTIVE * 2,
            crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_INTERACTIVE);
    sodium_memzero(hashed.data(), hashed.size());
    if (derived != 0)
        return false;

    std::array<unsigned char, streamSkip + probeSize> block{};
    for (qsizetype i = 0; i < probeSize; ++i)
        block[static_cast<size_t>(streamSkip + i)] = *bytes(encrypted, cipherOffset + i);
    crypto_stream_xsalsa20_xor(
        block.data(), block.data(), block.size(), bytes(encrypted, magicSize + saltSize), key.data());
    sodium_memzero(key.data(), key.size());

    const unsigned char* plain = block.data() + streamSkip;
    return qFromLittleEndian<quint32>(plain) == 0
        && qFromLittleEndian<quint32>(plain + 4) == SaveDataFormat::stateCookie;
}

} // namespace warren
