// Puts a live TransferCard over the rows of an item view that stand for a
// file transfer (QAbstractItemView::setIndexWidget), for rows there now and
// rows inserted later, keeps each card fed from the TransferModel, and lays
// the view out again when a card changes height. The view owns the cards
// (they go with their rows); this object only forwards what they ask for.
// Used by the chat timeline (file rows of a MessageModel) and by the
// transfers view (every row of the TransferModel).
#pragma once

#include "gui/files/transfercard.h"

#include <QObject>

#include <functional>
#include <optional>

class QAbstractItemView;
class QModelIndex;

namespace warren {

class TransferModel;

class CardInstaller : public QObject {
    Q_OBJECT
public:
    struct Ref {
        PublicKey peer;
        QString id;
    };
    /// Says which transfer a row stands for (nothing for other rows).
    using Which = std::function<std::optional<Ref>(const QModelIndex&)>;

    /// Cards are aligned as chat bubbles unless @p fullWidth.
    CardInstaller(QAbstractItemView* view, TransferModel* transfers, Which which, bool fullWidth, QObject* parent);

    /// The card over @p peer's transfer @p id, or null.
    TransferCard* card(const PublicKey& peer, const QString& id) const;

    /// The height the row of @p index needs for its card at @p width (0: no card).
    static int rowHeight(const QAbstractItemView* view, const QModelIndex& index, int width);

Q_SIGNALS:
    void actionRequested(warren::TransferCard::Action action, const warren::PublicKey& peer, const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void install(int first, int last);
    void relayoutSoon();

    QAbstractItemView* m_view;
    TransferModel* m_transfers;
    Which m_which;
    bool m_fullWidth;
    bool m_relayoutPending = false;
};

} // namespace warren
