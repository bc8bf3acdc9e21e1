// The file-transfer card and models without a network: a TransferCard fed
// FileTransferInfo and FileProgress values shows the right words, progress,
// reason and buttons for each state (enabled only when they can act), names
// every control for assistive technology and reports clicks; a finished
// picture gets a preview. The TransferModel keeps transfers in order of
// arrival and counts the live ones; MessageModel's file rows stay out of
// the history paging. Drops reach the friend under the cursor only; the
// composer turns pasted files and bare pictures into attachments (once file
// transfers are on), and a pasted picture becomes a new PNG file each time.
#include "gui/chat/composer.h"
#include "gui/chat/messagemodel.h"
#include "gui/files/filedrop.h"
#include "gui/files/transfercard.h"
#include "gui/files/transfermodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace warren;
using Action = TransferCard::Action;

namespace {
PublicKey bobKey()
{
    return PublicKey::fromBytes(QByteArray(PublicKey::size, '\x42'));
}

FileTransferInfo transfer(TransferState state, TransferDirection dir = TransferDirection::Incoming)
{
    FileTransferInfo i;
    i.peer = bobKey();
    i.id = QString(64, QLatin1Char('a'));
    i.direction = dir;
    i.name = QStringLiteral("report.pdf");
    i.size = 3000000;
    i.state = state;
    return i;
}

/// The actions whose buttons are visible and enabled.
QList<Action> usable(const TransferCard& card)
{
    QList<Action> list;
    for (Action a : {Action::Accept, Action::AcceptTo, Action::Reject, Action::Pause, Action::Resume, Action::Cancel,
             Action::Retry, Action::Open, Action::OpenFolder})
        if (card.button(a)->isVisibleTo(&card) && card.button(a)->isEnabled())
            list << a;
    return list;
}
} // namespace

class TestFileCards : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void offerToUs()
    {
        TransferCard card(transfer(TransferState::Offered));
        card.setPeerName(QStringLiteral("Bob"));
        card.show();
        QCOMPARE(usable(card), (QList<Action>{Action::Accept, Action::AcceptTo, Action::Reject}));
        QCOMPARE(card.statusText(), QStringLiteral("Bob offers this file"));
        QVERIFY(card.findChild<QLabel*>(QStringLiteral("transferSize"))->text().contains(QStringLiteral("3.0 MB")));
        QVERIFY(!card.progressBar()->isVisibleTo(&card));
        // Every control has a name that says which file it acts on.
        for (QPushButton* b : card.findChildren<QPushButton*>()) {
            QVERIFY2(b->accessibleName().contains(QStringLiteral("report.pdf")), qPrintable(b->objectName()));
            QVERIFY(!b->text().isEmpty());
        }
        QVERIFY(!card.accessibleName().isEmpty());
        QVERIFY(!card.progressBar()->accessibleName().isEmpty());

        QSignalSpy asked(&card, &TransferCard::actionRequested);
        QTest::mouseClick(card.button(Action::AcceptTo), Qt::LeftButton);
        QTest::mouseClick(card.button(Action::Accept), Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked[0][0].value<Action>(), Action::AcceptTo);
        QCOMPARE(asked[1][0].value<Action>(), Action::Accept);
        QCOMPARE(asked[1][1].value<PublicKey>(), bobKey());
        QCOMPARE(asked[1][2].toString(), transfer(TransferState::Offered).id);

        // Our accept did not work: the offer stays, with the reason.
        FileTransferInfo i = transfer(TransferState::Offered);
        i.reason = QStringLiteral("Cannot create the folder /nope.");
        card.setInfo(i);
        QCOMPARE(card.detailText(), i.reason);
        QCOMPARE(usable(card), (QList<Action>{Action::Accept, Action::AcceptTo, Action::Reject}));
    }

    void ourOfferWaits()
    {
        TransferCard card(transfer(TransferState::Offered, TransferDirection::Outgoing));
        card.setPeerName(QStringLiteral("Bob"));
        QCOMPARE(usable(card), QList<Action>{Action::Cancel});
        QCOMPARE(card.statusText(), QStringLiteral("Waiting for Bob to accept"));
        card.setInfo(transfer(TransferState::Queued, TransferDirection::Outgoing));
        QCOMPARE(card.statusText(), QStringLiteral("Waiting for Bob to come online"));
    }

    void activeShowsProgressSpeedAndTimeLeft()
    {
        TransferCard card(transfer(TransferState::Active));
        FileProgress p;
        p.peer = bobKey();
        p.id = transfer(TransferState::Active).id;
        p.transferred = 1500000;
        p.size = 3000000;
        p.bytesPerSecond = 500000;
        p.etaSeconds = 3;
        card.setProgress(p);
        QCOMPARE(usable(card), (QList<Action>{Action::Pause, Action::Cancel}));
        QCOMPARE(card.statusText(), QStringLiteral("Receiving"));
        QCOMPARE(card.detailText(), QStringLiteral("1.5 MB of 3.0 MB · 500.0 kB/s · 3 s left"));
        QCOMPARE(card.progressBar()->value(), 500);
        // Progress of another transfer is not ours.
        p.id = QString(64, QLatin1Char('b'));
        p.transferred = 10;
        card.setProgress(p);
        QCOMPARE(card.progressBar()->value(), 500);
    }

    void pausedByThePeerCannotBeResumedHere()
    {
        FileTransferInfo i = transfer(TransferState::Paused);
        i.pausedByPeer = true;
        i.transferred = 750000;
        TransferCard card(i);
        card.setPeerName(QStringLiteral("Bob"));
        QCOMPARE(card.statusText(), QStringLiteral("Paused by Bob"));
        QVERIFY(card.button(Action::Resume)->isVisibleTo(&card));
        QVERIFY(!card.button(Action::Resume)->isEnabled());
        QCOMPARE(card.progressBar()->value(), 250);
        i.pausedByUs = true;
        card.setInfo(i);
        QVERIFY(card.button(Action::Resume)->isEnabled());
        QCOMPARE(card.statusText(), QStringLiteral("Paused by you and by Bob"));
    }

    void interruptedContinuesWhenTheFriendIsBack()
    {
        FileTransferInfo i = transfer(TransferState::Interrupted, TransferDirection::Outgoing);
        i.reason = QStringLiteral("Bob went offline");
        TransferCard card(i);
        card.setPeerName(QStringLiteral("Bob"));
        QCOMPARE(card.statusText(), QStringLiteral("Interrupted: it will continue when Bob is back"));
        QCOMPARE(card.detailText(), QStringLiteral("0 bytes of 3.0 MB")); // the reason says no more
        QCOMPARE(usable(card), QList<Action>{Action::Cancel});
    }

    void failureShowsTheReasonAndRetry()
    {
        FileTransferInfo i = transfer(TransferState::Failed);
        i.reason = QStringLiteral("No space left on the disk");
        TransferCard card(i);
        QCOMPARE(card.statusText(), QStringLiteral("Failed"));
        QCOMPARE(card.detailText(), i.reason);
        QCOMPARE(usable(card), QList<Action>{Action::Retry});
        QSignalSpy asked(&card, &TransferCard::actionRequested);
        QTest::mouseClick(card.button(Action::Retry), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0][0].value<Action>(), Action::Retry);
        // Cancelled by the friend: says so, can be retried too.
        i.state = TransferState::Cancelled;
        i.reason = QStringLiteral("Bob cancelled it");
        card.setInfo(i);
        QCOMPARE(card.detailText(), i.reason);
        QCOMPARE(usable(card), QList<Action>{Action::Retry});
    }

    void finishedPictureHasAPreview()
    {
        QTemporaryDir dir;
        QImage img(800, 600, QImage::Format_RGB32);
        img.fill(Qt::darkCyan);
        const QString path = dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(img.save(path));
        FileTransferInfo i = transfer(TransferState::Active);
        i.name = QStringLiteral("photo.png");
        i.size = static_cast<quint64>(QFileInfo(path).size());
        TransferCard card(i);
        QVERIFY(!card.hasPreview());
        i.state = TransferState::Finished;
        i.path = path;
        i.folder = dir.path();
        i.transferred = i.size;
        card.setInfo(i);
        QCOMPARE(card.statusText(), QStringLiteral("Received"));
        QVERIFY(card.hasPreview());
        const QPixmap shown = card.findChild<QLabel*>(QStringLiteral("transferPreview"))->pixmap();
        QVERIFY(shown.width() <= 240 && shown.height() <= 160);
        QCOMPARE(shown.size(), QSize(213, 160)); // 4:3 kept
        QCOMPARE(usable(card), (QList<Action>{Action::Open, Action::OpenFolder}));
        QCOMPARE(card.progressBar()->isVisibleTo(&card), false);
    }

    void modelKeepsArrivalOrderAndCountsLiveTransfers()
    {
        TransferModel model;
        QSignalSpy added(&model, &TransferModel::transferAdded);
        FileTransferInfo a = transfer(TransferState::Offered);
        FileTransferInfo b = transfer(TransferState::Active, TransferDirection::Outgoing);
        b.id = QString(64, QLatin1Char('b'));
        b.name = QStringLiteral("b.txt");
        model.update(a);
        model.update(b);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.activeCount(), 2);
        a.state = TransferState::Finished;
        model.update(a);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(added.size(), 2);
        QCOMPARE(model.at(0).state, TransferState::Finished);
        QCOMPARE(model.activeCount(), 1);
        QCOMPARE(model.transfersWith(bobKey()).size(), 2);
        model.setPeerName(bobKey(), QStringLiteral("Bob"));
        QVERIFY(model.index(1).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("to Bob")));
    }

    void dropsGoToTheFriendUnderTheCursor()
    {
        QWidget target;
        target.resize(200, 100);
        target.show();
        // Left half: Bob; right half: no one (like a gap in the contact list).
        FileDropFilter drops([](QWidget*, const QPoint& p) { return p.x() < 100 ? bobKey() : PublicKey{}; });
        drops.watch(&target);
        QVERIFY(target.acceptDrops());
        QSignalSpy dropped(&drops, &FileDropFilter::filesDropped);
        QMimeData files;
        files.setUrls(
            {QUrl::fromLocalFile(QStringLiteral("/tmp/a.txt")), QUrl::fromLocalFile(QStringLiteral("/tmp/b c.txt"))});
        QDragEnterEvent enter(QPoint(150, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &enter);
        QVERIFY(enter.isAccepted()); // entering anywhere: moves follow
        QDragMoveEvent nowhere(QPoint(150, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &nowhere);
        QVERIFY(!nowhere.isAccepted());
        QDropEvent missed(QPointF(150, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &missed);
        QCOMPARE(dropped.size(), 0);
        // A drop ends a drag; the next one enters first, as a real one does.
        QDragEnterEvent again(QPoint(20, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &again);
        QDropEvent hit(QPointF(20, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &hit);
        QVERIFY(hit.isAccepted());
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped[0][0].value<PublicKey>(), bobKey());
        QCOMPARE(
            dropped[0][1].toStringList(), (QStringList{QStringLiteral("/tmp/a.txt"), QStringLiteral("/tmp/b c.txt")}));
        // Text is not a file: left alone.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent textEnter(QPoint(20, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &textEnter);
        QVERIFY(!textEnter.isAccepted());
        QDropEvent words(QPointF(20, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &words);
        QCOMPARE(dropped.size(), 1);
    }

    void pastedPictureIsSavedAsPngWithoutOverwriting()
    {
        QTemporaryDir dir;
        QImage img(64, 48, QImage::Format_ARGB32);
        img.fill(Qt::red);
        QString error;
        const QString folder = dir.filePath(QStringLiteral("pasted"));
        const QString first = savePastedImage(img, folder, &error);
        const QString second = savePastedImage(img, folder, &error);
        QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(error));
        QVERIFY(first != second);
        QVERIFY(first.endsWith(QStringLiteral(".png")) && second.endsWith(QStringLiteral(".png")));
        QCOMPARE(QImageReader(first).format(), QByteArray("png"));
        QCOMPARE(QImage(second).size(), img.size());
        QVERIFY(savePastedImage(QImage(), folder, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void composerTurnsPastedFilesAndPicturesIntoAttachments()
    {
        Composer composer;
        QSignalSpy files(&composer, &Composer::filesPasted);
        QSignalSpy pictures(&composer, &Composer::imagePasted);
        const auto paste = [&composer](QMimeData* mime) {
            QApplication::clipboard()->setMimeData(mime);
            composer.paste();
        };
        // Off (no file transfers): a copied file pastes as its URL text.
        auto* copied = new QMimeData;
        copied->setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/a.txt"))});
        paste(copied);
        QCOMPARE(files.size(), 0);
        composer.clear();

        composer.setAttachmentsEnabled(true);
        copied = new QMimeData;
        copied->setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/a.txt"))});
        paste(copied);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0][0].toStringList(), QStringList{QStringLiteral("/tmp/a.txt")});
        QVERIFY(composer.toPlainText().isEmpty());

        auto* picture = new QMimeData;
        QImage img(8, 8, QImage::Format_RGB32);
        img.fill(Qt::blue);
        picture->setImageData(img);
        paste(picture);
        QCOMPARE(pictures.size(), 1);
        QCOMPARE(pictures[0][0].value<QImage>().size(), QSize(8, 8));

        // Text with a picture beside it (an office suite's copy) is text.
        auto* both = new QMimeData;
        both->setImageData(img);
        both->setText(QStringLiteral("quarterly carrots"));
        paste(both);
        QCOMPARE(pictures.size(), 1);
        QCOMPARE(composer.toPlainText(), QStringLiteral("quarterly carrots"));
    }

    void fileRowsStayOutOfHistoryPaging()
    {
        MessageModel model;
        model.appendTransfer(QString(64, QLatin1Char('a')), QStringLiteral("a.bin"), true);
        QCOMPARE(model.oldestId(), 0); // nothing to page from: no history yet
        ChatMessage m;
        m.id = 7;
        m.text = QStringLiteral("hi");
        m.time = QDateTime::currentDateTimeUtc();
        model.prepend({m});
        QCOMPARE(model.oldestId(), 7);
        model.appendTransfer(QString(64, QLatin1Char('a')), QStringLiteral("a.bin"), true); // once only
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfTransfer(QString(64, QLatin1Char('a'))), 1);
        QCOMPARE(model.index(1).data(MessageModel::TransferRole).toString(), QString(64, QLatin1Char('a')));
        QVERIFY(model.index(0).data(MessageModel::TransferRole).toString().isEmpty());
        QVERIFY(model.index(1).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("file: a.bin")));
    }

    void fileRowsGoWhereTheyHappened()
    {
        // After a restart the cards come back with their creation time and
        // take their place among the messages, not at the end.
        MessageModel model;
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        QList<ChatMessage> page;
        for (int i = 0; i < 3; ++i) {
            ChatMessage m;
            m.id = i + 1;
            m.text = QStringLiteral("message %1").arg(i);
            m.time = t0.addSecs(60 * i);
            page.append(m);
        }
        model.setMessages(page);
        model.appendTransfer(QString(64, QLatin1Char('b')), QStringLiteral("b.bin"), false, t0.addSecs(90));
        model.appendTransfer(QString(64, QLatin1Char('c')), QStringLiteral("c.bin"), false, t0.addSecs(-5));
        model.appendTransfer(QString(64, QLatin1Char('d')), QStringLiteral("d.bin"), true); // no time: at the end
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOfTransfer(QString(64, QLatin1Char('c'))), 0);
        QCOMPARE(model.rowOfTransfer(QString(64, QLatin1Char('b'))), 3);
        QCOMPARE(model.rowOfTransfer(QString(64, QLatin1Char('d'))), 5);
        QCOMPARE(model.index(3).data(MessageModel::TimeRole).toDateTime(), t0.addSecs(90));
    }
};

QTEST_MAIN(TestFileCards)
#include "test_file_cards.moc"
