// Turns the composer's edits into typing notifications: typing(true) on the
// first edit, typing(false) after a pause, when the text is cleared or sent.
// Emits only changes, so the friend gets one packet per start and stop.
#pragma once

#include <QObject>
#include <QTimer>

namespace warren {

class TypingTracker : public QObject {
    Q_OBJECT
public:
    /// @p pauseMs without an edit counts as having stopped typing.
    explicit TypingTracker(int pauseMs = 4000, QObject* parent = nullptr);

    /// The text changed; @p empty when nothing is left.
    void edited(bool empty);
    /// The message was sent (or the chat closed): stop at once.
    void stop();
    bool isTyping() const { return m_typing; }

Q_SIGNALS:
    void typingChanged(bool typing);

private:
    void set(bool typing);

    QTimer m_pause;
    bool m_typing = false;
};

} // namespace warren
