// The friend-request inbox: who asked and with what message; accept or
// decline the selected request. Emits the decision; the caller acts.
#pragma once

#include "core/toxtypes.h"

#include <QDialog>

class QListView;
class QPushButton;
class QLabel;

namespace warren {

class RequestModel;

class RequestInbox : public QDialog {
    Q_OBJECT
public:
    explicit RequestInbox(RequestModel* model, QWidget* parent = nullptr);

    QListView* list() const { return m_list; }
    PublicKey selectedKey() const;

Q_SIGNALS:
    void acceptRequested(const warren::PublicKey& from);
    void declineRequested(const warren::PublicKey& from);

private:
    void updateButtons();

    RequestModel* m_model;
    QListView* m_list;
    QLabel* m_empty;
    QPushButton* m_accept;
    QPushButton* m_decline;
};

} // namespace warren
