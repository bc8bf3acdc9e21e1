#include "gui/files/cardinstaller.h"

#include "gui/files/transfermodel.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QTimer>

namespace warren {

CardInstaller::CardInstaller(
    QAbstractItemView* view, TransferModel* transfers, Which which, bool fullWidth, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_transfers(transfers)
    , m_which(std::move(which))
    , m_fullWidth(fullWidth)
{
    QAbstractItemModel* model = view->model();
    connect(
        model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parentIndex, int first, int last) {
            if (!parentIndex.isValid())
                install(first, last);
        });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { install(0, m_view->model()->rowCount() - 1); });
    install(0, model->rowCount() - 1);
}

TransferCard* CardInstaller::card(const PublicKey& peer, const QString& id) const
{
    QAbstractItemModel* model = m_view->model();
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex i = model->index(row, 0);
        if (auto* c = qobject_cast<TransferCard*>(m_view->indexWidget(i)))
            if (c->info().peer == peer && c->info().id == id)
                return c;
    }
    return nullptr;
}

int CardInstaller::rowHeight(const QAbstractItemView* view, const QModelIndex& index, int width)
{
    const QWidget* w = view->indexWidget(index);
    if (!w)
        return 0;
    return w->hasHeightForWidth() ? w->heightForWidth(width) : w->sizeHint().height();
}

void CardInstaller::install(int first, int last)
{
    QAbstractItemModel* model = m_view->model();
    for (int row = first; row <= last; ++row) {
        const QModelIndex i = model->index(row, 0);
        const std::optional<Ref> ref = m_which(i);
        const int at = ref ? m_transfers->rowOf(ref->peer, ref->id) : -1;
        if (at < 0 || m_view->indexWidget(i))
            continue;
        auto* c = new TransferCard(m_transfers->at(at));
        c->setPeerName(m_transfers->peerName(ref->peer));
        c->setProgress(m_transfers->progressAt(at));
        if (m_fullWidth)
            c->setAlignment(Qt::AlignJustify);
        connect(m_transfers, &TransferModel::transferChanged, c, &TransferCard::setInfo);
        connect(m_transfers, &TransferModel::progressChanged, c, &TransferCard::setProgress);
        connect(m_transfers, &TransferModel::peerNameChanged, c, [c](const PublicKey& peer, const QString& name) {
            if (peer == c->info().peer)
                c->setPeerName(name);
        });
        connect(c, &TransferCard::actionRequested, this, &CardInstaller::actionRequested);
        c->installEventFilter(this);
        m_view->setIndexWidget(i, c);
    }
    relayoutSoon();
}

bool CardInstaller::eventFilter(QObject* watched, QEvent* event)
{
    // A card shows or hides a part (buttons, the bar, a preview): its row's
    // height changes.
    auto* c = qobject_cast<TransferCard*>(watched);
    if (event->type() == QEvent::LayoutRequest && c) {
        const int h = c->hasHeightForWidth() ? c->heightForWidth(c->width()) : c->sizeHint().height();
        if (h != c->property("rowHeight").toInt()) {
            c->setProperty("rowHeight", h);
            relayoutSoon();
        }
    }
    return QObject::eventFilter(watched, event);
}

void CardInstaller::relayoutSoon()
{
    if (m_relayoutPending)
        return;
    m_relayoutPending = true;
    QTimer::singleShot(0, this, [this] {
        m_relayoutPending = false;
        m_view->doItemsLayout();
    });
}

} // namespace warren
