// Binds FileTransfers (the core's file-transfer handle) to the GUI: feeds
// the TransferModel from its signals, puts a card per transfer into the
// friend's chat timeline, turns the paperclip, drops on a chat or a contact
// and pasted files or pictures into sendFiles(), and carries out what the
// cards ask for (accept, accept to a folder, decline, pause, resume,
// cancel, retry, open). Created by MainWindow::setFileTransfers; the
// FileTransfers handle must outlive it.
#pragma once

#include "core/files/filetypes.h"
#include "gui/files/transfercard.h"

#include <QHash>
#include <QObject>

#include <functional>

class QImage;
class QWidget;

namespace warren {

class CardInstaller;
class ChatBinder;
class ChatPage;
class ChatService;
class ContactListView;
class FileTransfers;
class TransferModel;

class FileBinder : public QObject {
    Q_OBJECT
public:
    /// Asks for a folder (Save to…); empty: the user cancelled.
    using FolderChooser = std::function<QString(QWidget* parent, const QString& fileName)>;
    /// Asks for files to send (the paperclip); empty: cancelled.
    using FilesChooser = std::function<QStringList(QWidget* parent, const QString& friendName)>;

    /// Pasted pictures are saved as PNG in @p pasteFolder before they are sent.
    FileBinder(FileTransfers& files, ChatService& chat, ChatBinder& chats, ContactListView* contacts,
        const QString& pasteFolder, QWidget* window);

    TransferModel* model() const { return m_model; }
    /// The cards in @p key's chat (null until its page exists).
    CardInstaller* chatCards(const PublicKey& key) const;
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    void setFilesChooser(FilesChooser chooser) { m_chooseFiles = std::move(chooser); }

    void send(const PublicKey& to, const QStringList& paths);
    /// Saves @p image as PNG and sends it; false (and a message) if it cannot be saved.
    bool sendImage(const PublicKey& to, const QImage& image);
    /// Does what a card asked for.
    void act(warren::TransferCard::Action action, const warren::PublicKey& peer, const QString& id);
    /// Asks whether files from @p key are saved without asking, and where.
    void editAutoAccept(const warren::PublicKey& key);
    /// The friend's auto-accept rule (empty folder: none).
    AutoAcceptRule autoAcceptRule(const PublicKey& key) const;

private:
    void attach(ChatPage* page);
    void track(const FileTransferInfo& info);
    void warn(const QString& message);

    FileTransfers& m_files;
    ChatService& m_chat;
    ChatBinder& m_chats;
    QWidget* m_window;
    QString m_pasteFolder;
    TransferModel* m_model;
    QHash<PublicKey, CardInstaller*> m_cards;
    QList<AutoAcceptRule> m_rules;
    FolderChooser m_chooseFolder;
    FilesChooser m_chooseFiles;
};

} // namespace warren
