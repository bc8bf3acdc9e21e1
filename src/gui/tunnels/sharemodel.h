// "Shared ports" as a table: one row per SharedPort of the user's
// settings (friend, host, ports, label), then one read-only row per port
// we offered and the friend accepted (that friend may reach exactly it).
// Friends reach only what a row allows them; everything else is denied.
#pragma once

#include <QAbstractTableModel>

namespace warren {

class ContactModel;
class TunnelManager;

class ShareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Friend, Host, Ports, Label, ColumnCount };

    ShareModel(const TunnelManager& manager, const ContactModel* contacts, QObject* parent = nullptr);

    /// Rows below the shares: accepted offers, managed in "Offered ports".
    bool isOffer(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reset();
    const TunnelManager& m_manager;
    const ContactModel* m_contacts;
};

} // namespace warren
