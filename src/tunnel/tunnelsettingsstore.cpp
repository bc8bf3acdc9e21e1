#include "tunnel/tunnelsettingsstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <array>

namespace warren::tunnel {

namespace {
constexpr int formatVersion = 1;

QString keyText(QLatin1String k)
{
    return QString(k);
}

constexpr std::array<std::pair<PortOffer::State, const char*>, 6> offerStates{{
    {PortOffer::State::Waiting, "waiting"},
    {PortOffer::State::Offered, "offered"},
    {PortOffer::State::Accepted, "accepted"},
    {PortOffer::State::Declined, "declined"},
    {PortOffer::State::Removed, "removed"},
    {PortOffer::State::Unsupported, "unsupported"},
}};

QJsonObject offerToJson(const PortOffer& o)
{
    QString state;
    for (const auto& [s, name] : offerStates)
        if (s == o.state)
            state = QString::fromLatin1(name);
    return {
        {keyText(QLatin1String("id")), static_cast<double>(o.id)},
        {keyText(QLatin1String("friend")), o.friendKey.toHex()},
        {keyText(QLatin1String("host")), o.host},
        {keyText(QLatin1String("port")), o.port},
        {keyText(QLatin1String("suggestedPort")), o.suggestedPort},
        {keyText(QLatin1String("label")), o.label},
        {keyText(QLatin1String("state")), state},
        {keyText(QLatin1String("boundPort")), o.boundPort},
        {keyText(QLatin1String("reason")), o.reason},
    };
}

QJsonObject forwardToJson(const SavedForward& f)
{
    QJsonObject o{
        {keyText(QLatin1String("id")), f.spec.id},
        {keyText(QLatin1String("friend")), f.spec.friendKey.toHex()},
        {keyText(QLatin1String("listenAddress")), f.spec.listenAddress.toString()},
        {keyText(QLatin1String("listenPort")), f.spec.listenPort},
        {keyText(QLatin1String("host")), f.spec.host},
        {keyText(QLatin1String("port")), f.spec.port},
        {keyText(QLatin1String("enabled")), f.enabled},
    };
    if (f.spec.offerId != 0) {
        o.insert(QLatin1String("offerId"), static_cast<double>(f.spec.offerId));
        o.insert(QLatin1String("offerLabel"), f.offerLabel);
    }
    return o;
}

QJsonObject shareToJson(const SharedPort& s)
{
    return {
        {keyText(QLatin1String("friend")), s.friendKey.toHex()},
        {keyText(QLatin1String("rule")), s.rule.toString()},
        {keyText(QLatin1String("label")), s.label},
    };
}

/// A port number in 0-65535 (1-65535 unless @p allowZero), or -1.
int portOf(const QJsonValue& v, bool allowZero)
{
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    const int p = v.toInt(-1);
    if (d != p || p < (allowZero ? 0 : 1) || p > 65535)
        return -1;
    return p;
}

Expected<SavedForward, QString> forwardFromJson(const QJsonObject& o)
{
    SavedForward f;
    f.spec.id = o.value(QLatin1String("id")).toString();
    if (f.spec.id.isEmpty())
        return QStringLiteral("a forward without an id");
    f.spec.friendKey = PublicKey::fromHex(o.value(QLatin1String("friend")).toString());
    if (f.spec.friendKey.isNull())
        return QStringLiteral("forward %1: the friend is not a 64-digit public key").arg(f.spec.id);
    if (!f.spec.listenAddress.setAddress(o.value(QLatin1String("listenAddress")).toString()))
        return QStringLiteral("forward %1: the listen address is not an IP address").arg(f.spec.id);
    const int lport = portOf(o.value(QLatin1String("listenPort")), true);
    const int port = portOf(o.value(QLatin1String("port")), false);
    if (lport < 0 || port < 0)
        return QStringLiteral("forward %1: a port is not a number in 1-65535").arg(f.spec.id);
    f.spec.listenPort = static_cast<quint16>(lport);
    f.spec.port = static_cast<quint16>(port);
    f.spec.host = o.value(QLatin1String("host")).toString().trimmed();
    if (f.spec.host.isEmpty())
        return QStringLiteral("forward %1: no target host").arg(f.spec.id);
    f.enabled = o.value(QLatin1String("enabled")).toBool(true);
    const double offerId = o.value(QLatin1String("offerId")).toDouble(0);
    if (offerId < 0 || offerId > 0xFFFFFFFFu || offerId != static_cast<double>(static_cast<quint32>(offerId)))
        return QStringLiteral("forward %1: the offer id is not a number in 1-4294967295").arg(f.spec.id);
    f.spec.offerId = static_cast<quint32>(offerId);
    f.offerLabel = o.value(QLatin1String("offerLabel")).toString();
    return f;
}

Expected<PortOffer, QString> offerFromJson(const QJsonObject& o)
{
    PortOffer p;
    const double id = o.value(QLatin1String("id")).toDouble(0);
    if (id < 1 || id > 0xFFFFFFFFu || id != static_cast<double>(static_cast<quint32>(id)))
        return QStringLiteral("an offered port without a valid id");
    p.id = static_cast<quint32>(id);
    p.friendKey = PublicKey::fromHex(o.value(QLatin1String("friend")).toString());
    if (p.friendKey.isNull())
        return QStringLiteral("offered port %1: the friend is not a 64-digit public key").arg(p.id);
    const int port = portOf(o.value(QLatin1String("port")), false);
    const int suggested = portOf(o.value(QLatin1String("suggestedPort")), true);
    const int bound = portOf(o.value(QLatin1String("boundPort")), true);
    if (port < 0 || suggested < 0 || bound < 0)
        return QStringLiteral("offered port %1: a port is not a number in 1-65535").arg(p.id);
    p.port = static_cast<quint16>(port);
    p.suggestedPort = static_cast<quint16>(suggested);
    p.boundPort = static_cast<quint16>(bound);
    p.host = o.value(QLatin1String("host")).toString().trimmed();
    if (p.host.isEmpty())
        return QStringLiteral("offered port %1: no host").arg(p.id);
    p.label = o.value(QLatin1String("label")).toString();
    p.reason = o.value(QLatin1String("reason")).toString();
    const QString state = o.value(QLatin1String("state")).toString();
    const auto it = std::find_if(
        offerStates.cbegin(), offerStates.cend(), [&state](const auto& s) { return state == QLatin1String(s.second); });
    if (it == offerStates.cend())
        return QStringLiteral("offered port %1: unknown state \"%2\"").arg(p.id).arg(state);
    p.state = it->first;
    return p;
}

Expected<SharedPort, QString> shareFromJson(const QJsonObject& o)
{
    const PublicKey key = PublicKey::fromHex(o.value(QLatin1String("friend")).toString());
    if (key.isNull())
        return QStringLiteral("a shared port whose friend is not a 64-digit public key");
    auto rule = Rule::parse(o.value(QLatin1String("rule")).toString());
    if (!rule)
        return QStringLiteral("a shared port: %1").arg(rule.error());
    return SharedPort{key, *rule, o.value(QLatin1String("label")).toString()};
}
} // namespace

TunnelSettingsStore::TunnelSettingsStore(QString path)
    : m_path(std::move(path))
{
}

QString TunnelSettingsStore::pathForProfile(const QString& profilePath)
{
    QString base = profilePath;
    if (base.endsWith(QLatin1String(".tox")))
        base.chop(4);
    return base + QStringLiteral(".tunnels.json");
}

QByteArray TunnelSettingsStore::toJson(const TunnelSettings& settings)
{
    QJsonArray forwards, shares, offers, unreadable;
    for (const SavedForward& f : settings.forwards)
        forwards.append(forwardToJson(f));
    for (const SharedPort& s : settings.shares)
        shares.append(shareToJson(s));
    for (const PortOffer& o : settings.offers)
        offers.append(offerToJson(o));
    for (const QJsonObject& o : settings.unreadable)
        unreadable.append(o);
    QJsonObject root{
        {keyText(QLatin1String("version")), formatVersion},
        {keyText(QLatin1String("forwards")), forwards},
        {keyText(QLatin1String("shares")), shares},
    };
    if (!offers.isEmpty())
        root.insert(QLatin1String("offers"), offers);
    if (!unreadable.isEmpty())
        root.insert(QLatin1String("unreadable"), unreadable);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

TunnelSettings TunnelSettingsStore::fromJson(const QByteArray& json, QStringList* problems, bool* notJson)
{
    TunnelSettings out;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    *notJson = !doc.isObject();
    if (*notJson) {
        problems->append(err.error != QJsonParseError::NoError
                ? QStringLiteral("not JSON (%1 at byte %2)").arg(err.errorString()).arg(err.offset)
                : QStringLiteral("not a JSON object"));
        return out;
    }
    const QJsonObject root = doc.object();
    const auto keep = [&](const QJsonValue& v, const QString& why) {
        problems->append(why);
        if (v.isObject())
            out.unreadable.append(v.toObject());
    };
    for (const QJsonValue v : root.value(QLatin1String("forwards")).toArray()) {
        auto f = forwardFromJson(v.toObject());
        if (!f)
            keep(v, f.error());
        else if (out.forward(f->spec.id))
            keep(v, QStringLiteral("forward %1: the id is used twice").arg(f->spec.id));
        else
            out.forwards.append(*f);
    }
    for (const QJsonValue v : root.value(QLatin1String("shares")).toArray()) {
        auto s = shareFromJson(v.toObject());
        if (s)
            out.shares.append(*s);
        else
            keep(v, s.error());
    }
    for (const QJsonValue v : root.value(QLatin1String("offers")).toArray()) {
        auto o = offerFromJson(v.toObject());
        if (o)
            out.offers.append(*o);
        else
            keep(v, o.error());
    }
    for (const QJsonValue v : root.value(QLatin1String("unreadable")).toArray())
        if (v.isObject())
            out.unreadable.append(v.toObject()); // still unread; kept again
    return out;
}

TunnelSettings TunnelSettingsStore::load(QStringList* problems) const
{
    QStringList local;
    QStringList* p = problems ? problems : &local;
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        p->append(QStringLiteral("%1 cannot be read: %2").arg(m_path, file.errorString()));
        return {};
    }
    bool notJson = false;
    const int before = static_cast<int>(p->size());
    TunnelSettings s = fromJson(file.readAll(), p, &notJson);
    file.close();
    for (int i = before; i < p->size(); ++i)
        (*p)[i] = QStringLiteral("%1: %2").arg(m_path, p->at(i));
    if (notJson) {
        // Keep the damaged file for the user; the next save starts afresh.
        QString aside = m_path + QStringLiteral(".bad");
        for (int n = 2; QFile::exists(aside); ++n)
            aside = m_path + QStringLiteral(".bad-%1").arg(n);
        if (QFile::rename(m_path, aside))
            p->append(QStringLiteral("The file was moved to %1.").arg(aside));
    }
    return s;
}

bool TunnelSettingsStore::save(const TunnelSettings& settings, QString* error) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(settings)) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1 cannot be written: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace warren::tunnel
