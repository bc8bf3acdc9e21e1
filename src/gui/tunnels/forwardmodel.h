// "My forwards" as a table: one row per forward of the user's settings,
// with its live state and statistics from TunnelManager and the friend's
// name and path from ContactModel. Read-only; the panel edits through
// TunnelManager.
#pragma once

#include <QAbstractTableModel>

namespace warren {

namespace tunnel {
struct SavedForward;
}
class ContactModel;
class TunnelManager;

class ForwardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Friend, Local, Target, State, Streams, Rate, Transferred, Path, Problem, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: the forward's id
        EnabledRole, ///< bool
        OfferRole, ///< bool: the forward accepts a friend's offer (not editable)
    };

    /// @p contacts may be null (names become short keys).
    ForwardModel(const TunnelManager& manager, const ContactModel* contacts, QObject* parent = nullptr);

    QString idAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString stateText(int row) const;
    QString offeredTarget(const tunnel::SavedForward& f, bool tooltip) const;
    void refresh();

    const TunnelManager& m_manager;
    const ContactModel* m_contacts;
};

} // namespace warren
