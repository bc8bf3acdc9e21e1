#include "gui/contacts/contactdelegate.h"

#include "gui/avatar.h"
#include "gui/contacts/contactmodel.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>

namespace warren {

namespace {
constexpr int margin = 6;
}

QSize ContactDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {200, qMax(40, 2 * fm.height() + 2 * margin + 2)};
}

void ContactDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* w = option.widget;
    QStyle* style = w ? w->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, w);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = selected ? text : pal.color(QPalette::PlaceholderText);
    const QRect r = option.rect.adjusted(margin, margin, -margin, -margin);
    const QString name = index.data(Qt::DisplayRole).toString();

    // Avatar and presence dot.
    const int side = r.height();
    const QRect avatar(r.left(), r.top(), side, side);
    paintAvatar(*p, avatar, name, index.data(ContactModel::AvatarRole).value<QImage>(), pal, selected);
    const int dot = qMax(10, side / 3);
    const QRect dotRect(avatar.right() - dot + 2, avatar.bottom() - dot + 2, dot, dot);
    index.data(Qt::DecorationRole).value<QIcon>().paint(p, dotRect);

    // Unread badge.
    QRect textRect = r.adjusted(side + margin, 0, 0, 0);
    const int unread = index.data(ContactModel::UnreadRole).toInt();
    p->save();
    if (unread > 0) {
        QFont bf = option.font;
        bf.setBold(true);
        const QFontMetrics bfm(bf);
        const QString n = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int h = bfm.height() + 2;
        const int bw = qMax(h, bfm.horizontalAdvance(n) + h / 2);
        const QRect badge(r.right() - bw, r.top() + (r.height() - h) / 2, bw, h);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(pal.color(selected ? QPalette::Base : QPalette::Highlight));
        p->drawRoundedRect(badge, h / 2.0, h / 2.0);
        p->setFont(bf);
        p->setPen(pal.color(selected ? QPalette::Text : QPalette::HighlightedText));
        p->drawText(badge, Qt::AlignCenter, n);
        textRect.setRight(badge.left() - margin);
    }

    // Name and second line.
    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    const QFontMetrics fm(nameFont);
    const int lineH = textRect.height() / 2;
    p->setFont(nameFont);
    p->setPen(text);
    p->drawText(QRect(textRect.left(), textRect.top(), textRect.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(name, Qt::ElideRight, textRect.width()));
    QString second = index.data(ContactModel::StatusMessageRole).toString();
    QFont secondFont = option.font;
    if (index.data(ContactModel::TypingRole).toBool()) {
        second = tr("typing…");
        secondFont.setItalic(true);
    }
    p->setFont(secondFont);
    p->setPen(dim);
    p->drawText(QRect(textRect.left(), textRect.top() + lineH, textRect.width(), textRect.height() - lineH),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(secondFont).elidedText(second, Qt::ElideRight, textRect.width()));
    p->restore();
}

} // namespace warren
