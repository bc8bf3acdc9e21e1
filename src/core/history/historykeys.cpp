#include "core/history/historykeys.h"

#include <sodium.h>

namespace warren {

namespace {
constexpr size_t keyBytes = 32;
constexpr size_t nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr char kdfContext[crypto_kdf_CONTEXTBYTES + 1] = "WarrenHi";
constexpr char wrapAd[] = "warren-history-data-key-v1";
constexpr int termLetters = 10; ///< 50 bits of the keyed hash
constexpr qsizetype wrappedBytes = nonceBytes + keyBytes + tagBytes;
constexpr qsizetype sealOverhead = nonceBytes + tagBytes;
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == keyBytes);
static_assert(crypto_kdf_KEYBYTES == keyBytes);

enum Subkey : uint64_t { messageSubkey = 1, termSubkey = 2, tagSubkey = 3 };

const unsigned char* u8(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

unsigned char* u8(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}

bool cryptoFailed(HistoryError* error, const QString& what)
{
    return HistoryError::set(error, HistoryError::Kind::CryptoFailed, what);
}

/// Argon2id of @p password into the sodium_malloc'd @p out (keyBytes).
bool deriveKek(unsigned char* out, const QString& password, const QByteArray& salt, HistoryKeys::KdfCost cost)
{
    const QByteArray utf8 = password.toUtf8();
    if (salt.size() != crypto_pwhash_SALTBYTES || cost.ops < crypto_pwhash_OPSLIMIT_MIN
        || cost.memBytes < crypto_pwhash_MEMLIMIT_MIN || cost.memBytes > (quint64(1) << 32))
        return false;
    return crypto_pwhash(out, keyBytes, utf8.constData(), static_cast<unsigned long long>(utf8.size()), u8(salt),
               cost.ops, static_cast<size_t>(cost.memBytes), crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

struct SecureBuffer {
    explicit SecureBuffer(size_t n)
        : p(static_cast<unsigned char*>(sodium_malloc(n)))
    {
    }
    ~SecureBuffer() { sodium_free(p); }
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    unsigned char* p;
};
} // namespace

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

HistoryKeys::KdfCost HistoryKeys::defaultCost()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

HistoryKeys::~HistoryKeys()
{
    sodium_free(m_mem);
}

bool HistoryKeys::allocate()
{
    m_mem = static_cast<unsigned char*>(sodium_malloc(4 * keyBytes));
    return m_mem != nullptr;
}

unsigned char* HistoryKeys::dataKey() const
{
    return m_mem;
}

unsigned char* HistoryKeys::messageKey() const
{
    return m_mem + keyBytes;
}

unsigned char* HistoryKeys::termKey() const
{
    return m_mem + 2 * keyBytes;
}

unsigned char* HistoryKeys::tagKey() const
{
    return m_mem + 3 * keyBytes;
}

void HistoryKeys::deriveSubkeys() const
{
    crypto_kdf_derive_from_key(messageKey(), keyBytes, messageSubkey, kdfContext, dataKey());
    crypto_kdf_derive_from_key(termKey(), keyBytes, termSubkey, kdfContext, dataKey());
    crypto_kdf_derive_from_key(tagKey(), keyBytes, tagSubkey, kdfContext, dataKey());
}

std::shared_ptr<const HistoryKeys> HistoryKeys::generate(HistoryError* error)
{
    std::shared_ptr<HistoryKeys> keys(new HistoryKeys);
    if (!ensureSodium() || !keys->allocate()) {
        cryptoFailed(error, QStringLiteral("Could not set up encryption for the history (out of memory?)."));
        return nullptr;
    }
    randombytes_buf(keys->dataKey(), keyBytes);
    keys->deriveSubkeys();
    return keys;
}

std::shared_ptr<const HistoryKeys> HistoryKeys::unwrap(
    const Wrapped& wrapped, const QString& password, HistoryError* error)
{
    if (wrapped.blob.size() != wrappedBytes) {
        HistoryError::set(error, HistoryError::Kind::Corrupted,
            QStringLiteral("The history's wrapped key is damaged (wrong length)."));
        return nullptr;
    }
    std::shared_ptr<HistoryKeys> keys(new HistoryKeys);
    SecureBuffer kek(keyBytes);
    if (!ensureSodium() || !keys->allocate() || !kek.p) {
        cryptoFailed(error, QStringLiteral("Could not set up decryption for the history (out of memory?)."));
        return nullptr;
    }
    if (!deriveKek(kek.p, password, wrapped.salt, wrapped.cost)) {
        cryptoFailed(error, QStringLiteral("Could not derive the history key from the password (out of memory?)."));
        return nullptr;
    }
    const unsigned char* nonce = u8(wrapped.blob);
    const unsigned char* sealed = nonce + nonceBytes;
    unsigned long long outLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(keys->dataKey(), &outLen, nullptr, sealed, keyBytes + tagBytes,
            reinterpret_cast<const unsigned char*>(wrapAd), sizeof wrapAd - 1, nonce, kek.p)
            != 0
        || outLen != keyBytes) {
        HistoryError::set(
            error, HistoryError::Kind::WrongPassword, QStringLiteral("The password does not unlock the chat history."));
        return nullptr;
    }
    keys->deriveSubkeys();
    return keys;
}

HistoryKeys::Wrapped HistoryKeys::wrap(const QString& password, HistoryError* error) const
{
    Wrapped w;
    w.cost = defaultCost();
    w.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(u8(w.salt), static_cast<size_t>(w.salt.size()));
    SecureBuffer kek(keyBytes);
    if (!kek.p || !deriveKek(kek.p, password, w.salt, w.cost)) {
        cryptoFailed(error, QStringLiteral("Could not derive a key from the new password (out of memory?)."));
        return {};
    }
    w.blob.resize(wrappedBytes);
    unsigned char* nonce = u8(w.blob);
    randombytes_buf(nonce, nonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceBytes, nullptr, dataKey(), keyBytes,
        reinterpret_cast<const unsigned char*>(wrapAd), sizeof wrapAd - 1, nullptr, nonce, kek.p);
    return w;
}

QByteArray HistoryKeys::seal(QByteArrayView plain, QByteArrayView ad) const
{
    QByteArray out(sealOverhead + plain.size(), Qt::Uninitialized);
    unsigned char* nonce = u8(out);
    randombytes_buf(nonce, nonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceBytes, nullptr, u8(plain),
        static_cast<unsigned long long>(plain.size()), u8(ad), static_cast<unsigned long long>(ad.size()), nullptr,
        nonce, messageKey());
    return out;
}

bool HistoryKeys::open(QByteArrayView sealed, QByteArrayView ad, QByteArray* plain) const
{
    if (sealed.size() < sealOverhead)
        return false;
    QByteArray out(sealed.size() - sealOverhead, Qt::Uninitialized);
    const unsigned char* nonce = u8(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(u8(out), nullptr, nullptr, nonce + nonceBytes,
            static_cast<unsigned long long>(sealed.size()) - nonceBytes, u8(ad),
            static_cast<unsigned long long>(ad.size()), nonce, messageKey())
        != 0)
        return false;
    *plain = std::move(out);
    return true;
}

QByteArray HistoryKeys::contactTag(QByteArrayView publicKey) const
{
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(
        u8(out), 16, u8(publicKey), static_cast<unsigned long long>(publicKey.size()), tagKey(), keyBytes);
    return out;
}

QByteArray HistoryKeys::term(QByteArrayView token) const
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    unsigned char hash[8];
    crypto_generichash(
        hash, sizeof hash, u8(token), static_cast<unsigned long long>(token.size()), termKey(), keyBytes);
    quint64 bits = 0;
    for (unsigned char b : hash)
        bits = (bits << 8) | b;
    QByteArray out(termLetters, Qt::Uninitialized);
    for (int i = 0; i < termLetters; ++i)
        out[i] = alphabet[(bits >> (59 - 5 * i)) & 31];
    return out;
}

} // namespace warren
