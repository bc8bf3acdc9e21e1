#include "core/history/historystore_p.h"

#include "core/history/historyrekey.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHistory, "warren.history")

namespace warren {

namespace {
using K = HistoryError::Kind;

bool busyError(HistoryError* error)
{
    return HistoryError::set(error, K::Busy, QStringLiteral("The history is being re-keyed; try again afterwards."));
}
} // namespace

bool HistoryStore::Private::create(const QString& password, HistoryError* error)
{
    std::shared_ptr<const HistoryKeys> keys;
    HistoryKeys::Wrapped w;
    if (!password.isEmpty()) {
        keys = HistoryKeys::generate(error);
        if (!keys)
            return false;
        w = keys->wrap(password, error);
        if (w.blob.isEmpty())
            return false;
    }
    if (!db.begin(error))
        return false;
    if (!db.createSchema(keys != nullptr, error) || (keys && !setWrapped(w, error))) {
        db.rollback();
        return false;
    }
    if (!db.commit(error))
        return false;
    codec = FieldCodec(keys);
    return true;
}

bool HistoryStore::Private::unlock(const QString& password, HistoryError* error)
{
    const QString cipher = db.meta(QStringLiteral("cipher")).toString();
    if (cipher == QLatin1String("none")) {
        codec = FieldCodec();
        return true;
    }
    if (cipher != HistoryDb::cipherName())
        return HistoryError::set(error, K::Corrupted,
            QStringLiteral("The history names an unknown encryption (“%1”); it was left untouched.").arg(cipher));
    if (password.isEmpty())
        return HistoryError::set(
            error, K::PasswordRequired, QStringLiteral("The chat history is encrypted; its password is needed."));
    std::shared_ptr<const HistoryKeys> keys = HistoryKeys::unwrap(wrapped(), password, error);
    if (!keys)
        return false;
    codec = FieldCodec(keys);
    return true;
}

bool HistoryStore::setPassword(
    const QString& newPassword, const HistoryProgress& progress, HistoryError* error, bool rotateDataKey)
{
    if (m_d->busy)
        return busyError(error);
    const bool was = m_d->codec.encrypted();
    const bool will = !newPassword.isEmpty();
    if (!was && !will)
        return true;
    if (was && will && !rotateDataKey) {
        // Same data key, new wrap: nothing but the meta table changes.
        const HistoryKeys::Wrapped w = m_d->codec.keys()->wrap(newPassword, error);
        if (w.blob.isEmpty() || !m_d->db.begin(error))
            return false;
        if (!m_d->setWrapped(w, error)) {
            m_d->db.rollback();
            return false;
        }
        return m_d->db.commit(error);
    }
    std::shared_ptr<const HistoryKeys> keys;
    HistoryKeys::Wrapped w;
    if (will) {
        keys = HistoryKeys::generate(error);
        if (!keys)
            return false;
        w = keys->wrap(newPassword, error);
        if (w.blob.isEmpty())
            return false;
    }
    const FieldCodec next(keys);
    if (!m_d->db.begin(error))
        return false;
    m_d->busy = true;
    bool ok = HistoryRekey::rewrite(m_d->db, m_d->codec, next, progress, error)
        && m_d->db.setMeta(QStringLiteral("cipher"), will ? HistoryDb::cipherName() : QStringLiteral("none"), error);
    if (ok && will)
        ok = m_d->setWrapped(w, error);
    if (ok && !will)
        ok = m_d->db.exec(QStringLiteral("DELETE FROM meta WHERE key IN ('kdf_salt', 'kdf_ops', 'kdf_mem', "
                                         "'wrapped_key')"),
            QStringLiteral("Re-keying the history"), error);
    if (!ok)
        m_d->db.rollback();
    else
        ok = m_d->db.commit(error);
    m_d->busy = false;
    if (!ok) {
        m_d->resync();
        return false;
    }
    m_d->codec = next;
    m_d->contacts.load(nullptr);
    HistoryError purge;
    if (will && !HistoryRekey::purgeOldPages(m_d->db, &purge))
        qCWarning(lcHistory) << "could not purge old pages:" << purge.message;
    if (error)
        *error = {};
    return true;
}

} // namespace warren
