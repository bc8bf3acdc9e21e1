#include "tunnel/tunnelsettingsstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace warren::tunnel {

namespace {
constexpr int formatVersion = 1;

QString keyText(QLatin1String k)
{
    return QString(k);
}

QJsonObject forwardToJson(const SavedForward& f)
{
    return {
        {keyText(QLatin1String("id")), f.spec.id},
        {keyText(QLatin1String("friend")), f.spec.friendKey.toHex()},
        {keyText(QLatin1String("listenAddress")), f.spec.listenAddress.toString()},
        {keyText(QLatin1String("listenPort")), f.spec.listenPort},
        {keyText(QLatin1String("host")), f.spec.host},
        {keyText(QLatin1String("port")), f.spec.port},
        {keyText(QLatin1String("enabled")), f.enabled},
    };
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
    return f;
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
    QJsonArray forwards, shares, unreadable;
    for (const SavedForward& f : settings.forwards)
        forwards.append(forwardToJson(f));
    for (const SharedPort& s : settings.shares)
        shares.append(shareToJson(s));
    for (const QJsonObject& o : settings.unreadable)
        unreadable.append(o);
    QJsonObject root{
        {keyText(QLatin1String("version")), formatVersion},
        {keyText(QLatin1String("forwards")), forwards},
        {keyText(QLatin1String("shares")), shares},
    };
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
