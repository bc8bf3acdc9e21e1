// Paints one message as a bubble: text (wrapped), time, and for our own
// messages the delivery state (queued / sent / delivered / failed with a
// retry hint). Outgoing bubbles sit on the right. Palette colours only.
// File rows are left to the card the view places over them.
#pragma once

#include <QStyledItemDelegate>

namespace warren {

class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The viewport width rows are laid out for; ChatView sets it on resize.
    void setWidth(int width) { m_width = width; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Geometry {
        QRect bubble;
        QPoint textPos;
        int textWidth = 0;
        QRect footer;
    };
    Geometry geometry(const QStyleOptionViewItem& option, const QModelIndex& index, const QRect& row) const;
    QString footerText(const QModelIndex& index) const;

    int m_width = 400;
};

} // namespace warren
