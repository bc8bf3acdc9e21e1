#include "gui/files/transfersview.h"

#include "gui/files/cardinstaller.h"
#include "gui/files/transfermodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace warren {

namespace {
/// Rows as tall as their card; the card paints everything.
class CardDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter*, const QStyleOptionViewItem&, const QModelIndex&) const override { }
    QSize sizeHint(const QStyleOptionViewItem&, const QModelIndex& index) const override
    {
        const auto* view = qobject_cast<const QAbstractItemView*>(parent());
        const int width = view ? view->viewport()->width() : 400;
        return {width, view ? qMax(1, CardInstaller::rowHeight(view, index, width)) : 1};
    }
};
} // namespace

CardListView::CardListView(QWidget* parent)
    : QListView(parent)
{
    setItemDelegate(new CardDelegate(this));
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    verticalScrollBar()->setSingleStep(20);
}

void CardListView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    scheduleDelayedItemsLayout();
}

TransfersView::TransfersView(TransferModel* model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_list(new CardListView)
    , m_summary(new QLabel)
    , m_empty(new QLabel(tr("No file transfers yet. Drop files onto a chat or a contact to send them.")))
{
    setObjectName(QStringLiteral("transfersView"));
    setWindowTitle(tr("Transfers"));
    m_list->setObjectName(QStringLiteral("transferList"));
    m_list->setAccessibleName(tr("File transfers"));
    m_list->setModel(model);
    m_cards = new CardInstaller(
        m_list, model,
        [](const QModelIndex& i) -> std::optional<CardInstaller::Ref> {
            return CardInstaller::Ref{
                i.data(TransferModel::PeerRole).value<PublicKey>(), i.data(TransferModel::IdRole).toString()};
        },
        true, this);
    m_summary->setObjectName(QStringLiteral("transfersSummary"));
    m_empty->setObjectName(QStringLiteral("transfersEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the transfers window"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(model, &TransferModel::activeCountChanged, this, &TransfersView::updateSummary);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TransfersView::updateSummary);
    connect(model, &QAbstractItemModel::rowsInserted, m_list, &QListView::scrollToBottom);
    updateSummary();
    resize(560, 520);
}

void TransfersView::updateSummary()
{
    const int total = m_model->rowCount();
    const int active = m_model->activeCount();
    m_summary->setText(total == 0 ? QString() : tr("%n transfer(s), %1 under way", nullptr, total).arg(active));
    m_summary->setVisible(total > 0);
    m_empty->setVisible(total == 0);
    m_list->setVisible(total > 0);
}

} // namespace warren
