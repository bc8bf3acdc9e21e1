#include "gui/files/transfermodel.h"

#include "gui/files/transferformat.h"

namespace warren {

TransferModel::TransferModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void TransferModel::addAll(const QList<FileTransferInfo>& transfers)
{
    for (const FileTransferInfo& t : transfers)
        update(t);
}

void TransferModel::update(const FileTransferInfo& info)
{
    const int row = rowOf(info.peer, info.id);
    if (row >= 0) {
        Row& r = m_rows[row];
        r.info = info;
        r.progress.transferred = info.transferred;
        r.progress.size = info.size;
        if (info.state != TransferState::Active) {
            r.progress.bytesPerSecond = 0;
            r.progress.etaSeconds = -1;
        }
        Q_EMIT dataChanged(index(row), index(row));
        Q_EMIT transferChanged(info);
        Q_EMIT progressChanged(r.progress);
        countActive();
        return;
    }
    const int at = static_cast<int>(m_rows.size());
    FileProgress p;
    p.peer = info.peer;
    p.id = info.id;
    p.transferred = info.transferred;
    p.size = info.size;
    beginInsertRows({}, at, at);
    m_rows.append({info, p});
    m_index.insert(keyOf(info.peer, info.id), at);
    endInsertRows();
    Q_EMIT transferAdded(info);
    countActive();
}

void TransferModel::setProgress(const FileProgress& progress)
{
    const int row = rowOf(progress.peer, progress.id);
    if (row < 0)
        return;
    m_rows[row].progress = progress;
    m_rows[row].info.transferred = progress.transferred;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT progressChanged(progress);
}

void TransferModel::setPeerName(const PublicKey& peer, const QString& name)
{
    if (m_names.value(peer) == name)
        return;
    m_names.insert(peer, name);
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].info.peer == peer)
            Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT peerNameChanged(peer, name);
}

QString TransferModel::peerName(const PublicKey& peer) const
{
    const QString name = m_names.value(peer);
    return name.isEmpty() ? peer.toHex().left(8) : name;
}

int TransferModel::rowOf(const PublicKey& peer, const QString& id) const
{
    return m_index.value(keyOf(peer, id), -1);
}

FileProgress TransferModel::progressAt(int row) const
{
    return m_rows[row].progress;
}

QList<FileTransferInfo> TransferModel::transfersWith(const PublicKey& peer) const
{
    QList<FileTransferInfo> list;
    for (const Row& r : m_rows)
        if (r.info.peer == peer)
            list << r.info;
    return list;
}

int TransferModel::activeCount() const
{
    return m_active;
}

void TransferModel::countActive()
{
    int n = 0;
    for (const Row& r : std::as_const(m_rows))
        n += isTerminal(r.info.state) ? 0 : 1;
    if (n != m_active) {
        m_active = n;
        Q_EMIT activeCountChanged(n);
    }
}

int TransferModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TransferModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FileTransferInfo& t = m_rows[index.row()].info;
    switch (role) {
    case Qt::DisplayRole:
        return t.name;
    case Qt::AccessibleTextRole: {
        const QString who = t.direction == TransferDirection::Outgoing ? tr("to %1") : tr("from %1");
        return tr("%1, %2, %3: %4")
            .arg(t.name, who.arg(peerName(t.peer)), transferformat::size(t.size),
                transferformat::stateLine(t, peerName(t.peer)));
    }
    case PeerRole:
        return QVariant::fromValue(t.peer);
    case IdRole:
        return t.id;
    case StateRole:
        return static_cast<int>(t.state);
    case OutgoingRole:
        return t.direction == TransferDirection::Outgoing;
    default:
        return {};
    }
}

} // namespace warren
