#include "core/history/historystore.h"

#include "core/history/chatexport.h"
#include "core/history/historysearch.h"
#include "core/history/historystore_p.h"

#include <QFile>

namespace warren {

namespace {
using K = HistoryError::Kind;

bool busyError(HistoryError* error)
{
    return HistoryError::set(error, K::Busy, QStringLiteral("The history is being re-keyed; try again afterwards."));
}

/// Removes a history file this process created and could not finish.
void removeUnfinished(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

HistoryStore::HistoryStore(std::unique_ptr<Private> p)
    : m_d(std::move(p))
{
}

HistoryStore::~HistoryStore() = default;

std::unique_ptr<HistoryStore> HistoryStore::open(const QString& path, const QString& password, HistoryError* error)
{
    auto p = std::make_unique<Private>();
    if (!p->db.open(path, HistoryDb::Access::ReadWrite, error))
        return nullptr;
    if (p->db.isNew()) {
        if (!p->create(password, error)) {
            p.reset();
            removeUnfinished(path);
            return nullptr;
        }
    } else if (!p->unlock(password, error)) {
        return nullptr;
    }
    if (!p->contacts.load(error) || !p->log.init(error))
        return nullptr;
    if (error)
        *error = {};
    return std::unique_ptr<HistoryStore>(new HistoryStore(std::move(p)));
}

QString HistoryStore::pathForProfile(const QString& profilePath)
{
    QString base = profilePath;
    if (base.endsWith(QLatin1String(".tox")))
        base.chop(4);
    return base + QStringLiteral(".history.db");
}

const QString& HistoryStore::path() const
{
    return m_d->db.path();
}

bool HistoryStore::isEncrypted() const
{
    return m_d->codec.encrypted();
}

bool HistoryStore::isBusy() const
{
    return m_d->busy;
}

HistoryStore::ReaderSpec HistoryStore::readerSpec() const
{
    return {m_d->db.path(), m_d->codec.keys()};
}

QList<PublicKey> HistoryStore::knownContacts() const
{
    return m_d->contacts.keys();
}

ContactExtras HistoryStore::extras(const PublicKey& key) const
{
    return m_d->contacts.extras(key);
}

bool HistoryStore::setAlias(const PublicKey& key, const QString& alias, HistoryError* error)
{
    return m_d->busy ? busyError(error) : m_d->contacts.setAlias(key, alias, error);
}

bool HistoryStore::setBlocked(const PublicKey& key, bool blocked, bool wasFriend, HistoryError* error)
{
    return m_d->busy ? busyError(error) : m_d->contacts.setBlocked(key, blocked, wasFriend, error);
}

bool HistoryStore::markRead(const PublicKey& key, HistoryError* error)
{
    if (m_d->busy)
        return busyError(error);
    return m_d->contacts.extras(key).unread == 0 || m_d->contacts.setUnread(key, 0, error);
}

QList<FriendRequest> HistoryStore::requests(HistoryError* error) const
{
    if (m_d->busy) {
        busyError(error);
        return {};
    }
    return m_d->requestTable.all(error);
}

bool HistoryStore::putRequest(const FriendRequest& request, HistoryError* error)
{
    return m_d->busy ? busyError(error) : m_d->requestTable.put(request, error);
}

bool HistoryStore::removeRequest(const PublicKey& from, HistoryError* error)
{
    return m_d->busy ? busyError(error) : m_d->requestTable.remove(from, error);
}

bool HistoryStore::addMessage(ChatMessage& message, HistoryError* error)
{
    QList<ChatMessage> one{message};
    if (!addMessages(one, error))
        return false;
    message = one.first();
    return true;
}

bool HistoryStore::addMessages(QList<ChatMessage>& messages, HistoryError* error)
{
    if (m_d->busy)
        return busyError(error);
    if (messages.isEmpty())
        return true;
    if (!m_d->db.begin(error))
        return false;
    struct Note {
        int incoming = 0;
        QDateTime latest;
    };
    QHash<qint64, Note> notes;
    bool ok = true;
    for (ChatMessage& m : messages) {
        const qint64 contact = m_d->contacts.id(m.friendKey, true, error);
        if (!contact || !m_d->log.insert(m, contact, error)) {
            ok = false;
            break;
        }
        Note& n = notes[contact];
        n.incoming += m.outgoing ? 0 : 1;
        if (!n.latest.isValid() || n.latest < m.time)
            n.latest = m.time;
    }
    for (auto it = notes.cbegin(); ok && it != notes.cend(); ++it)
        ok = m_d->contacts.noteMessages(it.key(), it->incoming, it->latest, error);
    if (ok && m_d->db.commit(error))
        return true;
    if (ok)
        m_d->resync(); // commit failed and rolled back
    else {
        m_d->db.rollback();
        m_d->resync();
    }
    return false;
}

QList<ChatMessage> HistoryStore::page(const PublicKey& with, int count, qint64 beforeId, HistoryError* error) const
{
    if (m_d->busy) {
        busyError(error);
        return {};
    }
    const qint64 contact = m_d->contacts.id(with, false, nullptr);
    return contact ? m_d->log.page(contact, with, count, beforeId, error) : QList<ChatMessage>{};
}

bool HistoryStore::message(const PublicKey& with, qint64 id, ChatMessage* out, HistoryError* error) const
{
    if (m_d->busy)
        return busyError(error);
    const qint64 contact = m_d->contacts.id(with, false, nullptr);
    if (!contact)
        return HistoryError::set(error, K::NotFound, QStringLiteral("There is no chat with this contact."));
    out->friendKey = with;
    return m_d->log.find(contact, id, out, error);
}

QList<UnsentMessage> HistoryStore::unsent(const PublicKey& with, HistoryError* error) const
{
    if (m_d->busy) {
        busyError(error);
        return {};
    }
    const qint64 contact = m_d->contacts.id(with, false, nullptr);
    return contact ? m_d->log.unsent(contact, with, error) : QList<UnsentMessage>{};
}

bool HistoryStore::setState(qint64 id, ChatMessage::State state, HistoryError* error)
{
    return m_d->busy ? busyError(error) : m_d->log.setState(id, state, false, error);
}

bool HistoryStore::markHanded(qint64 id, HistoryError* error)
{
    return m_d->busy ? busyError(error) : m_d->log.setState(id, ChatMessage::State::Sent, true, error);
}

bool HistoryStore::requeue(qint64 id, HistoryError* error)
{
    return m_d->busy ? busyError(error) : m_d->log.requeue(id, error);
}

bool HistoryStore::deleteChat(const PublicKey& with, HistoryError* error)
{
    if (m_d->busy)
        return busyError(error);
    const qint64 contact = m_d->contacts.id(with, false, nullptr);
    if (!contact)
        return true;
    if (!m_d->db.begin(error))
        return false;
    if (!m_d->log.removeAll(contact, error)) {
        m_d->db.rollback();
        return false;
    }
    return m_d->db.commit(error) && markRead(with, error);
}

QList<SearchHit> HistoryStore::search(const QString& query, int limit, HistoryError* error) const
{
    if (m_d->busy) {
        busyError(error);
        return {};
    }
    return HistorySearch::run(m_d->db, m_d->codec, query, limit, error);
}

bool HistoryStore::exportChat(const PublicKey& with, const QString& path, const QString& selfName,
    const QString& peerName, HistoryError* error) const
{
    if (m_d->busy)
        return busyError(error);
    const qint64 contact = m_d->contacts.id(with, false, nullptr);
    return ChatExport::write(m_d->db, m_d->codec, contact, with, {selfName, peerName}, path, error);
}

} // namespace warren
