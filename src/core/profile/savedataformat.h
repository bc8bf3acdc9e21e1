// Recognises the bytes of a .tox profile before anything is handed to
// toxcore: plain tox_get_savedata() output, or the same wrapped by
// toxencryptsave. Tells a truncated profile from a damaged one and from a
// file that is no profile at all. Pure functions; no I/O.
//
// Plain layout (all little-endian): u32 0, u32 0x15ED1B1F, then sections
// {u32 length, u16 type, u16 0x01CE, length bytes}, the last of type 255.
// Encrypted layout: "toxEsave", 32-byte salt, 24-byte nonce, 16-byte MAC,
// then the encrypted plain layout.
#pragma once

#include "core/profile/profileerror.h"

#include <QByteArrayView>

namespace warren {

class SaveDataFormat {
public:
    static constexpr quint32 stateCookie = 0x15ED1B1F;
    static constexpr quint16 sectionCookie = 0x01CE;
    static constexpr quint16 endSectionType = 255;
    static constexpr qsizetype headerSize = 8; ///< u32 0 + u32 cookie
    static constexpr qsizetype sectionHeaderSize = 8; ///< length + type + cookie
    /// The smallest plain save: the header and an empty END section.
    static constexpr qsizetype minimumPlainSize = headerSize + sectionHeaderSize;

    /// The toxencryptsave magic, "toxEsave".
    static QByteArrayView encryptedMagic();
    /// True when @p data starts with the toxencryptsave magic.
    static bool isEncrypted(QByteArrayView data);
    /// Walks plain save data from the header to the END section.
    static ProfileError checkPlain(QByteArrayView data);
    /// Checks what can be checked without the password: the magic and that
    /// the data is long enough to hold a save.
    static ProfileError checkEncrypted(QByteArrayView data);
    /// checkEncrypted() or checkPlain(), chosen by the magic.
    static ProfileError check(QByteArrayView data);
};

} // namespace warren
