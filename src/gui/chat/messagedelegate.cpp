#include "gui/chat/messagedelegate.h"

#include "core/chat/chattypes.h"
#include "gui/chat/messagemodel.h"
#include "gui/icons.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

namespace warren {

namespace {
constexpr int outer = 6; ///< space around a bubble
constexpr int pad = 8; ///< space inside a bubble
constexpr int iconSide = 14;

/// Lays @p text out in @p width; returns the size it takes.
QSizeF layOut(QTextLayout& layout, qreal width)
{
    QTextOption o;
    o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(o);
    layout.beginLayout();
    qreal h = 0, w = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition({0, h});
        h += line.height();
        w = qMax(w, line.naturalTextWidth());
    }
    layout.endLayout();
    return {w, h};
}

QString shownText(const QModelIndex& index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (index.data(MessageModel::ActionRole).toBool())
        return QStringLiteral("* %1 %2").arg(index.data(MessageModel::SenderRole).toString(), text);
    return text;
}

QFont messageFont(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    QFont f = option.font;
    f.setItalic(index.data(MessageModel::ActionRole).toBool());
    return f;
}

/// A file transfer's row (see MessageModel::TransferRole).
bool isFileRow(const QModelIndex& index)
{
    return !index.data(MessageModel::TransferRole).toString().isEmpty();
}

QFont smallFont(const QFont& base)
{
    QFont f = base;
    f.setItalic(false);
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}
} // namespace

QString MessageDelegate::footerText(const QModelIndex& index) const
{
    const QString time
        = QLocale().toString(index.data(MessageModel::TimeRole).toDateTime().time(), QLocale::ShortFormat);
    const auto state = static_cast<ChatMessage::State>(index.data(MessageModel::StateRole).toInt());
    if (!index.data(MessageModel::OutgoingRole).toBool())
        return time;
    switch (state) {
    case ChatMessage::State::Queued:
        return tr("%1 · waiting for your friend").arg(time);
    case ChatMessage::State::Failed:
        return tr("%1 · not sent — click to retry").arg(time);
    case ChatMessage::State::Sent:
    case ChatMessage::State::Delivered:
        break;
    }
    return time;
}

MessageDelegate::Geometry MessageDelegate::geometry(
    const QStyleOptionViewItem& option, const QModelIndex& index, const QRect& row) const
{
    const bool outgoing = index.data(MessageModel::OutgoingRole).toBool();
    const int maxBubble = qMax(120, row.width() * 3 / 4);
    QTextLayout layout(shownText(index), messageFont(option, index));
    const QSizeF text = layOut(layout, maxBubble - 2 * pad);
    const QFontMetrics sfm(smallFont(option.font));
    const int footerW = sfm.horizontalAdvance(footerText(index)) + (outgoing ? iconSide + 4 : 0);
    const int footerH = qMax(sfm.height(), outgoing ? iconSide : 0);
    const int innerW = qMin(maxBubble - 2 * pad, qMax(qCeil(text.width()), footerW));
    const int w = innerW + 2 * pad;
    const int h = qCeil(text.height()) + footerH + 2 * pad + 2;
    const int x = outgoing ? row.right() - outer - w + 1 : row.left() + outer;
    Geometry g;
    g.bubble = QRect(x, row.top() + outer / 2, w, h);
    g.textPos = QPoint(x + pad, g.bubble.top() + pad);
    g.textWidth = maxBubble - 2 * pad;
    g.footer = QRect(x + pad, g.bubble.bottom() - pad - footerH + 1, innerW, footerH);
    return g;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (isFileRow(index)) {
        // Covered by its card (an index widget): as tall as the card.
        const auto* view = qobject_cast<const QAbstractItemView*>(parent());
        const QWidget* card = view ? view->indexWidget(index) : nullptr;
        if (card == nullptr)
            return {m_width, 1};
        return {m_width, card->hasHeightForWidth() ? card->heightForWidth(m_width) : card->sizeHint().height()};
    }
    const Geometry g = geometry(option, index, QRect(0, 0, m_width, 0));
    return {m_width, g.bubble.height() + outer};
}

void MessageDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (isFileRow(index))
        return; // the card paints itself
    const Geometry g = geometry(option, index, option.rect);
    const QPalette& pal = option.palette;
    const bool outgoing = index.data(MessageModel::OutgoingRole).toBool();
    const auto state = static_cast<ChatMessage::State>(index.data(MessageModel::StateRole).toInt());
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    // Bubble: incoming on the alternate base, outgoing tinted with the highlight.
    QColor fill = pal.color(QPalette::AlternateBase);
    if (outgoing) {
        const QColor base = pal.color(QPalette::Base), hl = pal.color(QPalette::Highlight);
        fill = QColor::fromRgbF(base.redF() * 0.75f + hl.redF() * 0.25f, base.greenF() * 0.75f + hl.greenF() * 0.25f,
            base.blueF() * 0.75f + hl.blueF() * 0.25f);
    }
    p->setPen(option.state & QStyle::State_HasFocus ? QPen(pal.color(QPalette::Highlight), 2) : QPen(Qt::NoPen));
    p->setBrush(fill);
    p->drawRoundedRect(g.bubble, 8, 8);

    // Text.
    p->setPen(pal.color(QPalette::Text));
    QTextLayout layout(shownText(index), messageFont(option, index));
    layOut(layout, g.textWidth);
    layout.draw(p, g.textPos);

    // Footer: time, state icon, retry hint.
    const QFont small = smallFont(option.font);
    p->setFont(small);
    p->setPen(state == ChatMessage::State::Failed && outgoing ? pal.color(QPalette::Link)
                                                              : pal.color(QPalette::PlaceholderText));
    QRect footer = g.footer;
    if (outgoing) {
        static const char* const names[] = {"msg-queued", "msg-sent", "msg-delivered", "msg-failed"};
        const QRect iconRect(
            footer.right() - iconSide + 1, footer.top() + (footer.height() - iconSide) / 2, iconSide, iconSide);
        icons::icon(QString::fromLatin1(names[static_cast<int>(state)])).paint(p, iconRect);
        footer.setRight(iconRect.left() - 4);
    }
    p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, footerText(index));
    p->restore();
}

} // namespace warren
