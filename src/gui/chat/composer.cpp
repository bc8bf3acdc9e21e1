#include "gui/chat/composer.h"

#include "gui/chat/typingtracker.h"

#include <QKeyEvent>

namespace warren {

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

} // namespace warren
