// The Transfers window (View ▸ Transfers): every active and recent file
// transfer of this session and those remembered from the last run, newest
// last, each as a TransferCard with its buttons, and a line counting the
// ones still under way. Shows a TransferModel; FileBinder carries out what
// the cards ask for.
#pragma once

#include <QDialog>
#include <QListView>

class QLabel;

namespace warren {

class CardInstaller;
class TransferModel;

/// A list whose rows are covered by cards (see CardInstaller).
class CardListView : public QListView {
    Q_OBJECT
public:
    explicit CardListView(QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;
};

class TransfersView : public QDialog {
    Q_OBJECT
public:
    explicit TransfersView(TransferModel* model, QWidget* parent = nullptr);

    CardListView* list() const { return m_list; }
    CardInstaller* cards() const { return m_cards; }

private:
    void updateSummary();

    TransferModel* m_model;
    CardListView* m_list;
    CardInstaller* m_cards;
    QLabel* m_summary;
    QLabel* m_empty;
};

} // namespace warren
