// Cutting long messages for toxcore: pieces fit in 1372 bytes of UTF-8, are
// cut on character (and grapheme) boundaries, preferably after white space,
// and join back to the original; "/me" makes an action.
#include "core/chat/messagesplitter.h"

#include <QTest>

#include <tox/tox.h>

using namespace warren;

namespace {
constexpr int limit = TOX_MAX_MESSAGE_LENGTH;

void checkPieces(const QString& text, const QStringList& pieces, int max = limit)
{
    QCOMPARE(pieces.join(QString()), text);
    for (const QString& p : pieces) {
        QVERIFY(!p.isEmpty());
        QVERIFY2(p.toUtf8().size() <= max, qPrintable(QString::number(p.toUtf8().size())));
        QVERIFY(!p.front().isLowSurrogate());
        QVERIFY(!p.back().isHighSurrogate());
    }
}
} // namespace

class TestChatSplit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shortTextIsOnePiece();
    void prefersWhiteSpace();
    void noWhiteSpaceCutsAtLimit();
    void multiByteCharactersStayWhole();
    void accentsStayWithTheirLetter();
    void fiveThousandBytes();
    void meIsAnAction();
};

void TestChatSplit::shortTextIsOnePiece()
{
    QCOMPARE(MessageSplitter::split(QStringLiteral("hi"), limit), QStringList{QStringLiteral("hi")});
    QCOMPARE(MessageSplitter::split(QString(limit, QLatin1Char('x')), limit).size(), 1);
    QVERIFY(MessageSplitter::split(QString(), limit).isEmpty());
}

void TestChatSplit::prefersWhiteSpace()
{
    QString text;
    while (text.size() < 3000)
        text += QStringLiteral("lorem ipsum dolor ");
    const QStringList pieces = MessageSplitter::split(text, limit);
    checkPieces(text, pieces);
    QCOMPARE(pieces.size(), 3);
    QVERIFY(pieces[0].endsWith(QLatin1Char(' ')));
    QVERIFY(pieces[0].size() > limit * 3 / 4);
}

void TestChatSplit::noWhiteSpaceCutsAtLimit()
{
    const QString text(3000, QLatin1Char('a'));
    const QStringList pieces = MessageSplitter::split(text, limit);
    checkPieces(text, pieces);
    QCOMPARE(pieces[0].size(), limit);
}

void TestChatSplit::multiByteCharactersStayWhole()
{
    QString text;
    for (int i = 0; i < 700; ++i)
        text += QStringLiteral("é€😀"); // 2 + 3 + 4 bytes
    const QStringList pieces = MessageSplitter::split(text, limit);
    checkPieces(text, pieces);
    for (const QString& p : pieces)
        QCOMPARE(QString::fromUtf8(p.toUtf8()), p); // valid UTF-8 on its own
}

void TestChatSplit::accentsStayWithTheirLetter()
{
    // "e" + combining acute, 3 bytes per grapheme: a cut between them would
    // leave a lone accent at the start of a piece.
    QString text;
    for (int i = 0; i < 1000; ++i)
        text += QStringLiteral("e\u0301");
    const QStringList pieces = MessageSplitter::split(text, limit);
    checkPieces(text, pieces);
    for (const QString& p : pieces)
        QCOMPARE(p.front(), QLatin1Char('e'));
}

void TestChatSplit::fiveThousandBytes()
{
    QString text;
    int n = 0;
    while (text.toUtf8().size() < 5000)
        text += QStringLiteral("word%1 ").arg(n++);
    text.truncate(text.size() - (text.toUtf8().size() - 5000));
    QCOMPARE(text.toUtf8().size(), 5000);
    const QStringList pieces = MessageSplitter::split(text, limit);
    checkPieces(text, pieces);
    QCOMPARE(pieces.size(), 4);
}

void TestChatSplit::meIsAnAction()
{
    const auto a = MessageSplitter::parse(QStringLiteral("/me waves"));
    QVERIFY(a.action);
    QCOMPARE(a.text, QStringLiteral("waves"));
    const auto b = MessageSplitter::parse(QStringLiteral("/meh"));
    QVERIFY(!b.action);
    QCOMPARE(b.text, QStringLiteral("/meh"));
}

QTEST_GUILESS_MAIN(TestChatSplit)
#include "test_chat_split.moc"
