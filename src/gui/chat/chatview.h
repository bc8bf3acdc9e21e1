// Shows one chat's messages (a MessageModel) as bubbles, keeps to the
// newest message while the user is at the bottom, and asks for older
// messages when scrolled to the top. A failed message is retried by
// clicking it, pressing Enter on it, or from its context menu. A QListView,
// so assistive technology sees one item per message with its text.
#pragma once

#include <QListView>

namespace warren {

class MessageDelegate;

class ChatView : public QListView {
    Q_OBJECT
public:
    explicit ChatView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    void scrollToNewest();

Q_SIGNALS:
    void retryRequested(qint64 messageId);
    /// Scrolled to the top: the caller may prepend older messages.
    void olderRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    bool retryIfFailed(const QModelIndex& index);
    void rowsAboutToBeAdded();
    void rowsAdded(const QModelIndex& parent, int first, int last);

    MessageDelegate* m_delegate;
    bool m_stickToBottom = true;
    int m_heightBeforeInsert = 0;
};

} // namespace warren
