// Line helpers shared by the rule parsers (internal to rules/): comments
// and white-space splitting, with the same idea of white space everywhere.
#pragma once

#include <QList>
#include <QStringView>

namespace warren::tunnel::ruletext {

/// The text before the first '#'.
inline QStringView withoutComment(QStringView line)
{
    const qsizetype hash = line.indexOf(u'#');
    return hash < 0 ? line : line.first(hash);
}

/// The non-empty runs between white space (QChar::isSpace).
inline QList<QStringView> words(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text[i].isSpace();
        if (space && start >= 0) {
            out.append(text.sliced(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return out;
}

} // namespace warren::tunnel::ruletext
