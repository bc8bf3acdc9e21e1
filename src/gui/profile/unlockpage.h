// The password prompt of the profile screen, for an encrypted profile.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace warren {

class UnlockPage : public QWidget {
    Q_OBJECT
public:
    explicit UnlockPage(QWidget* parent = nullptr);

    void setProfile(const QString& name);
    const QString& profile() const { return m_profile; }
    void setKeychainAvailable(bool available, const QString& reason);
    void setBackVisible(bool visible);
    void showError(const QString& message);

    QLineEdit* passwordField() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }

Q_SIGNALS:
    void unlockRequested(const QString& password, bool remember);
    void backRequested();

private:
    QString m_profile;
    QLabel* m_title;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_error;
    QPushButton* m_back;
};

} // namespace warren
