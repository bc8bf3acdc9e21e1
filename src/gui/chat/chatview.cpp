#include "gui/chat/chatview.h"

#include "core/chat/chattypes.h"
#include "gui/chat/messagedelegate.h"
#include "gui/chat/messagemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>

namespace warren {

ChatView::ChatView(QWidget* parent)
    : QListView(parent)
    , m_delegate(new MessageDelegate(this))
{
    setObjectName(QStringLiteral("chatView"));
    setAccessibleName(tr("Messages"));
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setWordWrap(true);
    setFrameShape(QFrame::NoFrame);
    verticalScrollBar()->setSingleStep(20);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        m_stickToBottom = v >= verticalScrollBar()->maximum() - 4;
        if (v == verticalScrollBar()->minimum() && verticalScrollBar()->maximum() > 0)
            Q_EMIT olderRequested();
    });
    // Keep the newest message in sight while the user is at the bottom.
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_stickToBottom)
            verticalScrollBar()->setValue(max);
    });
}

void ChatView::setModel(QAbstractItemModel* model)
{
    QListView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ChatView::rowsAboutToBeAdded);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChatView::rowsAdded);
    scrollToNewest();
}

void ChatView::scrollToNewest()
{
    m_stickToBottom = true;
    scrollToBottom();
}

void ChatView::rowsAboutToBeAdded()
{
    m_heightBeforeInsert = verticalScrollBar()->maximum() - verticalScrollBar()->value();
}

void ChatView::rowsAdded(const QModelIndex&, int first, int last)
{
    if (first == 0 && last + 1 < model()->rowCount()) {
        // Older messages came in above: keep what the user reads in place.
        doItemsLayout();
        verticalScrollBar()->setValue(verticalScrollBar()->maximum() - m_heightBeforeInsert);
    } else if (m_stickToBottom) {
        scrollToBottom();
    }
}

void ChatView::resizeEvent(QResizeEvent* event)
{
    m_delegate->setWidth(viewport()->width());
    QListView::resizeEvent(event);
    scheduleDelayedItemsLayout();
    if (m_stickToBottom)
        scrollToBottom();
}

bool ChatView::retryIfFailed(const QModelIndex& index)
{
    if (!index.isValid() || !index.data(MessageModel::OutgoingRole).toBool()
        || index.data(MessageModel::StateRole).toInt() != static_cast<int>(ChatMessage::State::Failed))
        return false;
    Q_EMIT retryRequested(index.data(MessageModel::IdRole).toLongLong());
    return true;
}

void ChatView::mouseReleaseEvent(QMouseEvent* event)
{
    QListView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        retryIfFailed(indexAt(event->position().toPoint()));
}

void ChatView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && retryIfFailed(currentIndex()))
        return;
    if (event->matches(QKeySequence::Copy) && currentIndex().isValid()) {
        QApplication::clipboard()->setText(currentIndex().data(Qt::DisplayRole).toString());
        return;
    }
    QListView::keyPressEvent(event);
}

void ChatView::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex i = indexAt(event->pos());
    if (!i.isValid())
        return;
    QMenu menu(this);
    const QString text = i.data(Qt::DisplayRole).toString();
    menu.addAction(tr("Copy text"), this, [text] { QApplication::clipboard()->setText(text); });
    if (i.data(MessageModel::StateRole).toInt() == static_cast<int>(ChatMessage::State::Failed)
        && i.data(MessageModel::OutgoingRole).toBool())
        menu.addAction(tr("Retry sending"), this, [this, i] { retryIfFailed(i); });
    menu.exec(event->globalPos());
}

} // namespace warren
