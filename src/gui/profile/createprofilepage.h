// The "new profile" page of the profile screen: a name, an optional
// password typed twice and the keychain box. Checks as you type; emits
// createRequested() when the input is good.
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace warren {

class PasswordFields;

class CreateProfilePage : public QWidget {
    Q_OBJECT
public:
    /// @p exists tells whether a profile of that name exists already.
    explicit CreateProfilePage(std::function<bool(const QString&)> exists, QWidget* parent = nullptr);

    PasswordFields* passwords() const { return m_passwords; }
    QLineEdit* nameField() const { return m_name; }
    QPushButton* createButton() const { return m_create; }
    /// Shows or hides "Back" (there is nothing to go back to at first start).
    void setBackVisible(bool visible);
    void showError(const QString& message);
    /// What is wrong with the name (empty when it is fine).
    QString nameProblem() const;

Q_SIGNALS:
    void createRequested(const QString& name, const QString& password, bool remember);
    void importRequested();
    void backRequested();

private:
    void validate();

    std::function<bool(const QString&)> m_exists;
    QLineEdit* m_name;
    QLabel* m_nameProblem;
    PasswordFields* m_passwords;
    QLabel* m_error;
    QPushButton* m_create;
    QPushButton* m_back;
};

} // namespace warren
