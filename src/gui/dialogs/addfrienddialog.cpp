#include "gui/dialogs/addfrienddialog.h"

#include "gui/icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace warren {

AddFriendDialog::AddFriendDialog(QWidget* parent)
    : QDialog(parent)
    , m_id(new QLineEdit)
    , m_status(new QLabel)
    , m_message(new QPlainTextEdit)
    , m_send(new QPushButton(tr("&Send request")))
{
    setObjectName(QStringLiteral("addFriendDialog"));
    setWindowTitle(tr("Add a friend"));
    setWindowIcon(icons::icon(u"add-friend"));
    m_id->setObjectName(QStringLiteral("friendIdField"));
    m_id->setPlaceholderText(tr("76 hexadecimal characters, or a tox: link"));
    m_id->setAccessibleName(tr("Tox ID of your friend"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_id->setFont(mono);
    m_id->setMinimumWidth(m_id->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 86);
    m_status->setObjectName(QStringLiteral("friendIdProblem"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setAccessibleName(tr("Tox ID check"));
    m_message->setObjectName(QStringLiteral("requestMessageField"));
    m_message->setAccessibleName(tr("Message with the request"));
    m_message->setPlainText(tr("Hi! Please add me to your friends on Tox."));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(m_message->fontMetrics().lineSpacing() * 5);
    m_send->setObjectName(QStringLiteral("sendRequestButton"));
    m_send->setDefault(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &AddFriendDialog::submit);
    connect(m_id, &QLineEdit::textChanged, this, &AddFriendDialog::validate);

    auto* intro = new QLabel(tr("Paste your friend's Tox ID (they find it under “My Tox ID”) or a tox: link."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Tox &ID:"), m_id);
    form->addRow(QString(), m_status);
    form->addRow(tr("&Message:"), m_message);
    form->addRow(buttons);
    validate();
}

void AddFriendDialog::setId(const QString& text)
{
    m_id->setText(text.trimmed());
    m_id->setCursorPosition(0);
    m_message->setFocus();
}

void AddFriendDialog::validate()
{
    ToxAddress::ParseError error = ToxAddress::ParseError::None;
    m_address = ToxAddress::parse(m_id->text(), &error);
    m_pending = {};
    // An empty field is not an error yet: just the hint, without the mark.
    showStatus(m_address.isNull() ? ToxAddress::describe(error) : tr("This is a valid Tox ID."),
        m_address.isNull() && error != ToxAddress::ParseError::Empty);
    m_send->setEnabled(!m_address.isNull());
}

void AddFriendDialog::submit()
{
    if (m_address.isNull())
        return;
    m_pending = m_address;
    m_send->setEnabled(false);
    showStatus(tr("Sending the request…"), false);
    Q_EMIT requested(m_address, m_message->toPlainText().trimmed());
}

void AddFriendDialog::showResult(const ToxAddress& to, bool ok, const QString& error)
{
    if (to != m_pending)
        return;
    m_pending = {};
    if (ok) {
        accept();
        return;
    }
    showStatus(error, true);
    m_send->setEnabled(true);
}

void AddFriendDialog::showStatus(const QString& text, bool isError)
{
    m_statusText = text;
    // Rich text only for the mark; the sentence itself is escaped.
    m_status->setText(isError ? QStringLiteral("<img src=\":/icons/msg-failed.svg\" width=\"14\" height=\"14\"> %1")
                                    .arg(text.toHtmlEscaped())
                              : text.toHtmlEscaped());
    m_status->setForegroundRole(isError ? QPalette::WindowText : QPalette::PlaceholderText);
    m_status->setAccessibleDescription(text);
}

} // namespace warren
