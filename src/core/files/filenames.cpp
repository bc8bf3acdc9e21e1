#include "core/files/filenames.h"

#include <QDir>
#include <QFileInfo>

namespace warren {

namespace {
constexpr qsizetype maxNameBytes = 200; // leaves room for " (n)" and ".part" under 255

bool forbidden(char32_t c)
{
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
        return true; // C0 and C1 controls
    switch (c) {
    case U'/':
    case U'\\':
    case U':':
    case U'*':
    case U'?':
    case U'"':
    case U'<':
    case U'>':
    case U'|':
    case 0x2028: // line and paragraph separators
    case 0x2029:
    case 0xFEFF: // byte order mark
    case 0xFFFD: // what invalid UTF-8 became
        return true;
    default:
        break;
    }
    // Bidi embeddings, overrides and isolates: they make "exe.txt" look like "txt.exe".
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
}

/// Cuts @p s to at most @p bytes UTF-8 bytes on a character boundary.
QString capUtf8(const QString& s, qsizetype bytes)
{
    QString out;
    qsizetype used = 0;
    for (char32_t c : s.toUcs4()) {
        const qsizetype n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (used + n > bytes)
            break;
        used += n;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}
} // namespace

QString sanitizeFileName(QByteArrayView wireName)
{
    return sanitizeFileName(QString::fromUtf8(wireName));
}

QString sanitizeFileName(const QString& name)
{
    QString clean;
    clean.reserve(name.size());
    for (char32_t c : name.toUcs4())
        clean += forbidden(c) ? QStringLiteral("_") : QString::fromUcs4(&c, 1);
    // No leading dots (hidden files, "..") or spaces; no trailing dots or spaces.
    qsizetype b = 0;
    while (b < clean.size() && (clean[b] == u'.' || clean[b].isSpace()))
        ++b;
    qsizetype e = clean.size();
    while (e > b && (clean[e - 1] == u'.' || clean[e - 1].isSpace()))
        --e;
    clean = clean.mid(b, e - b);
    if (clean.isEmpty())
        return QStringLiteral("file");
    if (clean.toUtf8().size() > maxNameBytes) {
        const qsizetype dot = clean.lastIndexOf(u'.');
        QString ext = dot > 0 ? clean.mid(dot) : QString();
        if (ext.toUtf8().size() > 20)
            ext.clear();
        clean = capUtf8(dot > 0 && !ext.isEmpty() ? clean.left(dot) : clean, maxNameBytes - ext.toUtf8().size()) + ext;
    }
    return clean;
}

QString uniqueFilePath(const QString& folder, const QString& name)
{
    const QDir dir(folder);
    QString candidate = dir.filePath(name);
    if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
        return candidate;
    // "archive.tar.gz" -> "archive (2).tar.gz"; ".part" names keep ".part" last.
    const qsizetype dot = name.indexOf(u'.', 1);
    const QString base = dot > 0 ? name.left(dot) : name;
    const QString ext = dot > 0 ? name.mid(dot) : QString();
    for (int n = 2;; ++n) {
        candidate = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(ext));
        if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
            return candidate;
    }
}

} // namespace warren
