#include "gui/files/filebinder.h"

#include "core/chat/chatservice.h"
#include "core/files/filetransfers.h"
#include "gui/chat/chatbinder.h"
#include "gui/chat/chatpage.h"
#include "gui/chat/chatview.h"
#include "gui/chat/composer.h"
#include "gui/chat/messagemodel.h"
#include "gui/contacts/contactlistview.h"
#include "gui/contacts/contactmodel.h"
#include "gui/files/autoacceptdialog.h"
#include "gui/files/cardinstaller.h"
#include "gui/files/filedrop.h"
#include "gui/files/transfermodel.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>

namespace warren {

namespace {
/// Where the transfer's card goes in the chat: by when it was offered.
QDateTime createdAt(const FileTransferInfo& t)
{
    return t.createdMs > 0 ? QDateTime::fromMSecsSinceEpoch(t.createdMs, Qt::UTC) : QDateTime();
}
} // namespace

FileBinder::FileBinder(FileTransfers& files, ChatService& chat, ChatBinder& chats, ContactListView* contacts,
    const QString& pasteFolder, QWidget* window)
    : QObject(window)
    , m_files(files)
    , m_chat(chat)
    , m_chats(chats)
    , m_window(window)
    , m_pasteFolder(pasteFolder)
    , m_model(new TransferModel(this))
{
    m_chooseFolder = [](QWidget* parent, const QString& name) {
        return QFileDialog::getExistingDirectory(
            parent, tr("Save %1 to").arg(name), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    };
    m_chooseFiles = [](QWidget* parent, const QString& friendName) {
        return QFileDialog::getOpenFileNames(parent, tr("Send files to %1").arg(friendName));
    };

    connect(&files, &FileTransfers::ready, this,
        [this](const QList<FileTransferInfo>& all, const QList<AutoAcceptRule>& rules) {
            m_rules = rules;
            for (const FileTransferInfo& t : all)
                track(t);
        });
    connect(&files, &FileTransfers::autoAcceptChanged, this, [this](const QList<AutoAcceptRule>& r) { m_rules = r; });
    connect(&files, &FileTransfers::added, this, &FileBinder::track);
    connect(&files, &FileTransfers::offered, this, &FileBinder::track);
    connect(&files, &FileTransfers::stateChanged, this, &FileBinder::track);
    connect(&files, &FileTransfers::finished, this, &FileBinder::track);
    connect(&files, &FileTransfers::progress, m_model, &TransferModel::setProgress);
    connect(&files, &FileTransfers::problem, this, &FileBinder::warn);
    connect(&chat, &ChatService::contactChanged, this,
        [this](const Contact& c) { m_model->setPeerName(c.key, c.displayName()); });
    // A new transfer shows in its friend's chat, if that chat is open.
    connect(m_model, &TransferModel::transferAdded, this, [this](const FileTransferInfo& t) {
        if (ChatPage* p = m_chats.existingPage(t.peer))
            p->messages()->appendTransfer(t.id, t.name, t.direction == TransferDirection::Outgoing, createdAt(t));
    });
    connect(&chats, &ChatBinder::pageCreated, this, &FileBinder::attach);

    if (contacts) {
        auto* drops = new FileDropFilter(
            [contacts](QWidget*, const QPoint& pos) {
                const QModelIndex i = contacts->indexAt(pos);
                return i.isValid() ? ContactModel::keyOf(i) : PublicKey{};
            },
            this);
        drops->watch(contacts->viewport());
        connect(drops, &FileDropFilter::filesDropped, this, &FileBinder::send);
    }
}

CardInstaller* FileBinder::chatCards(const PublicKey& key) const
{
    return m_cards.value(key);
}

AutoAcceptRule FileBinder::autoAcceptRule(const PublicKey& key) const
{
    for (const AutoAcceptRule& r : m_rules)
        if (r.peer == key)
            return r;
    return {key, {}, 0};
}

void FileBinder::editAutoAccept(const PublicKey& key)
{
    const AutoAcceptRule current = autoAcceptRule(key);
    AutoAcceptDialog dialog(m_chat.contact(key).displayName(), current.folder, current.maxSize,
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_files.setAutoAccept(key, dialog.folder(), dialog.maxSize());
}

void FileBinder::track(const FileTransferInfo& info)
{
    if (info.kind != 0)
        return; // avatars and other kinds are not the user's files
    if (m_model->rowOf(info.peer, info.id) < 0)
        m_model->setPeerName(info.peer, m_chat.contact(info.peer).displayName());
    m_model->update(info);
}

void FileBinder::attach(ChatPage* page)
{
    const PublicKey key = page->key();
    auto* cards = new CardInstaller(
        page->view(), m_model,
        [key](const QModelIndex& i) -> std::optional<CardInstaller::Ref> {
            const QString id = i.data(MessageModel::TransferRole).toString();
            if (id.isEmpty())
                return std::nullopt;
            return CardInstaller::Ref{key, id};
        },
        false, page);
    m_cards.insert(key, cards);
    connect(cards, &QObject::destroyed, this, [this, key] { m_cards.remove(key); });
    connect(cards, &CardInstaller::actionRequested, this, &FileBinder::act);
    for (const FileTransferInfo& t : m_model->transfersWith(key))
        page->messages()->appendTransfer(t.id, t.name, t.direction == TransferDirection::Outgoing, createdAt(t));

    page->attachButton()->show();
    connect(page->attachButton(), &QToolButton::clicked, this, [this, page] {
        const QStringList paths = m_chooseFiles(page, page->title());
        if (!paths.isEmpty())
            send(page->key(), paths);
    });
    page->composer()->setAttachmentsEnabled(true);
    connect(page->composer(), &Composer::filesPasted, this, [this, key](const QStringList& p) { send(key, p); });
    connect(page->composer(), &Composer::imagePasted, this, [this, key](const QImage& i) { sendImage(key, i); });
    auto* drops = new FileDropFilter([key](QWidget*, const QPoint&) { return key; }, page);
    drops->watch(page);
    connect(drops, &FileDropFilter::filesDropped, this, &FileBinder::send);
}

void FileBinder::send(const PublicKey& to, const QStringList& paths)
{
    if (paths.isEmpty() || to.isNull())
        return;
    if (ChatPage* p = m_chats.existingPage(to))
        p->view()->scrollToNewest();
    m_files.sendFiles(to, paths);
}

bool FileBinder::sendImage(const PublicKey& to, const QImage& image)
{
    QString error;
    const QString path = savePastedImage(image, m_pasteFolder, &error);
    if (path.isEmpty()) {
        warn(error);
        return false;
    }
    send(to, {path});
    return true;
}

void FileBinder::act(TransferCard::Action action, const PublicKey& peer, const QString& id)
{
    const int row = m_model->rowOf(peer, id);
    if (row < 0)
        return;
    const FileTransferInfo t = m_model->at(row);
    const bool in = t.direction == TransferDirection::Incoming;
    switch (action) {
    case TransferCard::Action::Accept:
        m_files.accept(peer, id);
        break;
    case TransferCard::Action::AcceptTo:
        if (const QString folder = m_chooseFolder(m_window, t.name); !folder.isEmpty())
            m_files.accept(peer, id, folder);
        break;
    case TransferCard::Action::Reject:
        m_files.reject(peer, id);
        break;
    case TransferCard::Action::Pause:
        m_files.pause(peer, id);
        break;
    case TransferCard::Action::Resume:
        m_files.resume(peer, id);
        break;
    case TransferCard::Action::Cancel:
        m_files.cancel(peer, id);
        break;
    case TransferCard::Action::Retry:
        m_files.retry(peer, id);
        break;
    case TransferCard::Action::Open:
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(t.path)))
            warn(tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(t.path)));
        break;
    case TransferCard::Action::OpenFolder: {
        const QString folder = in && !t.folder.isEmpty() ? t.folder : QFileInfo(t.path).absolutePath();
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            warn(tr("The folder %1 cannot be opened.").arg(QDir::toNativeSeparators(folder)));
        break;
    }
    }
}

void FileBinder::warn(const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("File transfers"), message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace warren
