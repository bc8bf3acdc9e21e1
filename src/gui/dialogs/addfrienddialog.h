// Add a friend: paste a Tox ID or a tox: link and a message. The ID is
// checked as you type (ToxAddress::parse) and what is wrong is said right
// below it. Emits requested(); the caller sends it and reports back with
// showResult(), which closes the dialog on success.
#pragma once

#include "core/toxtypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace warren {

class AddFriendDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddFriendDialog(QWidget* parent = nullptr);

    /// Fills the ID field (from a tox: link handed to the app).
    void setId(const QString& text);
    /// The address in the field, or a null one when it is not valid.
    ToxAddress address() const { return m_address; }
    /// What the dialog says below the ID (why it is not valid, the result).
    const QString& statusText() const { return m_statusText; }
    /// The request was sent (@p ok) or refused with @p error.
    void showResult(const ToxAddress& to, bool ok, const QString& error);

    QLineEdit* idField() const { return m_id; }
    QPlainTextEdit* messageField() const { return m_message; }
    QPushButton* sendButton() const { return m_send; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void requested(const warren::ToxAddress& address, const QString& message);

private:
    void validate();
    void submit();
    void showStatus(const QString& text, bool isError);

    QLineEdit* m_id;
    QLabel* m_status;
    QPlainTextEdit* m_message;
    QPushButton* m_send;
    ToxAddress m_address;
    ToxAddress m_pending;
    QString m_statusText;
};

} // namespace warren
