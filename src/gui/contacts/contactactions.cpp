#include "gui/contacts/contactactions.h"

#include "core/chat/chatservice.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace warren {

namespace {
/// A file name for @p name's chat: no path separators or control characters.
QString exportFileName(const QString& name)
{
    QString safe;
    for (const QChar c : name)
        safe += (c.isPrint() && c != u'/' && c != u'\\' && c != u':') ? c : u'_';
    return ContactActions::tr("Chat with %1.txt").arg(safe.trimmed().isEmpty() ? QStringLiteral("friend") : safe);
}
} // namespace

ContactActions::ContactActions(ChatService& chat, QWidget* parent)
    : QObject(parent)
    , m_chat(chat)
{
}

QWidget* ContactActions::window() const
{
    return qobject_cast<QWidget*>(parent());
}

void ContactActions::run(ContactAction action, const PublicKey& key)
{
    switch (action) {
    case ContactAction::Rename:
        rename(key);
        break;
    case ContactAction::Block:
        block(key);
        break;
    case ContactAction::Unblock:
        m_chat.setBlocked(key, false);
        break;
    case ContactAction::ExportChat:
        exportChat(key);
        break;
    case ContactAction::DeleteHistory:
        deleteHistory(key);
        break;
    }
}

void ContactActions::rename(const PublicKey& key)
{
    const Contact c = m_chat.contact(key);
    QInputDialog dialog(window());
    dialog.setObjectName(QStringLiteral("renameDialog"));
    dialog.setWindowTitle(tr("Rename contact"));
    dialog.setLabelText(tr("The name this computer shows for %1 (leave empty to show the name they chose):")
                            .arg(c.name.isEmpty() ? key.shortId() : c.name));
    dialog.setTextValue(c.alias);
    if (dialog.exec() == QDialog::Accepted)
        m_chat.setAlias(key, dialog.textValue().trimmed());
}

void ContactActions::block(const PublicKey& key)
{
    const QString name = m_chat.contact(key).displayName();
    const auto answer = QMessageBox::question(window(), tr("Block contact"),
        tr("Block %1? Their messages and friend requests will be ignored, and they will see you offline. "
           "The chat history stays; you can unblock them later.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_chat.setBlocked(key, true);
}

void ContactActions::exportChat(const PublicKey& key)
{
    const Contact c = m_chat.contact(key);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QFileDialog dialog(window(), tr("Export chat"), QDir(folder).filePath(exportFileName(c.displayName())),
        tr("Text files (*.txt);;All files (*)"));
    dialog.setObjectName(QStringLiteral("exportChatDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (!m_chat.exportChat(key, path, &error))
        QMessageBox::warning(window(), tr("Export chat"), tr("The chat could not be exported: %1").arg(error));
}

void ContactActions::deleteHistory(const PublicKey& key)
{
    const QString name = m_chat.contact(key).displayName();
    const auto answer = QMessageBox::question(window(), tr("Delete chat history"),
        tr("Delete every message of your chat with %1 from this computer? This cannot be undone.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_chat.deleteHistory(key, &error))
        QMessageBox::warning(
            window(), tr("Delete chat history"), tr("The history could not be deleted: %1").arg(error));
}

} // namespace warren
