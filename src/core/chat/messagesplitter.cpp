#include "core/chat/messagesplitter.h"

#include <QList>
#include <QTextBoundaryFinder>

namespace warren {

namespace {
/// UTF-8 bytes of one UTF-16 code unit (a surrogate pair makes 4 bytes).
int utf8Bytes(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return 1;
    if (u < 0x800)
        return 2;
    return c.isSurrogate() ? 2 : 3;
}
} // namespace

MessageSplitter::Typed MessageSplitter::parse(const QString& typed)
{
    if (typed.startsWith(QLatin1String("/me ")))
        return {typed.mid(4), true};
    return {typed, false};
}

QStringList MessageSplitter::split(const QString& text, int maxBytes)
{
    const qsizetype n = text.size();
    // bytes[i]: UTF-8 length of text[0, i).
    QList<qint64> bytes(n + 1, 0);
    for (qsizetype i = 0; i < n; ++i)
        bytes[i + 1] = bytes[i] + utf8Bytes(text.at(i));
    if (bytes[n] <= maxBytes)
        return text.isEmpty() ? QStringList{} : QStringList{text};

    // Allowed cut positions: grapheme boundaries.
    QList<bool> boundary(n + 1, false);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype p = finder.toNextBoundary(); p > 0; p = finder.toNextBoundary())
        boundary[p] = true;

    QStringList pieces;
    qsizetype start = 0;
    while (bytes[n] - bytes[start] > maxBytes) {
        qsizetype end = start;
        while (end < n && bytes[end + 1] - bytes[start] <= maxBytes)
            ++end; // text[start, end) fits
        qsizetype cut = end;
        while (cut > start && !boundary[cut])
            --cut;
        if (cut == start) { // one grapheme longer than a piece: cut between code points
            cut = end;
            while (cut > start && text.at(cut).isLowSurrogate())
                --cut;
        }
        const qint64 softFloor = bytes[start] + maxBytes * 3 / 4;
        for (qsizetype p = cut; p > start && bytes[p] >= softFloor; --p)
            if (boundary[p] && text.at(p - 1).isSpace()) {
                cut = p;
                break;
            }
        pieces.append(text.mid(start, cut - start));
        start = cut;
    }
    if (start < n)
        pieces.append(text.mid(start));
    return pieces;
}

} // namespace warren
