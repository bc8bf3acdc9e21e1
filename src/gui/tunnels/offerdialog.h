// Offer a port to a friend (a remote forward): which friend, which port
// (and host, normally this computer) the friend may then reach, where we
// suggest it listens, and what we call it. The friend is asked first.
#pragma once

#include "core/toxtypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace warren {

class ContactModel;

class OfferDialog : public QDialog {
    Q_OBJECT
public:
    explicit OfferDialog(const ContactModel* contacts, QWidget* parent = nullptr);

    void setFriend(const PublicKey& key);
    PublicKey friendKey() const;
    QString host() const;
    quint16 port() const;
    QString label() const;

    QComboBox* friendBox() const { return m_friend; }
    QSpinBox* portField() const { return m_port; }
    QLineEdit* hostField() const { return m_host; }
    QLineEdit* labelField() const { return m_label; }
    QPushButton* okButton() const { return m_ok; }

private:
    void validate();

    const ContactModel* m_contacts;
    QComboBox* m_friend;
    QSpinBox* m_port;
    QLineEdit* m_host;
    QLineEdit* m_label;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace warren
