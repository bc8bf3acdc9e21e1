// Turns values into what is stored in a history's columns and back: as they
// are in a plain history; sealed (XChaCha20-Poly1305 bound to the row by the
// associated data), keyed-hashed or blind-indexed in an encrypted one. The
// one place that decides what of a message reaches the disk.
#pragma once

#include "core/history/historykeys.h"
#include "core/toxtypes.h"

#include <QStringList>
#include <QVariant>

#include <memory>

namespace warren {

class FieldCodec {
public:
    /// @p keys null means a plain history.
    explicit FieldCodec(std::shared_ptr<const HistoryKeys> keys = {})
        : m_keys(std::move(keys))
    {
    }

    bool encrypted() const { return m_keys != nullptr; }
    const std::shared_ptr<const HistoryKeys>& keys() const { return m_keys; }

    /// Associated data naming a column and a row: "m" + message id, ...
    static QByteArray ad(char column, qint64 row);
    static QByteArray ad(char column, QByteArrayView row);

    /// Text as stored: TEXT when plain, a sealed BLOB when encrypted.
    QVariant text(const QString& plain, QByteArrayView ad) const;
    /// False when a sealed value does not open (damaged or not ours).
    bool readText(const QVariant& stored, QByteArrayView ad, QString* plain) const;

    /// The lookup column for a public key: the key itself, or its keyed hash.
    QByteArray keyTag(const PublicKey& key) const;
    /// The public key as stored: raw, or sealed.
    QByteArray key(const PublicKey& key, QByteArrayView ad) const;
    PublicKey readKey(const QVariant& stored, QByteArrayView ad) const;

    /// What the search index stores for a message (see SearchTerms).
    QString searchDocument(const QString& text) const;
    /// The MATCH expression for query words; empty when there are none.
    QString searchQuery(const QStringList& queryWords) const;

private:
    std::shared_ptr<const HistoryKeys> m_keys;
};

} // namespace warren
