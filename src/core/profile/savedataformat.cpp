#include "core/profile/savedataformat.h"

#include <QtEndian>

#include <tox/toxencryptsave.h>

namespace warren {

namespace {
using K = ProfileError::Kind;

ProfileError truncated()
{
    return {K::Truncated,
        QStringLiteral("The profile is incomplete: the file ends in the middle of its data. It was probably "
                       "cut short by a crash, a full disk or an interrupted copy.")};
}

ProfileError notAProfile()
{
    return {K::NotAProfile, QStringLiteral("This file is not a Tox profile.")};
}

quint32 u32At(QByteArrayView data, qsizetype offset)
{
    return qFromLittleEndian<quint32>(data.data() + offset);
}

quint16 u16At(QByteArrayView data, qsizetype offset)
{
    return qFromLittleEndian<quint16>(data.data() + offset);
}

/// The 8 bytes every plain save starts with.
QByteArray plainHeader()
{
    QByteArray h(SaveDataFormat::headerSize, '\0');
    qToLittleEndian<quint32>(SaveDataFormat::stateCookie, h.data() + 4);
    return h;
}
} // namespace

QByteArrayView SaveDataFormat::encryptedMagic()
{
    return QByteArrayView("toxEsave");
}

bool SaveDataFormat::isEncrypted(QByteArrayView data)
{
    return data.startsWith(encryptedMagic());
}

ProfileError SaveDataFormat::checkPlain(QByteArrayView data)
{
    if (data.isEmpty())
        return {K::Truncated,
            QStringLiteral("The profile file is empty. It was probably cut short by a crash or "
                           "a full disk.")};
    if (data.size() < headerSize) {
        // A few bytes that begin like a profile are a cut-short profile.
        const QByteArray header = plainHeader();
        const bool prefix = QByteArrayView(header).startsWith(data) || encryptedMagic().startsWith(data);
        return prefix ? truncated() : notAProfile();
    }
    if (u32At(data, 0) != 0 || u32At(data, 4) != stateCookie)
        return notAProfile();

    qsizetype pos = headerSize;
    while (pos < data.size()) {
        if (data.size() - pos < sectionHeaderSize)
            return truncated();
        const quint32 length = u32At(data, pos);
        const quint16 type = u16At(data, pos + 4);
        const quint16 cookie = u16At(data, pos + 6);
        if (cookie != sectionCookie)
            return {K::Corrupted,
                QStringLiteral("The profile is damaged: section %1 at byte %2 is garbled.").arg(type).arg(pos)};
        pos += sectionHeaderSize;
        if (static_cast<quint64>(length) > static_cast<quint64>(data.size() - pos))
            return truncated();
        pos += static_cast<qsizetype>(length);
        if (type == endSectionType)
            return {}; // toxcore stops reading here; anything after is ignored
    }
    // Ended exactly between two sections, before the END section.
    return truncated();
}

ProfileError SaveDataFormat::checkEncrypted(QByteArrayView data)
{
    if (!isEncrypted(data))
        return notAProfile();
    // Magic, salt, nonce and MAC, then at least the smallest plain save.
    if (data.size() < qsizetype(TOX_PASS_ENCRYPTION_EXTRA_LENGTH) + minimumPlainSize)
        return truncated();
    return {};
}

ProfileError SaveDataFormat::check(QByteArrayView data)
{
    return isEncrypted(data) ? checkEncrypted(data) : checkPlain(data);
}

} // namespace warren
