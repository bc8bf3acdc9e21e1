#include "core/files/filetransferservice.h"

#include "core/files/blockreader.h"
#include "core/files/transfer.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <tox/tox.h>

Q_LOGGING_CATEGORY(lcFiles, "warren.files", QtInfoMsg)

namespace warren {

namespace {
QString keyOf(const PublicKey& peer, const QString& id)
{
    return peer.toHex() + id.toUpper();
}

quint64 liveKey(uint32_t fileNumber, bool outgoing)
{
    return (quint64(outgoing) << 40) | fileNumber;
}
} // namespace

FileTransferService::FileTransferService(
    IFileHub& files, IPacketHub& packets, FileTransferConfig config, QObject* parent)
    : QObject(parent)
    , m_hub(files)
    , m_packets(packets)
    , m_config(std::move(config))
    , m_store(m_config.storePath)
{
    registerFileTypes();
    m_readerThread.setObjectName(QStringLiteral("warren-file-reader"));
    m_reader = new BlockReader;
    m_reader->moveToThread(&m_readerThread);
    connect(m_reader, &BlockReader::blockRead, this, &FileTransferService::onBlockRead, Qt::QueuedConnection);
    m_readerThread.start();

    m_progressTimer.setInterval(m_config.progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &FileTransferService::emitProgress);

    if (m_store.load()) {
        for (const TransferRecord& r : m_store.records) {
            auto t = std::make_unique<Transfer>();
            t->rec = r;
            FileTransferInfo& i = t->info();
            if (i.direction == TransferDirection::Incoming && !r.partPath.isEmpty() && !isTerminal(i.state))
                i.transferred = static_cast<quint64>(std::max<qint64>(0, QFileInfo(r.partPath).size()));
            // Nothing is live after a start: it all waits for the friend.
            if (i.state == TransferState::Offered || i.state == TransferState::Active
                || i.state == TransferState::Paused) {
                i.state = TransferState::Interrupted;
                i.reason = QStringLiteral("Waiting for the friend to come online.");
            }
            i.pausedByPeer = false;
            add(std::move(t));
        }
        m_rules = m_store.rules;
    }
    m_hub.setFileHandler(this);
    m_packets.registerPacketHandler(resendPacketId, this);
}

FileTransferService::~FileTransferService()
{
    m_hub.setFileHandler(nullptr);
    m_packets.unregisterPacketHandler(this);
    for (auto& t : m_list)
        closePart(*t); // what arrived stays in the .part file
    save();
    m_readerThread.quit();
    m_readerThread.wait();
    delete m_reader;
}

void FileTransferService::publishAll()
{
    m_published = true;
    if (!m_store.error().isEmpty())
        Q_EMIT problem(m_store.error());
    Q_EMIT ready(transfers(), m_rules);
    // Friends that are online already (the service may start late).
    QSet<PublicKey> peers;
    for (const auto& t : m_list)
        peers.insert(t->rec.info.peer);
    for (const PublicKey& p : peers)
        if (m_hub.friendConnection(p) != Connection::None)
            friendConnectionChanged(p, m_hub.friendConnection(p));
}

QList<FileTransferInfo> FileTransferService::transfers() const
{
    QList<FileTransferInfo> out;
    out.reserve(static_cast<qsizetype>(m_list.size()));
    for (const auto& t : m_list)
        out.append(t->rec.info);
    return out;
}

Transfer* FileTransferService::find(const PublicKey& peer, const QString& id) const
{
    return m_byKey.value(keyOf(peer, id));
}

Transfer* FileTransferService::live(const PublicKey& peer, uint32_t fileNumber, bool outgoing) const
{
    const auto it = m_live.constFind(peer);
    return it == m_live.cend() ? nullptr : it->value(liveKey(fileNumber, outgoing));
}

Transfer* FileTransferService::add(std::unique_ptr<Transfer> t)
{
    t->key = keyOf(t->rec.info.peer, t->rec.info.id);
    Transfer* raw = t.get();
    m_byKey.insert(raw->key, raw);
    m_list.push_back(std::move(t));
    return raw;
}

void FileTransferService::bind(Transfer& t, uint32_t fileNumber)
{
    unbind(t);
    t.fileNumber = fileNumber;
    m_live[t.rec.info.peer].insert(liveKey(fileNumber, t.outgoing()), &t);
}

void FileTransferService::unbind(Transfer& t)
{
    if (t.fileNumber)
        m_live[t.rec.info.peer].remove(liveKey(*t.fileNumber, t.outgoing()));
    t.fileNumber.reset();
    t.pending.clear();
    t.runStarted = false;
    t.info().pausedByPeer = false;
}

bool FileTransferService::online(const PublicKey& peer) const
{
    return m_online.contains(peer);
}

void FileTransferService::setState(Transfer& t, TransferState s, const QString& reason)
{
    FileTransferInfo& i = t.info();
    const bool changed = i.state != s || i.reason != reason;
    i.state = s;
    i.reason = reason;
    if (s == TransferState::Active && !m_progressTimer.isActive())
        m_progressTimer.start();
    if (isTerminal(s)) {
        unbind(t);
        t.blocks.clear();
        ++t.generation;
        t.readInFlight = false;
    }
    save();
    if (changed) {
        qCDebug(lcFiles) << i.id.left(8) << "->" << transferStateName(s) << reason;
        Q_EMIT stateChanged(i);
    }
}

void FileTransferService::closePart(Transfer& t)
{
    if (!t.part)
        return;
    flushPart(t); // on failure the .part's size still says what is there
    t.part->close();
    t.part.reset();
}

void FileTransferService::save()
{
    if (m_config.storePath.isEmpty())
        return;
    m_store.records.clear();
    for (const auto& t : m_list)
        m_store.records.append(t->rec);
    m_store.rules = m_rules;
    const bool hadError = !m_store.error().isEmpty();
    if (!m_store.save() && !hadError)
        Q_EMIT problem(m_store.error()); // once, not on every change
}

void FileTransferService::emitProgress()
{
    bool any = false;
    for (const auto& t : m_list) {
        FileTransferInfo& i = t->info();
        if (i.state != TransferState::Active && i.state != TransferState::Paused)
            continue;
        any = true;
        t->meter.sample(i.transferred);
        if (t->reportedBytes == i.transferred && i.state != TransferState::Active)
            continue;
        t->reportedBytes = i.transferred;
        FileProgress p;
        p.peer = i.peer;
        p.id = i.id;
        p.transferred = i.transferred;
        p.size = i.size;
        p.bytesPerSecond = t->meter.bytesPerSecond();
        if (p.bytesPerSecond > 0)
            p.etaSeconds = static_cast<qint64>(static_cast<double>(i.size - i.transferred) / p.bytesPerSecond);
        Q_EMIT progress(p);
    }
    if (!any)
        m_progressTimer.stop();
}

// --- commands ---------------------------------------------------------------

void FileTransferService::cancel(const PublicKey& peer, const QString& id)
{
    Transfer* t = find(peer, id);
    if (!t || isTerminal(t->info().state))
        return;
    if (t->fileNumber)
        m_hub.fileControl(peer, *t->fileNumber, FileControl::Cancel);
    t->rec.cancelledByUs = true;
    closePart(*t);
    if (!t->outgoing() && !t->rec.partPath.isEmpty()) {
        QFile::remove(t->rec.partPath); // the user threw it away
        t->info().transferred = 0;
    }
    setState(*t, TransferState::Cancelled,
        t->info().state == TransferState::Offered && !t->outgoing() ? QStringLiteral("Declined by you.")
                                                                    : QStringLiteral("Cancelled by you."));
}

void FileTransferService::pause(const PublicKey& peer, const QString& id)
{
    Transfer* t = find(peer, id);
    if (!t || isTerminal(t->info().state) || t->info().pausedByUs)
        return;
    t->info().pausedByUs = true;
    if (t->fileNumber && t->info().state == TransferState::Active)
        m_hub.fileControl(peer, *t->fileNumber, FileControl::Pause);
    if (t->info().state == TransferState::Active)
        setState(*t, TransferState::Paused, QStringLiteral("Paused by you."));
    else
        save(); // applies once it runs again
}

void FileTransferService::resume(const PublicKey& peer, const QString& id)
{
    Transfer* t = find(peer, id);
    if (!t || !t->info().pausedByUs)
        return;
    t->info().pausedByUs = false;
    if (t->info().state != TransferState::Paused) {
        save();
        return;
    }
    if (t->fileNumber)
        m_hub.fileControl(peer, *t->fileNumber, FileControl::Resume);
    if (t->info().pausedByPeer)
        setState(*t, TransferState::Paused, QStringLiteral("Paused by the friend."));
    else
        setState(*t, TransferState::Active);
}

void FileTransferService::retry(const PublicKey& peer, const QString& id)
{
    Transfer* t = find(peer, id);
    if (!t || t->info().state == TransferState::Finished || t->fileNumber)
        return;
    if (t->outgoing())
        retryOutgoing(*t);
    else
        retryIncoming(*t);
}

void FileTransferService::accept(const PublicKey& from, const QString& id, const QString& folder)
{
    Transfer* t = find(from, id);
    if (t && !t->outgoing() && t->info().state == TransferState::Offered && t->fileNumber)
        acceptIncoming(*t, folder.isEmpty() ? m_config.downloadFolder : folder);
}

void FileTransferService::setAutoAccept(const PublicKey& peer, const QString& folder, quint64 maxSize)
{
    m_rules.erase(
        std::remove_if(m_rules.begin(), m_rules.end(), [&](const AutoAcceptRule& r) { return r.peer == peer; }),
        m_rules.end());
    if (!folder.isEmpty())
        m_rules.append({peer, folder, maxSize});
    save();
    Q_EMIT autoAcceptChanged(m_rules);
}

// --- engine events ------------------------------------------------------------

void FileTransferService::friendConnectionChanged(const PublicKey& peer, Connection c)
{
    qCDebug(lcFiles) << "friend" << peer.shortId() << toString(c);
    if (c == Connection::None) {
        if (!m_online.remove(peer))
            return;
        // toxcore has dropped every transfer with this friend.
        for (const auto& t : m_list) {
            if (t->info().peer != peer)
                continue;
            const TransferState s = t->info().state;
            const bool wasLive = t->fileNumber.has_value();
            unbind(*t);
            t->blocks.clear();
            ++t->generation;
            t->readInFlight = false;
            closePart(*t);
            if (wasLive && (s == TransferState::Offered || s == TransferState::Active || s == TransferState::Paused))
                setState(*t, TransferState::Interrupted,
                    QStringLiteral("The friend went offline; the transfer continues when it is back."));
        }
        return;
    }
    if (m_online.contains(peer))
        return; // TCP <-> UDP
    m_online.insert(peer);
    offerWaiting(peer);
    // Incoming ones that stopped: the sender offers them again by itself
    // after an interruption; after a failure or a retry it needs asking.
    for (const auto& t : m_list)
        if (t->info().peer == peer && !t->outgoing() && t->info().state == TransferState::Interrupted)
            requestResend(*t);
}

void FileTransferService::friendRemoved(const PublicKey& peer)
{
    m_online.remove(peer);
    for (const auto& t : m_list) {
        if (t->info().peer != peer || isTerminal(t->info().state))
            continue;
        closePart(*t);
        setState(*t, TransferState::Failed, QStringLiteral("The friend was removed from your contacts."));
    }
}

void FileTransferService::fileControlReceived(const PublicKey& peer, uint32_t fileNumber, FileControl control)
{
    Transfer* t = live(peer, fileNumber, true);
    if (!t)
        t = live(peer, fileNumber, false);
    if (!t)
        return;
    FileTransferInfo& i = t->info();
    switch (control) {
    case FileControl::Cancel:
        closePart(*t);
        setState(*t, TransferState::Cancelled,
            i.state == TransferState::Offered && t->outgoing() ? QStringLiteral("Declined by the friend.")
                                                               : QStringLiteral("Cancelled by the friend."));
        return;
    case FileControl::Pause:
        i.pausedByPeer = true;
        setState(*t, TransferState::Paused, QStringLiteral("Paused by the friend."));
        return;
    case FileControl::Resume:
        i.pausedByPeer = false;
        if (i.state == TransferState::Offered && t->outgoing() && i.pausedByUs) {
            // Accepted while we had paused it: hold it.
            m_hub.fileControl(peer, fileNumber, FileControl::Pause);
            setState(*t, TransferState::Paused, QStringLiteral("Paused by you."));
            return;
        }
        if (i.pausedByUs)
            setState(*t, TransferState::Paused, QStringLiteral("Paused by you."));
        else
            setState(*t, TransferState::Active);
        if (t->outgoing())
            pump(*t);
        return;
    }
}

void FileTransferService::losslessPacket(const PublicKey& friendKey, QByteArrayView packet)
{
    // [0xB4]['R'][32-byte file id]: the receiver asks us to offer it again.
    if (packet.size() != 2 + TOX_FILE_ID_LENGTH || packet[1] != 'R')
        return;
    const QString id = QString::fromLatin1(packet.sliced(2).toByteArray().toHex().toUpper());
    Transfer* t = find(friendKey, id);
    if (!t || !t->outgoing() || t->fileNumber || t->rec.cancelledByUs || t->info().state == TransferState::Finished)
        return;
    setState(*t, TransferState::Queued, QStringLiteral("The friend asked for it again."));
    offer(*t);
}

} // namespace warren
