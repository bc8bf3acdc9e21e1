// How text becomes search terms, the same way when a message is indexed and
// when a query is asked. A word is a run of letters and digits after Unicode
// compatibility decomposition, with accents dropped and case folded, so
// "Éclair" finds "eclair". A query matches a message when every query word
// matches one of its words: a query word of 3 or more characters matches the
// words it begins ("hel" finds "hello"), a shorter one only the same word.
//
// A plain history gives FTS5 the words themselves. An encrypted one gives it
// blind terms: keyed hashes (HistoryKeys::term) of every word of up to two
// characters and of the prefixes of longer words, at the lengths in
// prefixLengths(); a query word is looked up by its longest indexed prefix,
// and matches() then checks the decrypted text, which also drops the rare
// hash collision. Neither the index nor the query holds a plain word.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace warren {

class HistoryKeys;

class SearchTerms {
public:
    /// The words of @p text in order (duplicates kept).
    static QStringList words(const QString& text);
    /// The prefix lengths an encrypted index stores: 3-8, 10, 12, 16, 20, 24, 32.
    static const QList<int>& prefixLengths();

    /// The FTS5 document for a plain history: the distinct words.
    static QString plainDocument(const QString& text);
    /// The FTS5 document for an encrypted history: distinct blind terms.
    static QByteArray blindDocument(const QString& text, const HistoryKeys& keys);

    /// The FTS5 MATCH expression for @p queryWords (empty when none).
    static QString plainQuery(const QStringList& queryWords);
    static QString blindQuery(const QStringList& queryWords, const HistoryKeys& keys);

    /// Whether the words of a message satisfy every query word.
    static bool matches(const QStringList& textWords, const QStringList& queryWords);
};

} // namespace warren
