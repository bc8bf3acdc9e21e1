#include "gui/chat/messagemodel.h"

#include <QDateTime>
#include <QLocale>

namespace warren {

MessageModel::MessageModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void MessageModel::setPeerName(const QString& name)
{
    if (name == m_peerName)
        return;
    m_peerName = name;
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_messages.size()) - 1));
}

void MessageModel::setSelfName(const QString& name)
{
    m_selfName = name;
}

void MessageModel::setMessages(const QList<ChatMessage>& messages)
{
    beginResetModel();
    m_messages = messages;
    m_transfers.clear();
    endResetModel();
}

void MessageModel::prepend(const QList<ChatMessage>& older)
{
    if (older.isEmpty())
        return;
    beginInsertRows({}, 0, static_cast<int>(older.size()) - 1);
    m_messages = older + m_messages;
    endInsertRows();
}

void MessageModel::append(const ChatMessage& message)
{
    if (const int row = rowOf(message.id); row >= 0) {
        m_messages[row] = message;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    const int row = static_cast<int>(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append(message);
    endInsertRows();
}

void MessageModel::setState(qint64 id, ChatMessage::State state)
{
    const int row = rowOf(id);
    if (row < 0 || m_messages[row].state == state)
        return;
    m_messages[row].state = state;
    Q_EMIT dataChanged(index(row), index(row));
}

void MessageModel::appendTransfer(
    const QString& transferId, const QString& name, bool outgoing, const QDateTime& created)
{
    if (rowOfTransfer(transferId) >= 0)
        return;
    ChatMessage row;
    row.id = -1 - static_cast<qint64>(m_transfers.size());
    row.text = name;
    row.outgoing = outgoing;
    row.state = ChatMessage::State::Sent;
    row.time = created.isValid() ? created.toUTC() : QDateTime::currentDateTimeUtc();
    m_transfers.insert(row.id, transferId);
    auto at = static_cast<int>(m_messages.size());
    if (created.isValid())
        while (at > 0 && m_messages[at - 1].time > row.time)
            --at;
    beginInsertRows({}, at, at);
    m_messages.insert(at, row);
    endInsertRows();
}

int MessageModel::rowOfTransfer(const QString& transferId) const
{
    for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it)
        if (it.value() == transferId)
            return rowOf(it.key());
    return -1;
}

qint64 MessageModel::oldestId() const
{
    for (const ChatMessage& m : m_messages)
        if (m.id > 0)
            return m.id;
    return 0;
}

int MessageModel::rowOf(qint64 id) const
{
    // Updates concern recent messages: search from the end.
    for (int i = static_cast<int>(m_messages.size()) - 1; i >= 0; --i)
        if (m_messages[i].id == id)
            return i;
    return -1;
}

int MessageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

QString MessageModel::stateName(ChatMessage::State state)
{
    switch (state) {
    case ChatMessage::State::Queued:
        return tr("queued until your friend is online");
    case ChatMessage::State::Sent:
        return tr("sent");
    case ChatMessage::State::Delivered:
        return tr("delivered");
    case ChatMessage::State::Failed:
        return tr("failed, activate to retry");
    }
    return {};
}

QString MessageModel::accessibleText(const ChatMessage& m) const
{
    const QString time = QLocale().toString(m.time.toLocalTime(), QLocale::ShortFormat);
    if (m_transfers.contains(m.id))
        return m.outgoing ? tr("You, %1, file: %2").arg(time, m.text)
                          : tr("%1, %2, file: %3").arg(m_peerName, time, m.text);
    if (m.outgoing)
        return tr("You, %1, %2: %3").arg(time, stateName(m.state), m.text);
    return tr("%1, %2: %3").arg(m_peerName, time, m.text);
}

QVariant MessageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const ChatMessage& m = m_messages[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return m.text;
    case Qt::AccessibleTextRole:
        return accessibleText(m);
    case Qt::ToolTipRole:
        return QLocale().toString(m.time.toLocalTime(), QLocale::LongFormat);
    case IdRole:
        return m.id;
    case OutgoingRole:
        return m.outgoing;
    case ActionRole:
        return m.action;
    case StateRole:
        return static_cast<int>(m.state);
    case TimeRole:
        return m.time.toLocalTime();
    case TransferRole:
        return m_transfers.value(m.id);
    case SenderRole:
        if (m.outgoing)
            return m.action && !m_selfName.isEmpty() ? m_selfName : tr("You");
        return m_peerName;
    default:
        return {};
    }
}

} // namespace warren
