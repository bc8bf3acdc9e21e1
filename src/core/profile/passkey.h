// A key derived from the profile password with toxencryptsave. Deriving is
// slow on purpose (scrypt, hundreds of milliseconds), so a profile derives
// its key once, when it is opened or its password is set, and encrypts every
// later save with it. The key carries its salt: a profile keeps the salt of
// the file it was opened from until the password changes. The password
// itself is never kept.
#pragma once

#include "core/profile/profileerror.h"

#include <QByteArray>

#include <tox/toxencryptsave.h>

#include <memory>

namespace warren {

class PassKey {
public:
    /// Derives a key with a fresh random salt, for a new password.
    static PassKey derive(const QString& password, ProfileError* error);
    /// Derives the key from the salt in @p encrypted and decrypts it. On
    /// success returns the plain data and stores the key in @p key. A failure
    /// is WrongPassword, or Truncated when the password is right but the data
    /// was cut short.
    static QByteArray unlock(QByteArrayView encrypted, const QString& password, PassKey* key, ProfileError* error);

    PassKey() = default;
    bool isNull() const { return !m_key; }

    /// Wraps plain save data in the toxencryptsave format (fresh nonce).
    QByteArray encrypt(QByteArrayView plain, ProfileError* error) const;
    /// Unwraps @p encrypted, which must use this key's salt.
    QByteArray decrypt(QByteArrayView encrypted, ProfileError* error) const;

private:
    struct Deleter {
        void operator()(Tox_Pass_Key* k) const { tox_pass_key_free(k); }
    };
    using KeyPtr = std::unique_ptr<Tox_Pass_Key, Deleter>;
    explicit PassKey(KeyPtr key)
        : m_key(std::move(key))
    {
    }

    KeyPtr m_key;
};

} // namespace warren
