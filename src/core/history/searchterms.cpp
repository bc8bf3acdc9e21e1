#include "core/history/searchterms.h"

#include "core/history/historykeys.h"

#include <QSet>

namespace warren {

namespace {
constexpr int minPrefix = 3;

qsizetype codePoints(const QString& s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (!s.at(i).isLowSurrogate())
            ++n;
    return n;
}

bool isMark(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

/// The first @p count code points of @p s.
QStringView leftCodePoints(const QString& s, qsizetype count)
{
    qsizetype i = 0;
    for (qsizetype seen = 0; i < s.size() && seen < count; ++i)
        if (!s.at(i).isHighSurrogate())
            ++seen;
    return QStringView(s).left(i);
}

/// The domain-separated token a blind term hashes: 'w' + short word or 'p' + prefix.
QByteArray token(char domain, const QString& word, qsizetype length)
{
    QByteArray t(1, domain);
    t += leftCodePoints(word, length).toUtf8();
    return t;
}

/// The blind term a query word is looked up by.
QByteArray queryTerm(const QString& word, const HistoryKeys& keys)
{
    const qsizetype n = codePoints(word);
    if (n < minPrefix)
        return keys.term(token('w', word, n));
    int k = minPrefix;
    for (int len : SearchTerms::prefixLengths())
        if (len <= n)
            k = len;
    return keys.term(token('p', word, k));
}

QStringList distinct(const QStringList& words)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& w : words)
        if (!seen.contains(w)) {
            seen.insert(w);
            out.append(w);
        }
    return out;
}
} // namespace

QStringList SearchTerms::words(const QString& text)
{
    // Qt folds case one character to one: fold the German sharp s by hand.
    const QString folded
        = text.normalized(QString::NormalizationForm_KD).toCaseFolded().replace(QChar(0x00DF), QLatin1String("ss"));
    QStringList out;
    QString current;
    const QChar* s = folded.constData();
    const qsizetype size = folded.size();
    for (qsizetype i = 0; i < size;) {
        char32_t c = s[i].unicode();
        qsizetype len = 1;
        if (s[i].isHighSurrogate() && i + 1 < size && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i], s[i + 1]);
            len = 2;
        }
        if (QChar::isLetterOrNumber(c)) {
            current.append(s + i, len);
        } else if (!isMark(c) && !current.isEmpty()) {
            out.append(current);
            current.clear();
        }
        i += len;
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

const QList<int>& SearchTerms::prefixLengths()
{
    static const QList<int> lengths{3, 4, 5, 6, 7, 8, 10, 12, 16, 20, 24, 32};
    return lengths;
}

QString SearchTerms::plainDocument(const QString& text)
{
    return distinct(words(text)).join(QLatin1Char(' '));
}

QByteArray SearchTerms::blindDocument(const QString& text, const HistoryKeys& keys)
{
    QSet<QByteArray> terms;
    for (const QString& w : distinct(words(text))) {
        const qsizetype n = codePoints(w);
        if (n < minPrefix) {
            terms.insert(keys.term(token('w', w, n)));
            continue;
        }
        for (int len : prefixLengths())
            if (len <= n)
                terms.insert(keys.term(token('p', w, len)));
    }
    QByteArray doc;
    doc.reserve(terms.size() * 11);
    for (const QByteArray& t : std::as_const(terms)) {
        if (!doc.isEmpty())
            doc += ' ';
        doc += t;
    }
    return doc;
}

QString SearchTerms::plainQuery(const QStringList& queryWords)
{
    QStringList parts;
    for (const QString& w : queryWords)
        parts.append(codePoints(w) >= minPrefix ? QStringLiteral("\"%1\"*").arg(w) : QStringLiteral("\"%1\"").arg(w));
    return parts.join(QStringLiteral(" AND "));
}

QString SearchTerms::blindQuery(const QStringList& queryWords, const HistoryKeys& keys)
{
    QStringList parts;
    for (const QString& w : queryWords)
        parts.append(QStringLiteral("\"%1\"").arg(QString::fromLatin1(queryTerm(w, keys))));
    return parts.join(QStringLiteral(" AND "));
}

bool SearchTerms::matches(const QStringList& textWords, const QStringList& queryWords)
{
    for (const QString& q : queryWords) {
        const bool prefix = codePoints(q) >= minPrefix;
        bool found = false;
        for (const QString& w : textWords)
            if (prefix ? w.startsWith(q) : w == q) {
                found = true;
                break;
            }
        if (!found)
            return false;
    }
    return true;
}

} // namespace warren
