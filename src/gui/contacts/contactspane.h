// The left pane: the search field over the contact list, and the buttons to
// add a friend and to open the friend-request inbox (with its count).
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace warren {

class ContactFilter;
class ContactListView;
class ContactModel;

class ContactsPane : public QWidget {
    Q_OBJECT
public:
    /// @p model stays owned by the caller.
    explicit ContactsPane(ContactModel* model, QWidget* parent = nullptr);

    ContactListView* list() const { return m_list; }
    QLineEdit* searchField() const { return m_search; }
    ContactFilter* filter() const { return m_filter; }
    /// Ctrl+F: focuses and selects the search text.
    void focusSearch();
    /// Shows the number of pending friend requests on the inbox button.
    void setPendingRequests(int count);

Q_SIGNALS:
    void addFriendRequested();
    void inboxRequested();

private:
    QLineEdit* m_search;
    ContactFilter* m_filter;
    ContactListView* m_list;
    QToolButton* m_inbox;
};

} // namespace warren
