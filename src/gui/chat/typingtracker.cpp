#include "gui/chat/typingtracker.h"

namespace warren {

TypingTracker::TypingTracker(int pauseMs, QObject* parent)
    : QObject(parent)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(&m_pause, &QTimer::timeout, this, [this] { set(false); });
}

void TypingTracker::edited(bool empty)
{
    if (empty) {
        stop();
        return;
    }
    set(true);
    m_pause.start();
}

void TypingTracker::stop()
{
    m_pause.stop();
    set(false);
}

void TypingTracker::set(bool typing)
{
    if (typing == m_typing)
        return;
    m_typing = typing;
    Q_EMIT typingChanged(typing);
}

} // namespace warren
