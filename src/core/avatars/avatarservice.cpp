#include "core/avatars/avatarservice.h"

#include <QLoggingCategory>

#include <tox/tox.h>

#include <algorithm>

namespace warren {

Q_LOGGING_CATEGORY(lcAvatars, "warren.avatars")

AvatarService::AvatarService(IFileHub& hub, const QString& folder, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_cache(folder)
{
    m_cache.load();
    m_hub.setFileKindHandler(TOX_FILE_KIND_AVATAR, this);
}

AvatarService::~AvatarService()
{
    m_hub.setFileKindHandler(TOX_FILE_KIND_AVATAR, nullptr);
}

void AvatarService::publishAll()
{
    Q_EMIT selfAvatarChanged(m_cache.self());
    for (auto it = m_cache.friends().cbegin(); it != m_cache.friends().cend(); ++it)
        Q_EMIT friendAvatarChanged(it.key(), it.value());
}

void AvatarService::setSelfAvatar(const QByteArray& png)
{
    QString why = avatars::checkImage(png);
    if (!why.isEmpty() || !m_cache.setSelf(png, &why)) {
        Q_EMIT problem(why);
        return;
    }
    Q_EMIT selfAvatarChanged(m_cache.self());
    for (const PublicKey& peer : std::as_const(m_online))
        offerTo(peer);
}

// --- sending -------------------------------------------------------------------

void AvatarService::cancelOutgoing(const PublicKey& peer)
{
    const QHash<uint32_t, Outgoing> out = m_out.take(peer);
    for (auto it = out.cbegin(); it != out.cend(); ++it)
        m_hub.fileControl(peer, it.key(), FileControl::Cancel);
}

void AvatarService::offerTo(const PublicKey& peer)
{
    constexpr qint64 answerWaitMs = 30000;
    if (const auto out = m_out.constFind(peer); out != m_out.cend() && !out->isEmpty()) {
        const bool waiting = std::any_of(
            out->cbegin(), out->cend(), [](const Outgoing& o) { return !o.age.hasExpired(answerWaitMs); });
        if (waiting) {
            m_reoffer.insert(peer); // after the friend answers the older offer
            return;
        }
        cancelOutgoing(peer); // a friend that never answers
    }
    m_reoffer.remove(peer);
    const QByteArray image = m_cache.self();
    QString why;
    const auto fileNumber = m_hub.fileSend(peer, TOX_FILE_KIND_AVATAR, static_cast<quint64>(image.size()),
        image.isEmpty() ? QByteArray() : m_cache.selfHash(), image.isEmpty() ? QByteArray() : QByteArray("avatar.png"),
        &why);
    if (!fileNumber) {
        qCWarning(lcAvatars) << "cannot offer my avatar to" << peer.shortId() << ":" << why;
        return;
    }
    qCDebug(lcAvatars) << "offered my avatar to" << peer.shortId() << image.size() << "bytes";
    Outgoing o;
    o.image = image;
    o.age.start();
    m_out[peer].insert(*fileNumber, o);
}

void AvatarService::outgoingEnded(const PublicKey& peer)
{
    if (!m_reoffer.contains(peer))
        return;
    // Not from inside toxcore's callback: the next turn of the event loop.
    QMetaObject::invokeMethod(
        this,
        [this, peer] {
            if (m_reoffer.contains(peer) && m_online.contains(peer))
                offerTo(peer);
        },
        Qt::QueuedConnection);
}

void AvatarService::fileChunkRequested(const PublicKey& to, uint32_t fileNumber, quint64 position, size_t length)
{
    const auto peer = m_out.find(to);
    if (peer == m_out.end() || !peer->contains(fileNumber))
        return;
    if (length == 0) { // the friend has it all
        peer->remove(fileNumber);
        outgoingEnded(to);
        return;
    }
    Outgoing& o = (*peer)[fileNumber];
    o.pending.emplace_back(position, length);
    if (!serve(to, fileNumber, o)) {
        peer->remove(fileNumber);
        outgoingEnded(to);
    }
}

bool AvatarService::serve(const PublicKey& peer, uint32_t fileNumber, Outgoing& o)
{
    while (!o.pending.empty()) {
        const auto [position, length] = o.pending.front();
        if (position + length > static_cast<quint64>(o.image.size()))
            return false; // toxcore asked past the end: nothing sane to send
        const QByteArrayView chunk(o.image.constData() + position, static_cast<qsizetype>(length));
        switch (m_hub.fileSendChunk(peer, fileNumber, position, chunk)) {
        case IFileHub::ChunkResult::Ok:
            o.pending.pop_front();
            break;
        case IFileHub::ChunkResult::QueueFull:
            return true; // again from fileQueueMayHaveSpace()
        case IFileHub::ChunkResult::Gone:
        case IFileHub::ChunkResult::Failed:
            return false;
        }
    }
    return true;
}

void AvatarService::fileQueueMayHaveSpace()
{
    for (auto peer = m_out.begin(); peer != m_out.end(); ++peer)
        for (auto it = peer->begin(); it != peer->end();) {
            if (serve(peer.key(), it.key(), it.value())) {
                ++it;
            } else {
                it = peer->erase(it);
                outgoingEnded(peer.key());
            }
        }
}

// --- receiving -----------------------------------------------------------------

void AvatarService::cancelIncoming(const PublicKey& peer)
{
    const QHash<uint32_t, Incoming> in = m_in.take(peer);
    for (auto it = in.cbegin(); it != in.cend(); ++it)
        m_hub.fileControl(peer, it.key(), FileControl::Cancel);
}

void AvatarService::forgetFriendAvatar(const PublicKey& peer)
{
    if (m_cache.remove(peer))
        Q_EMIT friendAvatarChanged(peer, {});
}

void AvatarService::fileOffered(const PublicKey& from, uint32_t fileNumber, uint32_t /*kind: always AVATAR here*/,
    quint64 size, QByteArrayView /*name*/)
{
    cancelIncoming(from); // a newer picture replaces one still arriving
    if (size == 0) {
        m_hub.fileControl(from, fileNumber, FileControl::Cancel);
        forgetFriendAvatar(from);
        return;
    }
    if (size > static_cast<quint64>(avatars::maxSize)) {
        qCWarning(lcAvatars) << from.shortId() << "offered an avatar of" << size << "bytes; refused";
        m_hub.fileControl(from, fileNumber, FileControl::Cancel);
        return;
    }
    const QByteArray id = m_hub.fileId(from, fileNumber);
    if (!id.isEmpty() && id == m_cache.hashOf(from)) {
        qCDebug(lcAvatars) << from.shortId() << "offered the avatar we have";
        m_hub.fileControl(from, fileNumber, FileControl::Cancel);
        Q_EMIT friendAvatarKept(from);
        return;
    }
    Incoming in;
    in.size = size;
    in.data.reserve(static_cast<qsizetype>(size));
    m_in[from].insert(fileNumber, in);
    if (!m_hub.fileControl(from, fileNumber, FileControl::Resume))
        m_in[from].remove(fileNumber);
}

void AvatarService::fileChunkReceived(const PublicKey& from, uint32_t fileNumber, quint64 position, QByteArrayView data)
{
    const auto peer = m_in.find(from);
    if (peer == m_in.end() || !peer->contains(fileNumber))
        return;
    Incoming& in = (*peer)[fileNumber];
    if (data.isEmpty()) {
        const Incoming done = peer->take(fileNumber);
        if (static_cast<quint64>(done.data.size()) == done.size)
            complete(from, done);
        else
            qCWarning(lcAvatars) << from.shortId() << "ended an avatar short:" << done.data.size() << "of" << done.size;
        return;
    }
    if (position != static_cast<quint64>(in.data.size()) || position + static_cast<quint64>(data.size()) > in.size) {
        qCWarning(lcAvatars) << from.shortId() << "sent an avatar chunk out of place; cancelled";
        m_hub.fileControl(from, fileNumber, FileControl::Cancel);
        peer->remove(fileNumber);
        return;
    }
    in.data.append(data);
}

void AvatarService::complete(const PublicKey& peer, const Incoming& in)
{
    if (in.data == m_cache.friends().value(peer))
        return;
    QString why;
    if (!m_cache.store(peer, in.data, &why)) {
        Q_EMIT problem(why);
        return;
    }
    qCDebug(lcAvatars) << "new avatar from" << peer.shortId() << in.data.size() << "bytes";
    Q_EMIT friendAvatarChanged(peer, in.data);
}

void AvatarService::fileControlReceived(const PublicKey& peer, uint32_t fileNumber, FileControl control)
{
    if (control != FileControl::Cancel)
        return;
    if (const auto out = m_out.find(peer); out != m_out.end() && out->remove(fileNumber))
        outgoingEnded(peer);
    if (const auto in = m_in.find(peer); in != m_in.end())
        in->remove(fileNumber);
}

// --- friends -------------------------------------------------------------------

void AvatarService::friendConnectionChanged(const PublicKey& peer, Connection c)
{
    if (c == Connection::None) {
        m_online.remove(peer);
        m_reoffer.remove(peer); // offered afresh when the friend is back
        m_out.remove(peer); // toxcore dropped the transfers
        m_in.remove(peer);
        return;
    }
    if (m_online.contains(peer))
        return; // UDP <-> TCP: still the same session
    m_online.insert(peer);
    offerTo(peer);
}

void AvatarService::friendRemoved(const PublicKey& peer)
{
    m_online.remove(peer);
    m_reoffer.remove(peer);
    m_out.remove(peer);
    m_in.remove(peer);
    forgetFriendAvatar(peer);
}

} // namespace warren
