#include "core/history/fieldcodec.h"

#include "core/history/searchterms.h"

#include <QtEndian>

namespace warren {

QByteArray FieldCodec::ad(char column, qint64 row)
{
    QByteArray out(9, Qt::Uninitialized);
    out[0] = column;
    qToLittleEndian<qint64>(row, out.data() + 1);
    return out;
}

QByteArray FieldCodec::ad(char column, QByteArrayView row)
{
    QByteArray out(1, column);
    out.append(row);
    return out;
}

QVariant FieldCodec::text(const QString& plain, QByteArrayView ad) const
{
    if (!m_keys)
        return plain;
    return m_keys->seal(plain.toUtf8(), ad);
}

bool FieldCodec::readText(const QVariant& stored, QByteArrayView ad, QString* plain) const
{
    if (stored.isNull()) {
        plain->clear();
        return true;
    }
    if (!m_keys) {
        *plain = stored.toString();
        return true;
    }
    QByteArray bytes;
    if (!m_keys->open(stored.toByteArray(), ad, &bytes))
        return false;
    *plain = QString::fromUtf8(bytes);
    return true;
}

QByteArray FieldCodec::keyTag(const PublicKey& key) const
{
    return m_keys ? m_keys->contactTag(key.bytes()) : key.bytes();
}

QByteArray FieldCodec::key(const PublicKey& key, QByteArrayView ad) const
{
    return m_keys ? m_keys->seal(key.bytes(), ad) : key.bytes();
}

PublicKey FieldCodec::readKey(const QVariant& stored, QByteArrayView ad) const
{
    if (!m_keys)
        return PublicKey::fromBytes(stored.toByteArray());
    QByteArray raw;
    if (!m_keys->open(stored.toByteArray(), ad, &raw))
        return {};
    return PublicKey::fromBytes(raw);
}

QString FieldCodec::searchDocument(const QString& text) const
{
    return m_keys ? QString::fromLatin1(SearchTerms::blindDocument(text, *m_keys)) : SearchTerms::plainDocument(text);
}

QString FieldCodec::searchQuery(const QStringList& queryWords) const
{
    return m_keys ? SearchTerms::blindQuery(queryWords, *m_keys) : SearchTerms::plainQuery(queryWords);
}

} // namespace warren
