#include "gui/contacts/contactspane.h"

#include "gui/contacts/contactfilter.h"
#include "gui/contacts/contactlistview.h"
#include "gui/contacts/contactmodel.h"
#include "gui/icons.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace warren {

ContactsPane::ContactsPane(ContactModel* model, QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit)
    , m_filter(new ContactFilter(this))
    , m_list(new ContactListView)
    , m_inbox(new QToolButton)
{
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setPlaceholderText(tr("Search contacts (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::icon(u"search"), QLineEdit::LeadingPosition);
    m_filter->setSourceModel(model);
    m_list->setModel(m_filter);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ContactFilter::setSearch);
    // Down from the search field goes into the list; Enter opens the first match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_list->setCurrentIndex(m_filter->index(0, 0));
            m_list->setFocus();
        }
    });

    auto* add = new QToolButton;
    add->setObjectName(QStringLiteral("addFriendButton"));
    add->setIcon(icons::icon(u"add-friend"));
    add->setText(tr("Add friend"));
    add->setAccessibleName(tr("Add a friend"));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    add->setAutoRaise(true);
    connect(add, &QToolButton::clicked, this, &ContactsPane::addFriendRequested);
    m_inbox->setObjectName(QStringLiteral("inboxButton"));
    m_inbox->setIcon(icons::icon(u"requests"));
    m_inbox->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_inbox->setAutoRaise(true);
    connect(m_inbox, &QToolButton::clicked, this, &ContactsPane::inboxRequested);
    setPendingRequests(0);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(m_inbox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void ContactsPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ContactsPane::setPendingRequests(int count)
{
    m_inbox->setText(count > 0 ? tr("Requests (%1)").arg(count) : tr("Requests"));
    m_inbox->setAccessibleName(tr("Friend requests: %1 pending").arg(count));
    QFont f = m_inbox->font();
    f.setBold(count > 0);
    m_inbox->setFont(f);
}

} // namespace warren
