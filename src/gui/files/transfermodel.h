// Every file transfer this session knows of (active and recent, both
// directions, all friends) as a list model in order of arrival, with the
// latest progress of each. Fed by FileBinder from FileTransfers' signals;
// the transfers view shows it and the chat cards follow it. Rows are never
// removed while the program runs, so a card always finds its transfer.
#pragma once

#include "core/files/filetypes.h"

#include <QAbstractListModel>
#include <QHash>

namespace warren {

class TransferModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        PeerRole = Qt::UserRole + 1, ///< PublicKey
        IdRole, ///< QString
        StateRole, ///< int (TransferState)
        OutgoingRole, ///< bool
    };

    explicit TransferModel(QObject* parent = nullptr);

    /// The transfers remembered from the last run (FileTransfers::ready):
    /// added (or updated) in the order given.
    void addAll(const QList<FileTransferInfo>& transfers);
    /// Adds @p info, or updates the row with the same peer and id.
    void update(const FileTransferInfo& info);
    void setProgress(const FileProgress& progress);
    /// The friend's display name, used in the rows' texts.
    void setPeerName(const PublicKey& peer, const QString& name);
    QString peerName(const PublicKey& peer) const;

    /// The row of @p peer's transfer @p id, or -1.
    int rowOf(const PublicKey& peer, const QString& id) const;
    const FileTransferInfo& at(int row) const { return m_rows[row].info; }
    /// The latest progress; speed 0 and time left -1 unless it moves.
    FileProgress progressAt(int row) const;
    /// @p peer's transfers, in order of arrival.
    QList<FileTransferInfo> transfersWith(const PublicKey& peer) const;
    /// How many transfers are not finished, cancelled or failed.
    int activeCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

Q_SIGNALS:
    /// A new row (after rowsInserted).
    void transferAdded(const warren::FileTransferInfo& info);
    /// A row's info changed (state, reason, path, pause flags).
    void transferChanged(const warren::FileTransferInfo& info);
    void progressChanged(const warren::FileProgress& progress);
    void peerNameChanged(const warren::PublicKey& peer, const QString& name);
    void activeCountChanged(int count);

private:
    struct Row {
        FileTransferInfo info;
        FileProgress progress;
    };
    static QString keyOf(const PublicKey& peer, const QString& id) { return peer.toHex() + id; }
    void countActive();

    QList<Row> m_rows;
    QHash<QString, int> m_index; ///< keyOf(peer, id) -> row
    QHash<PublicKey, QString> m_names;
    int m_active = 0;
};

} // namespace warren
