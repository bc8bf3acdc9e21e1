// The keys of an encrypted history. A random 32-byte data key encrypts every
// text and derives the search-term and contact-tag keys (crypto_kdf); the
// password only wraps the data key: Argon2id (salt and cost stored in the
// database's meta table) gives a key-encryption key, and XChaCha20-Poly1305
// seals the data key with it. So a new password rewraps 32 bytes instead of
// re-encrypting every row, and a wrong password is told by the wrap's tag.
//
// Keys live in sodium_malloc'd memory (locked, guarded, zeroed when freed).
// Immutable once made, so one instance is shared (std::shared_ptr<const>)
// between the store on the GUI thread and the reader on the search thread.
#pragma once

#include "core/history/historyerror.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace warren {

class HistoryKeys {
public:
    struct KdfCost {
        quint64 ops = 0;
        quint64 memBytes = 0;
    };
    /// The data key sealed with a key derived from a password.
    struct Wrapped {
        QByteArray salt;
        KdfCost cost;
        QByteArray blob; ///< nonce || encrypted data key || tag
    };

    /// Argon2id cost for new wraps: libsodium's "interactive" level.
    static KdfCost defaultCost();
    /// A fresh random data key.
    static std::shared_ptr<const HistoryKeys> generate(HistoryError* error);
    /// Derives the key-encryption key from @p password and opens @p wrapped.
    /// WrongPassword when the password does not fit.
    static std::shared_ptr<const HistoryKeys> unwrap(
        const Wrapped& wrapped, const QString& password, HistoryError* error);

    ~HistoryKeys();
    HistoryKeys(const HistoryKeys&) = delete;
    HistoryKeys& operator=(const HistoryKeys&) = delete;

    /// Seals the data key for @p password with a fresh salt (slow: Argon2id).
    Wrapped wrap(const QString& password, HistoryError* error) const;

    /// XChaCha20-Poly1305 with a random nonce: nonce || ciphertext || tag.
    /// @p ad (not stored) binds the ciphertext to its row and column.
    QByteArray seal(QByteArrayView plain, QByteArrayView ad) const;
    /// False when the tag does not verify (damaged, moved to another row, other key).
    bool open(QByteArrayView sealed, QByteArrayView ad, QByteArray* plain) const;
    /// A 16-byte keyed hash that stands for a public key in the tables.
    QByteArray contactTag(QByteArrayView publicKey) const;
    /// A blind search-index term: 10 base32 letters of a keyed hash of @p token.
    QByteArray term(QByteArrayView token) const;

private:
    HistoryKeys() = default;
    bool allocate();
    unsigned char* dataKey() const;
    unsigned char* messageKey() const;
    unsigned char* termKey() const;
    unsigned char* tagKey() const;
    void deriveSubkeys() const;

    unsigned char* m_mem = nullptr; ///< data | message | term | tag keys, sodium_malloc'd
};

/// Initialises libsodium once; false when it cannot be used.
bool ensureSodium();

} // namespace warren
