#include "core/chat/outbox.h"

namespace warren {

void Outbox::drop(Lane& lane, qint64 id)
{
    lane.waiting.removeIf([id](const ChatMessage& m) { return m.id == id; });
}

void Outbox::setOnline(const PublicKey& friendKey, bool online)
{
    Lane& lane = m_lanes[friendKey];
    if (lane.online == online)
        return;
    lane.online = online;
    lane.receipts.clear(); // receipts belong to the session that just ended or begins
    lane.waiting.clear();
    if (!online)
        return;
    for (const UnsentMessage& u : m_port.unsent(friendKey)) {
        if (u.message.id == lane.inFlight.id)
            continue; // toxcore will answer for it in this session
        const bool queued = u.message.state == ChatMessage::State::Queued;
        const bool resend = u.message.state == ChatMessage::State::Sent && u.attempts < maxAttempts;
        if (queued || resend)
            lane.waiting.append(u.message);
    }
    pump(friendKey);
}

void Outbox::enqueue(const ChatMessage& message)
{
    Lane& lane = m_lanes[message.friendKey];
    if (!lane.online)
        return; // stays Queued in the history until the next session
    lane.waiting.append(message);
    pump(message.friendKey);
}

void Outbox::pump(const PublicKey& to)
{
    const auto it = m_lanes.find(to);
    if (it == m_lanes.end())
        return;
    Lane& lane = *it;
    if (!lane.online || lane.inFlight.id || lane.waiting.isEmpty())
        return;
    lane.inFlight = lane.waiting.first();
    m_port.hand(lane.inFlight);
}

void Outbox::sent(const PublicKey& to, qint64 id, quint32 receipt)
{
    Lane& lane = m_lanes[to];
    if (id == 0 || id != lane.inFlight.id)
        return;
    lane.inFlight = {};
    drop(lane, id);
    if (lane.online)
        lane.receipts.insert(receipt, id);
    m_port.changeState(to, id, ChatMessage::State::Sent, true);
    pump(to);
}

void Outbox::failed(const PublicKey& to, qint64 id, Failure why)
{
    Lane& lane = m_lanes[to];
    if (id == 0 || id != lane.inFlight.id)
        return;
    const ChatMessage message = lane.inFlight;
    lane.inFlight = {};
    switch (why) {
    case Failure::Offline:
        // Toxcore knew first; the connection event follows, and the next
        // session rebuilds the lane (the message is still Queued).
        lane.online = false;
        lane.waiting.clear();
        lane.receipts.clear();
        return;
    case Failure::QueueFull:
        if (lane.waiting.isEmpty() || lane.waiting.first().id != id)
            lane.waiting.prepend(message);
        m_port.retrySoon(to);
        return;
    case Failure::Permanent:
        drop(lane, id);
        m_port.changeState(to, id, ChatMessage::State::Failed, false);
        pump(to);
        return;
    }
}

void Outbox::delivered(const PublicKey& to, quint32 receipt)
{
    const auto it = m_lanes.find(to);
    if (it == m_lanes.end())
        return;
    const qint64 id = it->receipts.take(receipt);
    if (id)
        m_port.changeState(to, id, ChatMessage::State::Delivered, false);
}

} // namespace warren
