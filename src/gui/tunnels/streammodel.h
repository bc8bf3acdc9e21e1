// The open streams of every tunnel, both ways (through my forwards to a
// friend, and a friend's into a port I share), refreshed with each
// statistics. Rows are replaced only when the set of streams changes, so a
// selection survives the once-a-second updates.
#pragma once

#include "tunnel/tunnelstats.h"

#include <QAbstractTableModel>

namespace warren {

class ContactModel;
class TunnelManager;

class StreamModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Direction, Friend, Forward, Target, Sent, Received, Rate, Path, ColumnCount };

    StreamModel(const TunnelManager& manager, const ContactModel* contacts, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void update();

    const TunnelManager& m_manager;
    const ContactModel* m_contacts;
    QList<tunnel::StreamInfo> m_rows;
};

} // namespace warren
