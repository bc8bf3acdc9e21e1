// Tells a cut-short encrypted profile from a wrong password. toxencryptsave
// authenticates the whole file, so a failed decryption alone cannot say
// which it was. Its cipher is XSalsa20-Poly1305, a stream cipher: with the
// right key the first bytes decrypt correctly even when the end is missing.
// So after a failure we derive the raw key the way toxencryptsave does
// (SHA-256 of the password, then scrypt with the file's salt) and decrypt
// the first 8 bytes without authentication. They are the plain save header
// with the right password; with a wrong one they match with odds of 2^-64.
// Costs one more key derivation, on the failure path only.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace warren {

/// True when @p password is the right one for @p encrypted (a toxencryptsave
/// blob whose decryption failed) and so the data must have been cut short.
bool encryptedSaveIsTruncated(QByteArrayView encrypted, const QString& password);

} // namespace warren
