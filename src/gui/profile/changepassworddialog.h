// Change or remove the password of the open profile (Profile menu). Asks
// for the current password first, re-encrypts the file with
// ProfileFile::setPassword, and keeps the keychain entry in step.
//
// The history is keyed by the same password but owned by ChatService: the
// app passes a re-key function (setHistoryRekey), run before the profile
// file is re-encrypted and undone if that then fails, so the two never
// disagree. passwordChanged() follows a complete change.
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace warren {

class PasswordFields;
class PasswordKeychain;
class ProfileFile;
struct KeychainResult;

class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(std::shared_ptr<ProfileFile> file, const QString& profileName, PasswordKeychain& keychain,
        QWidget* parent = nullptr);

    PasswordFields* passwords() const { return m_passwords; }
    QLineEdit* currentField() const { return m_current; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* removeButton() const { return m_remove; }
    QString errorText() const;

    /// Re-keys the history for a new password (empty: none); false and a
    /// sentence in the second argument when it could not.
    using HistoryRekey = std::function<bool(const QString& newPassword, QString* error)>;
    void setHistoryRekey(HistoryRekey rekey) { m_rekey = std::move(rekey); }

    /// Re-encrypts with @p newPassword (empty: removes the password) after
    /// checking the current one. Returns false and shows why on failure.
    bool apply(const QString& newPassword);

Q_SIGNALS:
    void passwordChanged(const QString& newPassword);

private:
    bool currentPasswordIsRight();
    void keychainAnswered(const KeychainResult& result);
    void updateButtons();

    std::shared_ptr<ProfileFile> m_file;
    QString m_profile;
    PasswordKeychain& m_keychain;
    QLineEdit* m_current;
    PasswordFields* m_passwords;
    QLabel* m_error;
    QPushButton* m_change;
    QPushButton* m_remove;
    HistoryRekey m_rekey;
};

} // namespace warren
