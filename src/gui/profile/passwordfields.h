// A new password typed twice, with the "remember in keychain" box and a
// line saying what is wrong (the two differ) or what to know (no password
// means anyone who can read your files can use the profile). Shared by the
// create-profile page and the change-password dialog.
#pragma once

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace warren {

class PasswordFields : public QObject {
    Q_OBJECT
public:
    /// Adds its rows to @p form.
    PasswordFields(QFormLayout* form, QWidget* parent);

    QString password() const;
    /// True when both fields agree (both empty counts).
    bool matches() const;
    bool remember() const;
    /// Enables the box, or disables it and says why (@p reason).
    void setKeychainAvailable(bool available, const QString& reason);
    void setRemember(bool remember);
    void clear();

    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* confirmField() const { return m_confirm; }
    QCheckBox* rememberBox() const { return m_remember; }
    /// The explanation under the fields (mismatch, keychain, no password).
    QString note() const;

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QCheckBox* m_remember;
    QLabel* m_note;
    QString m_keychainReason;
};

} // namespace warren
