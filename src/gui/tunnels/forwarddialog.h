// Add or edit a forward: which friend, where to listen here (this computer
// only by default; another address needs an explicit choice and shows a
// warning), and which host:port the friend's side connects to. Checks the
// input as it is typed; OK is enabled only for a complete forward.
#pragma once

#include "tunnel/tunnelsettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace warren {

class ContactModel;

class ForwardDialog : public QDialog {
    Q_OBJECT
public:
    explicit ForwardDialog(const ContactModel* contacts, QWidget* parent = nullptr);

    /// Fills the fields from @p f (editing keeps its id).
    void setForward(const tunnel::SavedForward& f);
    /// Preselects the friend (from a contact's context menu).
    void setFriend(const PublicKey& key);
    /// The forward as entered; valid when the dialog was accepted.
    tunnel::SavedForward forward() const;

    QComboBox* friendBox() const { return m_friend; }
    QComboBox* listenChoice() const { return m_listenChoice; }
    QLineEdit* listenAddressField() const { return m_listenAddress; }
    QSpinBox* listenPortBox() const { return m_listenPort; }
    QLineEdit* hostField() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLabel* warningLabel() const { return m_warning; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* okButton() const { return m_ok; }

private:
    void validate();
    QString listenAddressText() const;

    const ContactModel* m_contacts;
    QString m_id;
    bool m_enabled = true;
    QComboBox* m_friend;
    QComboBox* m_listenChoice;
    QLineEdit* m_listenAddress;
    QSpinBox* m_listenPort;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLabel* m_warning;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace warren
