// Share a port with a friend (or edit a share): which friend, which host
// (127.0.0.1 = this computer; `*` = any host) and which ports (one, a
// range like 8000-8080, or `*`) the friend may reach through us, and what
// the user calls it. Everything not shared stays denied.
#pragma once

#include "tunnel/tunnelsettings.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace warren {

class ContactModel;

class ShareDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShareDialog(const ContactModel* contacts, QWidget* parent = nullptr);

    void setShare(const tunnel::SharedPort& s);
    void setFriend(const PublicKey& key);
    /// The share as entered; set when the input is valid.
    std::optional<tunnel::SharedPort> share() const;

    QComboBox* friendBox() const { return m_friend; }
    QLineEdit* hostField() const { return m_host; }
    QLineEdit* portsField() const { return m_ports; }
    QLineEdit* labelField() const { return m_label; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* okButton() const { return m_ok; }

private:
    void validate();

    const ContactModel* m_contacts;
    QComboBox* m_friend;
    QLineEdit* m_host;
    QLineEdit* m_ports;
    QLineEdit* m_label;
    QLabel* m_warning;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace warren
