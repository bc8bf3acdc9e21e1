#include "core/files/transferstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace warren {

namespace {
constexpr int formatVersion = 1;
constexpr int keptTerminal = 500;

QJsonObject toJson(const TransferRecord& r)
{
    const FileTransferInfo& i = r.info;
    QJsonObject o;
    o.insert(QStringLiteral("peer"), i.peer.toHex());
    o.insert(QStringLiteral("id"), i.id);
    o.insert(QStringLiteral("direction"),
        i.direction == TransferDirection::Outgoing ? QStringLiteral("out") : QStringLiteral("in"));
    o.insert(QStringLiteral("kind"), static_cast<qint64>(i.kind));
    o.insert(QStringLiteral("name"), i.name);
    o.insert(QStringLiteral("size"), QString::number(i.size)); // 64-bit: as text, doubles lose digits
    o.insert(QStringLiteral("state"), transferStateName(i.state));
    o.insert(QStringLiteral("reason"), i.reason);
    o.insert(QStringLiteral("pausedByUs"), i.pausedByUs);
    o.insert(QStringLiteral("path"), i.path);
    o.insert(QStringLiteral("folder"), i.folder);
    o.insert(QStringLiteral("createdMs"), QString::number(i.createdMs));
    o.insert(QStringLiteral("sourceMtimeMs"), QString::number(r.sourceMtimeMs));
    o.insert(QStringLiteral("partPath"), r.partPath);
    o.insert(QStringLiteral("accepted"), r.accepted);
    o.insert(QStringLiteral("cancelledByUs"), r.cancelledByUs);
    if (i.direction == TransferDirection::Outgoing || isTerminal(i.state))
        o.insert(QStringLiteral("transferred"), QString::number(i.transferred));
    return o;
}

bool parseState(const QString& s, TransferState* out)
{
    for (int k = 0; k <= static_cast<int>(TransferState::Failed); ++k) {
        if (transferStateName(static_cast<TransferState>(k)) == s) {
            *out = static_cast<TransferState>(k);
            return true;
        }
    }
    return false;
}

bool parseU64(const QJsonValue& v, quint64* out)
{
    bool ok = false;
    *out = v.toString().toULongLong(&ok);
    return ok;
}

bool fromJson(const QJsonObject& o, TransferRecord* r, QString* why)
{
    FileTransferInfo& i = r->info;
    i.peer = PublicKey::fromHex(o.value(QStringLiteral("peer")).toString());
    i.id = o.value(QStringLiteral("id")).toString();
    const QString dir = o.value(QStringLiteral("direction")).toString();
    if (i.peer.isNull() || i.id.size() != 64 || (dir != QStringLiteral("out") && dir != QStringLiteral("in"))) {
        *why = QStringLiteral("a transfer has a bad peer, id or direction");
        return false;
    }
    i.direction = dir == QStringLiteral("out") ? TransferDirection::Outgoing : TransferDirection::Incoming;
    i.kind = static_cast<quint32>(o.value(QStringLiteral("kind")).toInteger());
    i.name = o.value(QStringLiteral("name")).toString();
    if (!parseU64(o.value(QStringLiteral("size")), &i.size)
        || !parseState(o.value(QStringLiteral("state")).toString(), &i.state)) {
        *why = QStringLiteral("a transfer has a bad size or state");
        return false;
    }
    quint64 n = 0;
    if (parseU64(o.value(QStringLiteral("transferred")), &n))
        i.transferred = n;
    i.reason = o.value(QStringLiteral("reason")).toString();
    i.pausedByUs = o.value(QStringLiteral("pausedByUs")).toBool();
    i.path = o.value(QStringLiteral("path")).toString();
    i.folder = o.value(QStringLiteral("folder")).toString();
    i.createdMs = o.value(QStringLiteral("createdMs")).toString().toLongLong();
    r->sourceMtimeMs = o.value(QStringLiteral("sourceMtimeMs")).toString().toLongLong();
    r->partPath = o.value(QStringLiteral("partPath")).toString();
    r->accepted = o.value(QStringLiteral("accepted")).toBool();
    r->cancelledByUs = o.value(QStringLiteral("cancelledByUs")).toBool();
    return true;
}
} // namespace

TransferStore::TransferStore(QString path)
    : m_path(std::move(path))
{
}

bool TransferStore::load()
{
    records.clear();
    rules.clear();
    if (m_path.isEmpty())
        return true;
    QFile f(m_path);
    if (!f.exists())
        return true;
    const auto fail = [this](const QString& why) {
        m_error = QStringLiteral("The file transfer list %1 cannot be read (%2). It was left as it is; transfers "
                                 "will not be remembered until it is repaired or removed.")
                      .arg(m_path, why);
        m_broken = true;
        records.clear();
        rules.clear();
        return false;
    };
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() != formatVersion)
        return fail(QStringLiteral("unknown version"));
    for (const auto& v : root.value(QStringLiteral("transfers")).toArray()) {
        TransferRecord r;
        QString why;
        if (!fromJson(v.toObject(), &r, &why))
            return fail(why);
        records.append(r);
    }
    for (const auto& v : root.value(QStringLiteral("autoAccept")).toArray()) {
        const QJsonObject o = v.toObject();
        AutoAcceptRule rule;
        rule.peer = PublicKey::fromHex(o.value(QStringLiteral("peer")).toString());
        rule.folder = o.value(QStringLiteral("folder")).toString();
        if (rule.peer.isNull() || !parseU64(o.value(QStringLiteral("maxSize")), &rule.maxSize))
            return fail(QStringLiteral("a bad auto-accept rule"));
        rules.append(rule);
    }
    return true;
}

bool TransferStore::save()
{
    if (m_path.isEmpty())
        return true;
    if (m_broken)
        return false; // never replace a file we could not read
    // Keep the newest finished/cancelled ones (records are in creation order).
    int terminal = 0;
    for (const TransferRecord& r : records)
        terminal += r.info.state == TransferState::Finished || r.info.state == TransferState::Cancelled;
    for (qsizetype k = 0; terminal > keptTerminal && k < records.size();) {
        const TransferState s = records[k].info.state;
        if (s == TransferState::Finished || s == TransferState::Cancelled) {
            records.removeAt(k);
            --terminal;
        } else {
            ++k;
        }
    }
    QJsonArray list;
    for (const TransferRecord& r : records)
        list.append(toJson(r));
    QJsonArray ruleList;
    for (const AutoAcceptRule& rule : rules) {
        QJsonObject o;
        o.insert(QStringLiteral("peer"), rule.peer.toHex());
        o.insert(QStringLiteral("folder"), rule.folder);
        o.insert(QStringLiteral("maxSize"), QString::number(rule.maxSize));
        ruleList.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("transfers"), list);
    root.insert(QStringLiteral("autoAccept"), ruleList);
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !f.commit()) {
        m_error = QStringLiteral("Could not save the file transfer list %1: %2").arg(m_path, f.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace warren
