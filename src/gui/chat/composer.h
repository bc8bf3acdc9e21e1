// Where a message is written. Enter sends, Shift+Enter breaks the line;
// edits drive typing notifications through a TypingTracker.
#pragma once

#include <QPlainTextEdit>

namespace warren {

class TypingTracker;

class Composer : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit Composer(QWidget* parent = nullptr);

    /// Sends the text (when not blank) and clears the field.
    void submit();
    TypingTracker* typing() const { return m_typing; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void sendRequested(const QString& text);
    void typingChanged(bool typing);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    TypingTracker* m_typing;
    bool m_clearing = false;
};

} // namespace warren
