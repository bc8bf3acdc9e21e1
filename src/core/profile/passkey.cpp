#include "core/profile/passkey.h"

#include "core/profile/encryptedprobe.h"
#include "core/profile/savedataformat.h"

namespace warren {

namespace {
using K = ProfileError::Kind;
constexpr qsizetype extra = TOX_PASS_ENCRYPTION_EXTRA_LENGTH;

const uint8_t* bytes(QByteArrayView v)
{
    return reinterpret_cast<const uint8_t*>(v.data());
}

bool derivationFailed(ProfileError* error)
{
    return ProfileError::set(
        error, K::CryptoFailed, QStringLiteral("Could not derive a key from the password (out of memory?)."));
}

bool wrongPassword(ProfileError* error)
{
    return ProfileError::set(error, K::WrongPassword, QStringLiteral("The password is not correct."));
}
} // namespace

PassKey PassKey::derive(const QString& password, ProfileError* error)
{
    const QByteArray utf8 = password.toUtf8();
    Tox_Err_Key_Derivation err = TOX_ERR_KEY_DERIVATION_OK;
    KeyPtr key(tox_pass_key_derive(bytes(utf8), static_cast<size_t>(utf8.size()), &err));
    if (!key) {
        derivationFailed(error);
        return {};
    }
    return PassKey(std::move(key));
}

QByteArray PassKey::unlock(QByteArrayView encrypted, const QString& password, PassKey* key, ProfileError* error)
{
    const ProfileError format = SaveDataFormat::checkEncrypted(encrypted);
    if (!format.ok()) {
        ProfileError::set(error, format.kind, format.message);
        return {};
    }
    uint8_t salt[TOX_PASS_SALT_LENGTH];
    Tox_Err_Get_Salt saltErr = TOX_ERR_GET_SALT_OK;
    if (!tox_get_salt(bytes(encrypted), salt, &saltErr)) {
        ProfileError::set(error, K::NotAProfile, QStringLiteral("This file is not a Tox profile."));
        return {};
    }
    const QByteArray utf8 = password.toUtf8();
    Tox_Err_Key_Derivation err = TOX_ERR_KEY_DERIVATION_OK;
    PassKey derived(KeyPtr(tox_pass_key_derive_with_salt(bytes(utf8), static_cast<size_t>(utf8.size()), salt, &err)));
    if (derived.isNull()) {
        derivationFailed(error);
        return {};
    }
    ProfileError decryptError;
    QByteArray plain = derived.decrypt(encrypted, &decryptError);
    if (!decryptError.ok()) {
        if (decryptError.kind == K::WrongPassword && encryptedSaveIsTruncated(encrypted, password))
            decryptError = {K::Truncated,
                QStringLiteral("The profile is incomplete: the password is right but the file ends "
                               "in the middle of its data. It was probably cut short by a crash, a "
                               "full disk or an interrupted copy.")};
        ProfileError::set(error, decryptError.kind, decryptError.message);
        return {};
    }
    if (key)
        *key = std::move(derived);
    return plain;
}

QByteArray PassKey::encrypt(QByteArrayView plain, ProfileError* error) const
{
    if (!m_key || plain.isEmpty()) {
        ProfileError::set(error, K::CryptoFailed, QStringLiteral("No key to encrypt the profile with, or no data."));
        return {};
    }
    QByteArray out(plain.size() + extra, Qt::Uninitialized);
    Tox_Err_Encryption err = TOX_ERR_ENCRYPTION_OK;
    if (!tox_pass_key_encrypt(m_key.get(), bytes(plain), static_cast<size_t>(plain.size()),
            reinterpret_cast<uint8_t*>(out.data()), &err)) {
        ProfileError::set(
            error, K::CryptoFailed, QStringLiteral("Encrypting the profile failed (error %1).").arg(int(err)));
        return {};
    }
    return out;
}

QByteArray PassKey::decrypt(QByteArrayView encrypted, ProfileError* error) const
{
    if (!m_key) {
        ProfileError::set(error, K::CryptoFailed, QStringLiteral("No key to decrypt the profile with."));
        return {};
    }
    if (encrypted.size() <= extra) {
        ProfileError::set(error, K::Truncated, QStringLiteral("The encrypted profile is too short."));
        return {};
    }
    QByteArray out(encrypted.size() - extra, Qt::Uninitialized);
    Tox_Err_Decryption err = TOX_ERR_DECRYPTION_OK;
    if (tox_pass_key_decrypt(m_key.get(), bytes(encrypted), static_cast<size_t>(encrypted.size()),
            reinterpret_cast<uint8_t*>(out.data()), &err))
        return out;
    switch (err) {
    case TOX_ERR_DECRYPTION_BAD_FORMAT:
        ProfileError::set(error, K::NotAProfile, QStringLiteral("This file is not a Tox profile."));
        break;
    case TOX_ERR_DECRYPTION_INVALID_LENGTH:
        ProfileError::set(error, K::Truncated, QStringLiteral("The encrypted profile is too short."));
        break;
    default:
        wrongPassword(error);
        break;
    }
    return {};
}

} // namespace warren
