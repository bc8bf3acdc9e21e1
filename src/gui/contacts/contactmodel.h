// The friends as a list model: one row per Contact, keyed by public key.
// Filled by ContactsBinder from ChatService's signals (or directly by
// tests). Qt's item-view accessibility exposes each row through
// Qt::AccessibleTextRole ("Alice, online, 2 unread messages").
#pragma once

#include "core/chat/chattypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>

namespace warren {

class ContactModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< QByteArray: the raw public key
        OnlineRole, ///< bool
        StatusRole, ///< int (UserStatus)
        UnreadRole, ///< int
        StatusMessageRole, ///< QString
        TypingRole, ///< bool
        SortKeyRole, ///< QString: online first, then by name
        BlockedRole, ///< bool
        AvatarRole, ///< QImage: the friend's avatar (null: none)
    };

    explicit ContactModel(QObject* parent = nullptr);

    void reset(const QList<Contact>& contacts);
    /// Adds @p contact, or replaces the row with its key.
    void upsert(const Contact& contact);
    void remove(const PublicKey& key);
    /// The friend's avatar picture (null: none), kept even before the friend's row exists.
    void setAvatar(const PublicKey& key, const QImage& image);

    int rowOf(const PublicKey& key) const;
    const Contact* find(const PublicKey& key) const;
    QList<Contact> contacts() const { return m_contacts; }
    int totalUnread() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    /// The row's key from any index of this model or a proxy of it.
    static PublicKey keyOf(const QModelIndex& index);
    /// The sentence assistive technology reads for @p c.
    static QString accessibleText(const Contact& c);

Q_SIGNALS:
    void totalUnreadChanged(int unread);

private:
    void noteUnread();

    QList<Contact> m_contacts;
    QHash<PublicKey, QImage> m_avatars;
    int m_lastUnread = 0;
};

} // namespace warren
