#include "gui/contacts/contactmodel.h"

#include "gui/icons.h"

namespace warren {

ContactModel::ContactModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ContactModel::reset(const QList<Contact>& contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
    noteUnread();
}

void ContactModel::upsert(const Contact& contact)
{
    const int row = rowOf(contact.key);
    if (row >= 0) {
        m_contacts[row] = contact;
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i);
    } else {
        beginInsertRows({}, m_contacts.size(), m_contacts.size());
        m_contacts.append(contact);
        endInsertRows();
    }
    noteUnread();
}

void ContactModel::remove(const PublicKey& key)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_contacts.removeAt(row);
    endRemoveRows();
    noteUnread();
}

void ContactModel::setAvatar(const PublicKey& key, const QImage& image)
{
    if (image.isNull())
        m_avatars.remove(key);
    else
        m_avatars.insert(key, image);
    if (const int row = rowOf(key); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {AvatarRole});
}

int ContactModel::rowOf(const PublicKey& key) const
{
    for (int i = 0; i < m_contacts.size(); ++i)
        if (m_contacts[i].key == key)
            return i;
    return -1;
}

const Contact* ContactModel::find(const PublicKey& key) const
{
    const int row = rowOf(key);
    return row < 0 ? nullptr : &m_contacts[row];
}

int ContactModel::totalUnread() const
{
    int n = 0;
    for (const Contact& c : m_contacts)
        n += c.unread;
    return n;
}

void ContactModel::noteUnread()
{
    const int n = totalUnread();
    if (n != m_lastUnread) {
        m_lastUnread = n;
        Q_EMIT totalUnreadChanged(n);
    }
}

int ContactModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

QString ContactModel::accessibleText(const Contact& c)
{
    QString text
        = tr("%1, %2").arg(c.displayName(), c.blocked ? tr("blocked") : icons::presenceName(c.status, c.online()));
    if (c.typing)
        text += tr(", typing");
    if (c.unread > 0)
        text += tr(", %n unread message(s)", nullptr, c.unread);
    return text;
}

QVariant ContactModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_contacts.size())
        return {};
    const Contact& c = m_contacts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return c.displayName();
    case Qt::ToolTipRole:
        return c.statusMessage.isEmpty() ? c.key.toHex() : c.statusMessage;
    case Qt::DecorationRole:
        return icons::presence(c.status, c.online());
    case Qt::AccessibleTextRole:
        return accessibleText(c);
    case Qt::AccessibleDescriptionRole:
        return c.statusMessage;
    case KeyRole:
        return c.key.bytes();
    case OnlineRole:
        return c.online();
    case StatusRole:
        return static_cast<int>(c.status);
    case UnreadRole:
        return c.unread;
    case StatusMessageRole:
        return c.statusMessage;
    case TypingRole:
        return c.typing;
    case BlockedRole:
        return c.blocked;
    case AvatarRole:
        return m_avatars.value(c.key);
    case SortKeyRole:
        return QString((c.online() ? u'0' : u'1') + c.displayName().toCaseFolded());
    default:
        return {};
    }
}

PublicKey ContactModel::keyOf(const QModelIndex& index)
{
    return PublicKey::fromBytes(index.data(KeyRole).toByteArray());
}

} // namespace warren
