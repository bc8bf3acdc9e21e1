#include "gui/dialogs/requestinbox.h"

#include "gui/contacts/requestmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace warren {

RequestInbox::RequestInbox(RequestModel* model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_list(new QListView)
    , m_empty(new QLabel(tr("No pending friend requests.")))
    , m_accept(new QPushButton(tr("&Accept")))
    , m_decline(new QPushButton(tr("&Decline")))
{
    setObjectName(QStringLiteral("requestInbox"));
    setWindowTitle(tr("Friend requests"));
    m_list->setObjectName(QStringLiteral("requestList"));
    m_list->setAccessibleName(tr("Pending friend requests"));
    m_list->setModel(model);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSpacing(2);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setAccessibleName(tr("Accept the selected friend request"));
    m_decline->setObjectName(QStringLiteral("declineButton"));
    m_decline->setAccessibleName(tr("Decline the selected friend request"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_accept, QDialogButtonBox::ActionRole);
    buttons->addButton(m_decline, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (const PublicKey k = selectedKey(); !k.isNull())
            Q_EMIT acceptRequested(k);
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        if (const PublicKey k = selectedKey(); !k.isNull())
            Q_EMIT declineRequested(k);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("People who want to add you as a friend:")));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    // Keep a row selected so Accept / Decline always act on something visible.
    const auto selectFirst = [this] {
        if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        updateButtons();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, selectFirst);
    connect(model, &QAbstractItemModel::rowsRemoved, this, selectFirst);
    connect(model, &QAbstractItemModel::modelReset, this, selectFirst);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RequestInbox::updateButtons);
    selectFirst();
    resize(460, 340);
}

PublicKey RequestInbox::selectedKey() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? PublicKey::fromBytes(i.data(RequestModel::KeyRole).toByteArray()) : PublicKey{};
}

void RequestInbox::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_list->setVisible(any);
    m_empty->setVisible(!any);
    m_accept->setEnabled(m_list->currentIndex().isValid());
    m_decline->setEnabled(m_list->currentIndex().isValid());
}

} // namespace warren
