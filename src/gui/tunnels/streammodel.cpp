#include "gui/tunnels/streammodel.h"

#include "gui/contacts/contactmodel.h"
#include "gui/tunnels/friendnames.h"
#include "gui/tunnels/tunnelformat.h"
#include "gui/tunnels/tunnelmanager.h"

namespace warren {

using namespace tunnel;

namespace {
/// What the user called the shared port an incoming stream reached.
QString shareLabel(const TunnelSettings& settings, const StreamInfo& s)
{
    const qsizetype colon = s.target.lastIndexOf(QLatin1Char(':'));
    QString host = s.target.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const auto port = static_cast<quint16>(s.target.mid(colon + 1).toUInt());
    for (const SharedPort& p : settings.shares)
        if (p.friendKey == s.friendKey && p.rule.matches(host, port) && !p.label.isEmpty())
            return p.label;
    return {};
}

bool sameStream(const StreamInfo& a, const StreamInfo& b)
{
    return a.friendKey == b.friendKey && a.connId == b.connId && a.incoming == b.incoming
        && a.openedAtMs == b.openedAtMs;
}
} // namespace

StreamModel::StreamModel(const TunnelManager& manager, const ContactModel* contacts, QObject* parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
    , m_contacts(contacts)
{
    connect(&manager, &TunnelManager::streamsChanged, this, &StreamModel::update);
    update();
}

void StreamModel::update()
{
    QList<StreamInfo> next = m_manager.streams();
    std::sort(next.begin(), next.end(), [](const StreamInfo& a, const StreamInfo& b) {
        return a.openedAtMs != b.openedAtMs ? a.openedAtMs < b.openedAtMs : a.connId < b.connId;
    });
    const bool sameRows
        = next.size() == m_rows.size() && std::equal(next.cbegin(), next.cend(), m_rows.cbegin(), sameStream);
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(next);
        endResetModel();
        return;
    }
    m_rows = std::move(next);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StreamModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StreamModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const StreamInfo& s = m_rows[index.row()];
    switch (index.column()) {
    case Direction:
        return s.incoming ? tr("Friend → my port") : tr("Me → friend");
    case Friend:
        return friendnames::name(m_contacts, s.friendKey);
    case Forward: {
        if (s.incoming) {
            const QString label = shareLabel(m_manager.settings(), s);
            return label.isEmpty() ? tr("Shared port") : label;
        }
        ForwardInfo f;
        return m_manager.forwardInfo(s.forwardId, &f) ? f.listen : s.forwardId;
    }
    case Target:
        return s.target;
    case Sent:
        return tunnelformat::bytes(s.bytes.up);
    case Received:
        return tunnelformat::bytes(s.bytes.down);
    case Rate:
        return tunnelformat::upDownRate(s.rateUp, s.rateDown);
    case Path:
        return tunnelformat::pathWithRoundTrip(
            friendnames::connection(m_contacts, s.friendKey), m_manager.roundTripMs(s.friendKey));
    default:
        return {};
    }
}

QVariant StreamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Direction:
        return tr("Direction");
    case Friend:
        return tr("Friend");
    case Forward:
        return tr("Local side");
    case Target:
        return tr("Target");
    case Sent:
        return tr("Sent");
    case Received:
        return tr("Received");
    case Rate:
        return tr("Rate");
    case Path:
        return tr("Friend's path");
    default:
        return {};
    }
}

} // namespace warren
