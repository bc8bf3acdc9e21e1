// ChatService's history side without Tox (the engine is never started):
// messages written before the friend list is known wait as Queued, the
// history is re-keyed when the profile password changes while searches keep
// working, and a chat's history can be deleted.
#include "core/chat/chatservice.h"
#include "core/engine.h"
#include "core/history/historystore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;

class TestChatHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rekeyKeepsChatsAndSearch();
};

void TestChatHistory::rekeyKeepsChatsAndSearch()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("me.history.db"));
    const PublicKey friendKey = PublicKey::fromBytes(QByteArray(PublicKey::size, 'f'));
    Engine engine; // not started: commands go nowhere
    {
        ChatService chat(engine, HistoryStore::open(path, {}, nullptr));
        QVERIFY(!chat.historyEncrypted());
        QSignalSpy added(&chat, &ChatService::messageAdded);
        chat.sendMessage(friendKey, QStringLiteral("remember the walrus"));
        chat.sendMessage(friendKey, QStringLiteral("   ")); // nothing to send
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0][0].value<ChatMessage>().state, ChatMessage::State::Queued);

        int calls = 0;
        QString error;
        QVERIFY2(chat.setHistoryPassword(
                     QStringLiteral("s3cret"),
                     [&](qint64 done, qint64 total) {
                         ++calls;
                         return done <= total;
                     },
                     &error),
            qPrintable(error));
        QVERIFY(calls > 0);
        QVERIFY(chat.historyEncrypted());
        QCOMPARE(chat.page(friendKey, 10).value(0).text, QStringLiteral("remember the walrus"));
        QSignalSpy found(&chat, &ChatService::searchFinished);
        chat.search(QStringLiteral("walr"));
        QVERIFY(found.wait(5000));
        QCOMPARE(found[0][1].value<QList<SearchHit>>().size(), 1);
    }
    HistoryError e;
    QVERIFY(!HistoryStore::open(path, {}, &e));
    QCOMPARE(e.kind, HistoryError::Kind::PasswordRequired);

    ChatService chat(engine, HistoryStore::open(path, QStringLiteral("s3cret"), nullptr));
    QCOMPARE(chat.page(friendKey, 10).size(), 1);
    QString error;
    QVERIFY2(chat.setHistoryPassword({}, {}, &error), qPrintable(error));
    QVERIFY(!chat.historyEncrypted());
    QSignalSpy deleted(&chat, &ChatService::historyDeleted);
    QVERIFY(chat.deleteHistory(friendKey, &error));
    QCOMPARE(deleted.size(), 1);
    QVERIFY(chat.page(friendKey, 10).isEmpty());
}

QTEST_GUILESS_MAIN(TestChatHistory)
#include "test_chat_history.moc"
