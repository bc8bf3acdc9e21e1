// File transfers through the whole GUI over two real engines on loopback,
// each with its ChatService, FileTransfers and MainWindow: two files dropped
// onto Alice's chat (a synthetic drop of two file URLs) start two transfers;
// Bob accepts each with the Accept button of its card in his chat, both
// arrive with the same SHA-256 and both sides' cards say so. A picture
// pasted into Alice's composer is saved as PNG and sent; Bob saves it to a
// folder of his choice (Save to…) and his card shows a preview. A file
// sent with the paperclip and declined shows why on Alice's card, with
// Retry. A large file paused with Bob's Pause button shows as paused by him
// on Alice's card; she cancels it and Bob's card says so. A file dropped
// onto Bob in Alice's contact list is offered to him. The Transfers window
// lists them all. Bob sets "Receive files automatically" for Alice from his
// contact menu: a small file lands in the chosen folder without a click, a
// file above the size limit still waits, and both raise a notification.
// Alice sets a large JPEG as her avatar: it is cut square and made to fit
// 64 KiB, shows at the top of her window, and in Bob's contact list and
// chat header (checked by the painted pixels); removing it brings back the
// initials. With WARREN_TEST_SCREENSHOTS set to a folder, both
// windows are saved there as PNG on the way.
#include "memorysavesink.h"
#include "tcptestutil.h"
#include "toxtestnet.h"

#include "core/avatars/avatars.h"
#include "core/chat/chatservice.h"
#include "core/files/filetransfers.h"
#include "core/history/historystore.h"
#include "gui/avatars/avatarbinder.h"
#include "gui/chat/chatbinder.h"
#include "gui/chat/chatheader.h"
#include "gui/chat/chatpage.h"
#include "gui/chat/chatview.h"
#include "gui/chat/composer.h"
#include "gui/chat/messagemodel.h"
#include "gui/contacts/contactlistview.h"
#include "gui/contacts/contactmodel.h"
#include "gui/contacts/contactspane.h"
#include "gui/desktop/notifier.h"
#include "gui/files/autoacceptdialog.h"
#include "gui/files/cardinstaller.h"
#include "gui/files/filebinder.h"
#include "gui/files/transfercard.h"
#include "gui/files/transfermodel.h"
#include "gui/files/transfersview.h"
#include "gui/mainwindow.h"
#include "gui/profile/avatarlabel.h"
#include "gui/profile/selfheader.h"
#include "guitestsupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QDropEvent>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace warren;
using namespace warren::test;
using Action = TransferCard::Action;

namespace {
constexpr int connectMs = 120000;
constexpr int transferMs = 120000;

QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

/// One person: engine, history, ChatService, FileTransfers and main window.
class Peer {
public:
    Peer(const QString& label, const QTemporaryDir& dir)
        : node(label)
        , m_dir(dir.filePath(label))
    {
        QDir().mkpath(m_dir);
    }
    ~Peer()
    {
        window.reset();
        chat.reset();
        node.stop(); // the services go with the core thread; then the handles
        files.reset();
        avatars.reset();
    }

    bool start()
    {
        if (!node.start(loopbackConfig(sink->data(), sink)))
            return false;
        HistoryError e;
        auto store = HistoryStore::open(m_dir + QStringLiteral("/history.db"), {}, &e);
        if (!store)
            return false;
        chat = std::make_unique<ChatService>(node.engine(), std::move(store));
        FileTransferConfig config;
        config.storePath = m_dir + QStringLiteral("/transfers.json");
        config.downloadFolder = downloads();
        files = std::make_unique<FileTransfers>(node.engine(), config);
        avatars = std::make_unique<Avatars>(node.engine(), m_dir + QStringLiteral("/avatars"));
        QSignalSpy ready(files.get(), &FileTransfers::ready);
        window = std::make_unique<MainWindow>(node.engine(), *chat);
        window->setFileTransfers(*files, m_dir + QStringLiteral("/pasted"));
        window->setAvatars(*avatars);
        window->setWindowTitle(node.label());
        window->resize(900, 700);
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) && (!ready.isEmpty() || ready.wait(10000));
    }

    QString downloads() const { return m_dir + QStringLiteral("/downloads"); }
    QString path(const QString& name) const { return m_dir + QLatin1Char('/') + name; }
    PublicKey key() const { return node.key(); }
    ChatPage* openChat(const PublicKey& k)
    {
        window->openChat(k);
        return window->chats()->existingPage(k);
    }
    TransferModel* transfers() const { return window->files()->model(); }
    /// The card for @p id in the chat with @p k, once it is there.
    TransferCard* card(const PublicKey& k, const QString& id) const
    {
        CardInstaller* cards = window->files()->chatCards(k);
        return cards ? cards->card(k, id) : nullptr;
    }
    FileTransferInfo info(const PublicKey& k, const QString& id) const
    {
        const int row = transfers()->rowOf(k, id);
        return row < 0 ? FileTransferInfo{} : transfers()->at(row);
    }

    TestNode node;
    std::shared_ptr<MemorySaveSink> sink = std::make_shared<MemorySaveSink>();
    std::unique_ptr<ChatService> chat;
    std::unique_ptr<FileTransfers> files;
    std::unique_ptr<Avatars> avatars;
    std::unique_ptr<MainWindow> window;

private:
    QString m_dir;
};
} // namespace

class TestFileTwoEngines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dropTwoFilesAcceptOnCards();
    void pastedPictureIsSentAsPng();
    void declinedOfferShowsWhyAndCanBeRetried();
    void pauseByCardThenCancelledByTheFriend();
    void dropOntoAContact();
    void transfersWindowListsThemAll();
    void autoAcceptFromTheContactMenu();
    void avatarsShowEverywhere();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Peer> m_a, m_b;
};

void TestFileTwoEngines::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_a = std::make_unique<Peer>(QStringLiteral("alice"), m_dir);
    m_b = std::make_unique<Peer>(QStringLiteral("bob"), m_dir);
    QVERIFY(m_a->start());
    QVERIFY(m_b->start());
    m_a->node.engine().setName(QStringLiteral("Alice"));
    m_b->node.engine().setName(QStringLiteral("Bob"));
    QVERIFY(befriend(m_a->node, m_b->node, QStringLiteral("hello"), connectMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_a->chat->isContact(m_b->key()) && m_b->chat->isContact(m_a->key()), connectMs);
}

void TestFileTwoEngines::dropTwoFilesAcceptOnCards()
{
    Peer& a = *m_a;
    Peer& b = *m_b;
    const QString one = a.path(QStringLiteral("carrots.bin"));
    const QString two = a.path(QStringLiteral("lettuce notes.txt"));
    {
        QFile f1(one), f2(two);
        QVERIFY(f1.open(QIODevice::WriteOnly) && f2.open(QIODevice::WriteOnly));
        f1.write(patternBytes(1, 0, 3 * 1024 * 1024 + 17));
        f2.write(patternBytes(2, 0, 40000));
    }
    ChatPage* aPage = a.openChat(b.key());
    ChatPage* bPage = b.openChat(a.key());
    QVERIFY(aPage && bPage);
    QVERIFY(aPage->attachButton()->isVisible());
    aPage->composer()->setPlainText(QStringLiteral("Here are the carrots and my notes."));
    aPage->composer()->submit();
    QTRY_VERIFY_WITH_TIMEOUT(bPage->messages()->rowCount() == 1, transferMs);

    // The drag of two files from a file manager: entered, then dropped.
    QSignalSpy added(a.files.get(), &FileTransfers::added);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(one), QUrl::fromLocalFile(two)});
    const QPoint at = aPage->view()->geometry().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(aPage, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(aPage, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2, 10000);
    QStringList ids;
    for (const QList<QVariant>& args : std::as_const(added))
        ids << args[0].value<FileTransferInfo>().id;
    QCOMPARE(added[0][0].value<FileTransferInfo>().name, QStringLiteral("carrots.bin"));
    QCOMPARE(added[1][0].value<FileTransferInfo>().name, QStringLiteral("lettuce notes.txt"));

    // Two cards in Alice's chat, in order, at the end of the timeline.
    MessageModel* aMessages = aPage->messages();
    QCOMPARE(aMessages->rowOfTransfer(ids[0]), aMessages->rowCount() - 2);
    QCOMPARE(aMessages->rowOfTransfer(ids[1]), aMessages->rowCount() - 1);
    QVERIFY(a.card(b.key(), ids[0]) && a.card(b.key(), ids[1]));

    // Bob's cards offer the files; he accepts each with its button.
    for (const QString& id : std::as_const(ids)) {
        QTRY_VERIFY_WITH_TIMEOUT(b.card(a.key(), id) != nullptr, transferMs);
        TransferCard* card = b.card(a.key(), id);
        QTRY_COMPARE(card->info().state, TransferState::Offered);
        QPushButton* accept = card->button(Action::Accept);
        QTRY_VERIFY(accept->isVisible());
        bPage->view()->scrollTo(bPage->messages()->index(bPage->messages()->rowOfTransfer(id)));
        QTest::mouseClick(accept, Qt::LeftButton);
    }
    for (const QString& id : std::as_const(ids)) {
        QTRY_COMPARE_WITH_TIMEOUT(b.info(a.key(), id).state, TransferState::Finished, transferMs);
        QTRY_COMPARE_WITH_TIMEOUT(a.info(b.key(), id).state, TransferState::Finished, transferMs);
    }
    const FileTransferInfo got1 = b.info(a.key(), ids[0]);
    const FileTransferInfo got2 = b.info(a.key(), ids[1]);
    QCOMPARE(QFileInfo(got1.path).absolutePath(), QFileInfo(b.downloads()).absoluteFilePath());
    QCOMPARE(sha256Of(got1.path), sha256Of(one));
    QCOMPARE(sha256Of(got2.path), sha256Of(two));
    QCOMPARE(QFileInfo(got2.path).fileName(), QStringLiteral("lettuce notes.txt"));

    // Both sides' cards say it is done, and offer to open it.
    for (const QString& id : std::as_const(ids)) {
        QTRY_COMPARE(b.card(a.key(), id)->statusText(), QStringLiteral("Received"));
        QTRY_COMPARE(a.card(b.key(), id)->statusText(), QStringLiteral("Sent"));
        QVERIFY(b.card(a.key(), id)->button(Action::Open)->isVisible());
        QVERIFY(!b.card(a.key(), id)->button(Action::Accept)->isVisible());
        QCOMPARE(b.card(a.key(), id)->progressBar()->isVisible(), false);
    }
}

void TestFileTwoEngines::pastedPictureIsSentAsPng()
{
    Peer& a = *m_a;
    Peer& b = *m_b;
    ChatPage* aPage = a.openChat(b.key());
    ChatPage* bPage = b.openChat(a.key());
    QImage picture(320, 200, QImage::Format_RGB32);
    {
        // A sky, a hill and a burrow, so that the preview shows something.
        QPainter p(&picture);
        QLinearGradient sky(0, 0, 0, 200);
        sky.setColorAt(0, QColor(0x6c, 0xa6, 0xd9));
        sky.setColorAt(1, QColor(0xd8, 0xec, 0xf8));
        p.fillRect(picture.rect(), sky);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x5d, 0x9b, 0x4a));
        p.drawEllipse(QRect(-80, 110, 480, 200));
        p.setBrush(QColor(0x3b, 0x2a, 0x1a));
        p.drawEllipse(QRect(140, 150, 50, 30));
    }
    QApplication::clipboard()->setImage(picture);

    // Ctrl+V in Alice's composer: no text pasted, a PNG offered instead.
    QSignalSpy added(a.files.get(), &FileTransfers::added);
    aPage->composer()->setFocus();
    QTest::keyClick(aPage->composer(), Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
    QVERIFY(aPage->composer()->toPlainText().isEmpty());
    const FileTransferInfo sent = added[0][0].value<FileTransferInfo>();
    QVERIFY2(sent.name.endsWith(QStringLiteral(".png")), qPrintable(sent.name));
    QCOMPARE(QImageReader(sent.path).format(), QByteArray("png"));
    QCOMPARE(QImage(sent.path).size(), picture.size());

    // Bob chooses a folder of his own (Save to…); the card then shows the picture.
    const QString folder = b.path(QStringLiteral("pictures"));
    QVERIFY(QDir().mkpath(folder));
    b.window->files()->setFolderChooser([folder](QWidget*, const QString&) { return folder; });
    QTRY_VERIFY_WITH_TIMEOUT(b.card(a.key(), sent.id) != nullptr, transferMs);
    TransferCard* card = b.card(a.key(), sent.id);
    QTRY_VERIFY(card->button(Action::AcceptTo)->isVisible());
    bPage->view()->scrollToBottom();
    const QModelIndex row = bPage->messages()->index(bPage->messages()->rowOfTransfer(sent.id));
    const int offerHeight = bPage->view()->visualRect(row).height();
    QTest::mouseClick(card->button(Action::AcceptTo), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(b.info(a.key(), sent.id).state, TransferState::Finished, transferMs);
    const FileTransferInfo got = b.info(a.key(), sent.id);
    QCOMPARE(QFileInfo(got.path).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QCOMPARE(sha256Of(got.path), sha256Of(sent.path));
    QTRY_VERIFY(card->hasPreview());
    // The card grew for the preview (240x150) and its row with it.
    QVERIFY(card->hasHeightForWidth());
    QTRY_COMPARE(bPage->view()->visualRect(row).height(), card->heightForWidth(card->width()));
    QVERIFY2(bPage->view()->visualRect(row).height() > offerHeight + 100,
        qPrintable(QStringLiteral("%1 -> %2").arg(offerHeight).arg(bPage->view()->visualRect(row).height())));
}

void TestFileTwoEngines::declinedOfferShowsWhyAndCanBeRetried()
{
    Peer& a = *m_a;
    Peer& b = *m_b;
    ChatPage* aPage = a.openChat(b.key());
    ChatPage* bPage = b.openChat(a.key());
    const QString path = a.path(QStringLiteral("burrow plans.odt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(patternBytes(3, 0, 250000));
    }
    // The paperclip: a file dialog (answered here) and the file is offered.
    a.window->files()->setFilesChooser([path](QWidget*, const QString&) { return QStringList{path}; });
    QSignalSpy added(a.files.get(), &FileTransfers::added);
    QTest::mouseClick(aPage->attachButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
    const QString id = added[0][0].value<FileTransferInfo>().id;
    QTRY_VERIFY_WITH_TIMEOUT(b.card(a.key(), id) != nullptr, transferMs);
    TransferCard* offer = b.card(a.key(), id);
    QTRY_VERIFY(offer->button(Action::Reject)->isVisible());
    bPage->view()->scrollToBottom();
    QTest::mouseClick(offer->button(Action::Reject), Qt::LeftButton);

    // Alice's card says so, with the reason, and offers Retry.
    TransferCard* mine = a.card(b.key(), id);
    QVERIFY(mine);
    QTRY_COMPARE_WITH_TIMEOUT(mine->info().state, TransferState::Cancelled, transferMs);
    QVERIFY(!mine->detailText().isEmpty());
    QVERIFY(mine->button(Action::Retry)->isVisible());
    QVERIFY(!mine->button(Action::Cancel)->isVisible());
    QTRY_COMPARE(offer->info().state, TransferState::Cancelled);
}

void TestFileTwoEngines::pauseByCardThenCancelledByTheFriend()
{
    Peer& a = *m_a;
    Peer& b = *m_b;
    ChatPage* aPage = a.openChat(b.key());
    ChatPage* bPage = b.openChat(a.key());
    // Large (and sparse): it is still moving when Bob pauses it.
    const QString path = a.path(QStringLiteral("warren-disk.img"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(40) << 20));
    }
    QSignalSpy added(a.files.get(), &FileTransfers::added);
    a.window->files()->send(b.key(), {path});
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
    const QString id = added[0][0].value<FileTransferInfo>().id;
    QTRY_VERIFY_WITH_TIMEOUT(b.card(a.key(), id) != nullptr, transferMs);
    TransferCard* theirs = b.card(a.key(), id);
    TransferCard* mine = a.card(b.key(), id);
    QTRY_VERIFY(theirs->button(Action::Accept)->isVisible());
    bPage->view()->scrollToBottom();
    QTest::mouseClick(theirs->button(Action::Accept), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        theirs->info().state == TransferState::Active && theirs->progressBar()->value() >= 150, transferMs);
    QVERIFY(theirs->progressBar()->isVisible());
    QTRY_VERIFY(theirs->button(Action::Pause)->isVisible());
    QTest::mouseClick(theirs->button(Action::Pause), Qt::LeftButton);

    // Paused on both sides: only Bob can resume it.
    QTRY_COMPARE_WITH_TIMEOUT(theirs->info().state, TransferState::Paused, transferMs);
    QTRY_COMPARE_WITH_TIMEOUT(mine->info().state, TransferState::Paused, transferMs);
    QTRY_COMPARE(mine->statusText(), QStringLiteral("Paused by Bob"));
    QCOMPARE(theirs->statusText(), QStringLiteral("Paused by you"));
    QVERIFY(!mine->button(Action::Resume)->isEnabled());
    QVERIFY(theirs->button(Action::Resume)->isEnabled());
    QVERIFY(theirs->detailText().contains(QStringLiteral(" of 41.9 MB")));
    if (const QString dir = qEnvironmentVariable("WARREN_TEST_SCREENSHOTS"); !dir.isEmpty()) {
        bPage->view()->scrollToBottom();
        aPage->view()->scrollToBottom();
        QTest::qWait(300); // let the last layout settle
        QVERIFY(b.window->grab().save(dir + QStringLiteral("/file-transfer.png")));
        QVERIFY(a.window->grab().save(dir + QStringLiteral("/file-transfer-sender.png")));
    }

    // Alice cancels: Bob's card says she did, and offers Retry (what arrived is kept).
    QTest::mouseClick(mine->button(Action::Cancel), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(theirs->info().state, TransferState::Cancelled, transferMs);
    QVERIFY(theirs->detailText().contains(QStringLiteral("friend")));
    QVERIFY(theirs->button(Action::Retry)->isVisible());
    QVERIFY(!theirs->progressBar()->isVisible());
}

void TestFileTwoEngines::dropOntoAContact()
{
    Peer& a = *m_a;
    Peer& b = *m_b;
    const QString path = a.path(QStringLiteral("map.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the warren is under the oak\n");
    }
    ContactListView* list = a.window->contactsPane()->list();
    const QPoint onBob = list->visualRect(list->model()->index(0, 0)).center();
    QCOMPARE(ContactModel::keyOf(list->indexAt(onBob)), b.key());
    QSignalSpy added(a.files.get(), &FileTransfers::added);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(onBob, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(onBob), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
    const FileTransferInfo sent = added[0][0].value<FileTransferInfo>();
    QCOMPARE(sent.peer, b.key());
    QCOMPARE(sent.name, QStringLiteral("map.txt"));
    QTRY_VERIFY_WITH_TIMEOUT(b.info(a.key(), sent.id).state == TransferState::Offered, transferMs);
}

void TestFileTwoEngines::transfersWindowListsThemAll()
{
    Peer& a = *m_a;
    TransfersView* view = a.window->showTransfers();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QCOMPARE(view->list()->model()->rowCount(), 6);
    for (int row = 0; row < 3; ++row) {
        const QModelIndex i = view->list()->model()->index(row, 0);
        auto* card = qobject_cast<TransferCard*>(view->list()->indexWidget(i));
        QVERIFY(card);
        QTRY_COMPARE(card->statusText(), QStringLiteral("Sent"));
        QVERIFY(i.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("to ")));
    }
    view->close();
}

void TestFileTwoEngines::autoAcceptFromTheContactMenu()
{
    Peer& a = *m_a;
    Peer& b = *m_b;
    const QString folder = b.path(QStringLiteral("from alice"));
    const QString small = a.path(QStringLiteral("small.bin"));
    const QString large = a.path(QStringLiteral("large.bin"));
    {
        QFile f1(small), f2(large);
        QVERIFY(f1.open(QIODevice::WriteOnly) && f2.open(QIODevice::WriteOnly));
        f1.write(patternBytes(7, 0, 300 * 1000));
        f2.write(patternBytes(8, 0, 1500 * 1000));
    }
    Notifier notifier(*b.chat, [](const PublicKey&) { return false; });
    QSignalSpy notified(&notifier, &Notifier::notify);
    connect(b.files.get(), &FileTransfers::offered, &notifier, &Notifier::fileOffered);

    // Bob: contact menu ▸ Receive files automatically…, a relative folder
    // first (refused in the dialog), then a real one, up to 1 MB.
    bool relativeRefused = false;
    whenModal([&](QWidget* w) {
        auto* dialog = qobject_cast<AutoAcceptDialog*>(w);
        if (!dialog) {
            w->close();
            return;
        }
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("autoAcceptOkButton"));
        dialog->findChild<QCheckBox*>(QStringLiteral("autoAcceptEnabled"))->setChecked(true);
        auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("autoAcceptFolder"));
        path->setText(QStringLiteral("relative/folder"));
        relativeRefused = !ok->isEnabled();
        path->setText(folder);
        dialog->findChild<QSpinBox*>(QStringLiteral("autoAcceptLimit"))->setValue(1);
        if (const QString dir = qEnvironmentVariable("WARREN_TEST_SCREENSHOTS"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/auto-accept.png"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    Q_EMIT b.window->contactsPane()->list()->autoAcceptRequested(a.key());
    QVERIFY(relativeRefused);
    QTRY_COMPARE_WITH_TIMEOUT(b.window->files()->autoAcceptRule(a.key()).folder, folder, 10000);
    QCOMPARE(b.window->files()->autoAcceptRule(a.key()).maxSize, quint64{1000 * 1000});

    QSignalSpy offered(b.files.get(), &FileTransfers::offered);
    a.files->sendFiles(b.key(), {large});
    QTRY_COMPARE_WITH_TIMEOUT(offered.size(), 1, transferMs);
    a.files->sendFiles(b.key(), {small});
    QTRY_COMPARE_WITH_TIMEOUT(offered.size(), 2, transferMs);
    const QString largeId = offered[0][0].value<FileTransferInfo>().id;
    const QString smallId = offered[1][0].value<FileTransferInfo>().id;
    QTRY_COMPARE_WITH_TIMEOUT(b.info(a.key(), smallId).state, TransferState::Finished, transferMs);
    const FileTransferInfo got = b.info(a.key(), smallId);
    QCOMPARE(QFileInfo(got.path).absolutePath(), folder);
    QCOMPARE(sha256Of(got.path), sha256Of(small));
    // Above the limit: it waits for Bob, as any offer would.
    QCOMPARE(b.info(a.key(), largeId).state, TransferState::Offered);
    QCOMPARE(notified.size(), 2);
    QCOMPARE(notified[0][0].toString(), QStringLiteral("Alice offers a file"));
    QCOMPARE(notified[0][1].toString(), QStringLiteral("large.bin (1.5 MB)"));

    // Switched off again: the rule is gone.
    whenModal([](QWidget* w) {
        if (auto* dialog = qobject_cast<AutoAcceptDialog*>(w)) {
            dialog->findChild<QCheckBox*>(QStringLiteral("autoAcceptEnabled"))->setChecked(false);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("autoAcceptOkButton")), Qt::LeftButton);
        } else {
            w->close();
        }
    });
    Q_EMIT b.window->contactsPane()->list()->autoAcceptRequested(a.key());
    QTRY_VERIFY_WITH_TIMEOUT(b.window->files()->autoAcceptRule(a.key()).folder.isEmpty(), 10000);
}

namespace {
/// The colour painted at the centre of the avatar in @p header.
QColor headerAvatarCentre(ChatHeader* header)
{
    const QImage shot = header->grab().toImage();
    return shot.pixelColor(8 + 18, shot.height() / 2); // ChatHeader: 36 px avatar 8 px from the left
}
bool isRed(const QColor& c)
{
    return c.red() > 200 && c.green() < 80 && c.blue() < 80;
}
} // namespace

void TestFileTwoEngines::avatarsShowEverywhere()
{
    Peer& a = *m_a;
    Peer& b = *m_b;
    QImage photo(1600, 900, QImage::Format_RGB32);
    photo.fill(Qt::red);
    const QString path = a.path(QStringLiteral("holiday.jpg"));
    QVERIFY(photo.save(path, "JPEG", 95));
    ChatPage* bPage = b.openChat(a.key());
    QVERIFY(bPage);
    QVERIFY(!isRed(headerAvatarCentre(bPage->header()))); // initials for now

    QVERIFY(a.window->avatars()->setAvatarFromFile(path));
    QTRY_VERIFY_WITH_TIMEOUT(!a.window->selfHeader()->avatarLabel()->image().isNull(), 10000);
    const QImage mine = a.window->selfHeader()->avatarLabel()->image();
    QCOMPARE(mine.width(), mine.height());
    QVERIFY(mine.width() <= 256);
    QVERIFY(a.avatars->selfAvatar().size() <= 65536);

    QTRY_VERIFY_WITH_TIMEOUT(!b.avatars->avatar(a.key()).isEmpty(), 60000);
    QCOMPARE(b.avatars->avatar(a.key()), a.avatars->selfAvatar());
    const int row = b.window->contacts()->rowOf(a.key());
    QVERIFY(row >= 0);
    QTRY_VERIFY(!b.window->contacts()->index(row).data(ContactModel::AvatarRole).value<QImage>().isNull());
    QTRY_VERIFY(isRed(headerAvatarCentre(bPage->header())));
    ContactListView* list = b.window->contactsPane()->list();
    const QRect rowRect = list->visualRect(list->model()->index(0, 0));
    const QImage listShot = list->viewport()->grab().toImage();
    bool redInRow = false;
    for (int x = rowRect.left(); x < rowRect.left() + rowRect.height() && !redInRow; ++x)
        redInRow = isRed(listShot.pixelColor(x, rowRect.center().y()));
    QVERIFY(redInRow); // the contact row paints the picture
    if (const QString dir = qEnvironmentVariable("WARREN_TEST_SCREENSHOTS"); !dir.isEmpty()) {
        QVERIFY(b.window->grab().save(dir + QStringLiteral("/avatars.png")));
        QVERIFY(a.window->grab().save(dir + QStringLiteral("/avatars-self.png")));
    }

    a.window->avatars()->removeAvatar();
    QTRY_VERIFY_WITH_TIMEOUT(b.avatars->avatar(a.key()).isEmpty(), 60000);
    QTRY_VERIFY(!isRed(headerAvatarCentre(bPage->header())));
    QTRY_VERIFY(a.window->selfHeader()->avatarLabel()->image().isNull());
}

void TestFileTwoEngines::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "540000");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    TestFileTwoEngines test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_file_twoengines.moc"
