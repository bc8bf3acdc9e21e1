#include "gui/chat/composer.h"

#include "gui/chat/typingtracker.h"

#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QUrl>

namespace warren {

namespace {
QStringList localFiles(const QMimeData* source)
{
    QStringList paths;
    for (const QUrl& u : source->urls())
        if (u.isLocalFile())
            paths << u.toLocalFile();
    return paths;
}
} // namespace

Composer::Composer(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_typing(new TypingTracker(4000, this))
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Message"));
    setAccessibleDescription(tr("Enter sends the message; Shift+Enter starts a new line."));
    setPlaceholderText(tr("Write a message… (Enter sends, Shift+Enter for a new line)"));
    setTabChangesFocus(true);
    connect(m_typing, &TypingTracker::typingChanged, this, &Composer::typingChanged);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_clearing)
            m_typing->edited(document()->isEmpty());
    });
}

QSize Composer::sizeHint() const
{
    const int lines = 3;
    return {QPlainTextEdit::sizeHint().width(),
        fontMetrics().lineSpacing() * lines + 2 * (frameWidth() + qRound(document()->documentMargin()))};
}

void Composer::submit()
{
    const QString text = toPlainText();
    if (text.trimmed().isEmpty())
        return;
    m_clearing = true;
    clear();
    m_clearing = false;
    m_typing->stop();
    Q_EMIT sendRequested(text);
}

void Composer::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        submit();
        return;
    }
    if (enter) {
        insertPlainText(QStringLiteral("\n"));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool Composer::canInsertFromMimeData(const QMimeData* source) const
{
    if (m_attachments && (!localFiles(source).isEmpty() || source->hasImage()))
        return true;
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void Composer::insertFromMimeData(const QMimeData* source)
{
    if (m_attachments) {
        if (const QStringList files = localFiles(source); !files.isEmpty()) {
            Q_EMIT filesPasted(files);
            return;
        }
        // A copied picture; text with a picture beside it is pasted as text.
        if (source->hasImage() && !source->hasText()) {
            Q_EMIT imagePasted(qvariant_cast<QImage>(source->imageData()));
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace warren
