// Paints one contact row: avatar with presence dot, name, status message or
// "typing…", and the unread count as a badge. Palette colours only.
#pragma once

#include <QStyledItemDelegate>

namespace warren {

class ContactDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace warren
