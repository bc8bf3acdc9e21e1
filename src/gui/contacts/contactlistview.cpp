#include "gui/contacts/contactlistview.h"

#include "gui/contacts/contactdelegate.h"
#include "gui/contacts/contactmodel.h"
#include "gui/icons.h"

#include <QContextMenuEvent>
#include <QMenu>

namespace warren {

ContactListView::ContactListView(QWidget* parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("contactList"));
    setAccessibleName(tr("Contacts"));
    setAccessibleDescription(tr("Your friends. Select one to chat; double-click to chat in a window of its own."));
    setItemDelegate(new ContactDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListView::doubleClicked, this, [this](const QModelIndex& i) {
        if (i.isValid())
            Q_EMIT openInWindowRequested(ContactModel::keyOf(i));
    });
    connect(this, &QListView::activated, this, [this](const QModelIndex& i) {
        if (i.isValid())
            Q_EMIT openRequested(ContactModel::keyOf(i));
    });
}

PublicKey ContactListView::currentKey() const
{
    return currentIndex().isValid() ? ContactModel::keyOf(currentIndex()) : PublicKey{};
}

void ContactListView::selectKey(const PublicKey& key)
{
    if (!model() || currentKey() == key)
        return;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex i = model()->index(row, 0);
        if (ContactModel::keyOf(i) == key) {
            setCurrentIndex(i);
            return;
        }
    }
}

void ContactListView::selectRelative(int delta)
{
    const int n = model() ? model()->rowCount() : 0;
    if (n == 0)
        return;
    const int row = currentIndex().isValid() ? currentIndex().row() : (delta > 0 ? -1 : 0);
    setCurrentIndex(model()->index(((row + delta) % n + n) % n, 0));
}

void ContactListView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QListView::currentChanged(current, previous);
    if (current.isValid())
        Q_EMIT openRequested(ContactModel::keyOf(current));
}

void ContactListView::contextMenuEvent(QContextMenuEvent* event)
{
    const bool byKeyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QModelIndex i = byKeyboard ? currentIndex() : indexAt(event->pos());
    if (!i.isValid())
        return;
    const PublicKey key = ContactModel::keyOf(i);
    const auto request = [this, key](ContactAction a) { return [this, key, a] { Q_EMIT actionRequested(a, key); }; };
    QMenu menu(this);
    menu.addAction(tr("Open chat"), this, [this, key] { Q_EMIT openRequested(key); });
    menu.addAction(
        icons::icon(u"pop-out"), tr("Open in new window"), this, [this, key] { Q_EMIT openInWindowRequested(key); });
    menu.addAction(tr("Copy public key"), this, [this, key] { Q_EMIT copyKeyRequested(key); });
    menu.addAction(tr("Rename…"), this, request(ContactAction::Rename));
    if (m_fileActions)
        menu.addAction(tr("Receive files automatically…"), this, [this, key] { Q_EMIT autoAcceptRequested(key); });
    if (m_tunnelActions) {
        menu.addSeparator();
        menu.addAction(tr("Open a tunnel to…"), this, [this, key] { Q_EMIT openTunnelRequested(key); });
        menu.addAction(tr("Share a port with…"), this, [this, key] { Q_EMIT sharePortRequested(key); });
        menu.addAction(tr("Offer a port to…"), this, [this, key] { Q_EMIT offerPortRequested(key); });
    }
    menu.addSeparator();
    menu.addAction(tr("Export chat…"), this, request(ContactAction::ExportChat));
    menu.addAction(tr("Delete chat history…"), this, request(ContactAction::DeleteHistory));
    menu.addSeparator();
    if (i.data(ContactModel::BlockedRole).toBool())
        menu.addAction(tr("Unblock"), this, request(ContactAction::Unblock));
    else
        menu.addAction(tr("Block…"), this, request(ContactAction::Block));
    menu.addAction(tr("Remove friend…"), this, [this, key] { Q_EMIT removeRequested(key); });
    menu.exec(byKeyboard ? viewport()->mapToGlobal(visualRect(i).center()) : event->globalPos());
}

} // namespace warren
