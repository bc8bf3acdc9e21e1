#include "gui/mainwindow.h"

#include "core/chat/chatservice.h"
#include "core/engine.h"
#include "gui/avatars/avatarbinder.h"
#include "gui/chat/chatarea.h"
#include "gui/chat/chatbinder.h"
#include "gui/contacts/contactactions.h"
#include "gui/contacts/contactlistview.h"
#include "gui/contacts/contactmodel.h"
#include "gui/contacts/contactsbinder.h"
#include "gui/contacts/contactspane.h"
#include "gui/contacts/requestmodel.h"
#include "gui/dialogs/addfrienddialog.h"
#include "gui/dialogs/myiddialog.h"
#include "gui/dialogs/requestinbox.h"
#include "gui/files/cardinstaller.h"
#include "gui/files/filebinder.h"
#include "gui/files/transfersview.h"
#include "gui/icons.h"
#include "gui/profile/selfheader.h"
#include "gui/search/historysearchdialog.h"
#include "gui/tunnels/tunnelspanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace warren {

namespace {
/// Shows @p dialog non-modally and brings it to the front.
template <class D>
D* bringUp(D* dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}
} // namespace

MainWindow::MainWindow(Engine& engine, ChatService& chat, QWidget* parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_chat(chat)
    , m_contacts(new ContactModel(this))
    , m_requests(new RequestModel(this))
    , m_self(new SelfHeader(engine))
    , m_pane(new ContactsPane(m_contacts))
    , m_area(new ChatArea)
    , m_chats(new ChatBinder(chat, *m_area, this))
    , m_contactActions(new ContactActions(chat, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Warren"));
    setWindowIcon(icons::app());
    new ContactsBinder(chat, *m_contacts, *m_requests, this);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_pane);
    splitter->addWidget(m_area);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 560});
    splitter->setChildrenCollapsible(false);
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_self);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    ContactListView* list = m_pane->list();
    connect(list, &ContactListView::openRequested, this, &MainWindow::openChat);
    connect(list, &ContactListView::openInWindowRequested, m_chats, &ChatBinder::openInWindow);
    connect(list, &ContactListView::removeRequested, this, &MainWindow::confirmRemove);
    connect(list, &ContactListView::actionRequested, m_contactActions, &ContactActions::run);
    connect(list, &ContactListView::copyKeyRequested, this,
        [](const PublicKey& k) { QApplication::clipboard()->setText(k.toHex()); });
    connect(m_area, &ChatArea::currentChatChanged, list, &ContactListView::selectKey);
    connect(m_pane, &ContactsPane::addFriendRequested, this, [this] { showAddFriend(); });
    connect(m_pane, &ContactsPane::inboxRequested, this, &MainWindow::showInbox);
    connect(m_self, &SelfHeader::myIdRequested, this, &MainWindow::showMyId);
    connect(&engine, &Engine::selfChanged, m_chats, [this](const SelfInfo& s) { m_chats->setSelfName(s.name); });
    const auto countRequests = [this] { m_pane->setPendingRequests(m_requests->rowCount()); };
    connect(m_requests, &QAbstractItemModel::rowsInserted, this, countRequests);
    connect(m_requests, &QAbstractItemModel::rowsRemoved, this, countRequests);
    connect(m_requests, &QAbstractItemModel::modelReset, this, countRequests);
    countRequests();
    buildMenus();
    resize(880, 620);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* menu = menuBar()->addMenu(tr("&Warren"));
    menu->addAction(icons::icon(u"add-friend"), tr("&Add friend…"), QKeySequence(tr("Ctrl+N")), this,
            [this] { showAddFriend(); })
        ->setObjectName(QStringLiteral("actionAddFriend"));
    menu->addAction(icons::icon(u"requests"), tr("Friend &requests…"), this, &MainWindow::showInbox)
        ->setObjectName(QStringLiteral("actionInbox"));
    menu->addAction(icons::icon(u"qrcode"), tr("My Tox &ID…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::showMyId)
        ->setObjectName(QStringLiteral("actionMyId"));
    menu->addSeparator();
    menu->addAction(icons::icon(u"settings"), tr("Change &password…"), this, &MainWindow::changePasswordRequested)
        ->setObjectName(QStringLiteral("actionChangePassword"));
    menu->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::settingsRequested)
        ->setObjectName(QStringLiteral("actionSettings"));
    menu->addSeparator();
    menu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit)
        ->setObjectName(QStringLiteral("actionQuit"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(tr("&Search contacts"), QKeySequence::Find, m_pane, &ContactsPane::focusSearch);
    view->addAction(icons::icon(u"search"), tr("Search &messages…"), QKeySequence(tr("Ctrl+Shift+F")), this,
            &MainWindow::showSearch)
        ->setObjectName(QStringLiteral("actionSearchMessages"));
    view->addAction(
        tr("&Next chat"), QKeySequence(Qt::CTRL | Qt::Key_Tab), this, [this] { m_pane->list()->selectRelative(1); });
    view->addAction(tr("&Previous chat"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), this,
        [this] { m_pane->list()->selectRelative(-1); });
    view->addAction(icons::icon(u"pop-out"), tr("Open chat in new &window"), this, [this] {
        if (ChatPage* p = m_area->current(); p != nullptr)
            m_area->detach(p);
    });
}

AddFriendDialog* MainWindow::showAddFriend(const QString& id)
{
    if (!m_addFriend) {
        m_addFriend = new AddFriendDialog(this);
        m_addFriend->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_addFriend, &AddFriendDialog::requested, &m_chat, &ChatService::addFriend);
        connect(&m_chat, &ChatService::friendRequestResult, m_addFriend, &AddFriendDialog::showResult);
    }
    if (!id.isEmpty())
        m_addFriend->setId(id);
    return bringUp(m_addFriend.data());
}

MyIdDialog* MainWindow::showMyId()
{
    if (!m_myId) {
        m_myId = new MyIdDialog(this);
        m_myId->setAttribute(Qt::WA_DeleteOnClose);
        m_myId->setAddress(m_self->self().address);
        connect(&m_engine, &Engine::selfChanged, m_myId,
            [d = m_myId.data()](const SelfInfo& s) { d->setAddress(s.address); });
        connect(m_myId, &MyIdDialog::nospamRequested, &m_engine, &Engine::setNospam);
    }
    return bringUp(m_myId.data());
}

RequestInbox* MainWindow::showInbox()
{
    if (!m_inbox) {
        m_inbox = new RequestInbox(m_requests, this);
        m_inbox->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_inbox, &RequestInbox::acceptRequested, &m_chat, &ChatService::acceptRequest);
        connect(m_inbox, &RequestInbox::declineRequested, &m_chat, &ChatService::declineRequest);
    }
    return bringUp(m_inbox.data());
}

HistorySearchDialog* MainWindow::showSearch()
{
    HistorySearchDialog* dialog = m_search.data();
    if (dialog == nullptr) {
        dialog = new HistorySearchDialog(m_chat, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &HistorySearchDialog::openRequested, this, [this](const PublicKey& key) { openChat(key); });
        m_search = dialog;
    }
    bringUp(dialog);
    dialog->field()->setFocus();
    return dialog;
}

void MainWindow::openChat(const PublicKey& key)
{
    m_chats->open(key);
}

void MainWindow::setTunnelsPanel(TunnelsPanel* panel)
{
    if (m_tunnels)
        return;
    m_tunnels = panel;
    m_tunnelsDock = new QDockWidget(tr("Tunnels"), this);
    m_tunnelsDock->setObjectName(QStringLiteral("tunnelsDock"));
    m_tunnelsDock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, m_tunnelsDock);
    m_tunnelsDock->hide();
    QAction* toggle = m_tunnelsDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionTunnels"));
    toggle->setText(tr("&Tunnels"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+T")));
    if (QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addAction(toggle);
    }
    const auto showPanel = [this] {
        m_tunnelsDock->show();
        m_tunnelsDock->raise();
    };
    ContactListView* list = m_pane->list();
    list->setTunnelActionsShown(true);
    connect(list, &ContactListView::openTunnelRequested, this, [this, showPanel](const PublicKey& k) {
        showPanel();
        m_tunnels->openTunnelTo(k);
    });
    connect(list, &ContactListView::sharePortRequested, this, [this, showPanel](const PublicKey& k) {
        showPanel();
        m_tunnels->sharePortWith(k);
    });
    connect(list, &ContactListView::offerPortRequested, this, [this, showPanel](const PublicKey& k) {
        showPanel();
        m_tunnels->offerPortTo(k);
    });
}

void MainWindow::setFileTransfers(FileTransfers& files, const QString& pasteFolder)
{
    if (m_files)
        return;
    m_files = new FileBinder(files, m_chat, *m_chats, m_pane->list(), pasteFolder, this);
    m_pane->list()->setFileActionsShown(true);
    connect(m_pane->list(), &ContactListView::autoAcceptRequested, m_files, &FileBinder::editAutoAccept);
    if (QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addAction(icons::icon(u"paperclip"), tr("T&ransfers…"), QKeySequence(tr("Ctrl+J")), this,
                &MainWindow::showTransfers)
            ->setObjectName(QStringLiteral("actionTransfers"));
    }
}

void MainWindow::setAvatars(Avatars& avatars)
{
    if (!m_avatars)
        m_avatars = new AvatarBinder(avatars, m_contacts, *m_chats, m_self, this);
}

TransfersView* MainWindow::showTransfers()
{
    if (!m_files)
        return nullptr;
    TransfersView* view = m_transfers.data();
    if (view == nullptr) {
        view = new TransfersView(m_files->model(), this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        connect(view->cards(), &CardInstaller::actionRequested, m_files, &FileBinder::act);
        m_transfers = view;
    }
    return bringUp(view);
}

bool MainWindow::isChatInFocus(const PublicKey& key) const
{
    return m_chats->isInFocus(key);
}

void MainWindow::confirmRemove(const PublicKey& key)
{
    const QString name = m_chat.contact(key).displayName();
    const auto answer = QMessageBox::question(this, tr("Remove friend"),
        tr("Remove %1 from your friends? The chat history stays on this computer.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_chat.removeFriend(key);
}

} // namespace warren
