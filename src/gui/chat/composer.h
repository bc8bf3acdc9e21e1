// Where a message is written. Enter sends, Shift+Enter breaks the line;
// edits drive typing notifications through a TypingTracker. With
// attachments on, pasting (or dropping) files or a bare image asks for them
// to be sent instead of inserting text.
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
    /// Files and images pasted or dropped here are sent (filesPasted, imagePasted).
    void setAttachmentsEnabled(bool enabled) { m_attachments = enabled; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void sendRequested(const QString& text);
    void typingChanged(bool typing);
    /// Local files pasted or dropped (attachments on).
    void filesPasted(const QStringList& paths);
    /// An image without text pasted or dropped (attachments on).
    void imagePasted(const QImage& image);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    TypingTracker* m_typing;
    bool m_clearing = false;
    bool m_attachments = false;
};

} // namespace warren
