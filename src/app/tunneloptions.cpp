#include "app/tunneloptions.h"

#include "app/tunnelconfig.h"
#include "tunnel/rules/rulesfile.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace warren {

namespace {
using namespace warren::tunnel;

QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

void addOptions(QCommandLineParser& p)
{
    p.addOption({opt("i"),
        QStringLiteral("Client: the server's Tox ID. Server: accept friend requests only from this ID "
                       "(repeatable; only the public key is compared)."),
        QStringLiteral("ID")});
    p.addOption({opt("L"),
        QStringLiteral("Client: listen on 127.0.0.1:LPORT (or ADDR:LPORT) and tunnel each connection to "
                       "HOST:RPORT at the server (repeatable)."),
        QStringLiteral("[ADDR:]LPORT:HOST:RPORT")});
    p.addOption({opt("W"),
        QStringLiteral("Client: tunnel stdin/stdout to HOST:PORT at the server (ssh -o ProxyCommand) and "
                       "exit when the tunnel closes."),
        QStringLiteral("HOST:PORT")});
    p.addOption({opt("D"),
        QStringLiteral("Client: SOCKS5 server on 127.0.0.1:PORT (or ADDR:PORT); each CONNECT becomes a "
                       "tunnel, host names are resolved by the server."),
        QStringLiteral("[ADDR:]PORT")});
    p.addOption({opt("p"), QStringLiteral("Client: ping the server, print the round trip and exit.")});
    p.addOption({opt("s"),
        QStringLiteral("Shared secret: a client sends it with its friend request, a server accepts only "
                       "requests carrying it (also TUNTOX_SHARED_SECRET)."),
        QStringLiteral("SECRET")});
    p.addOption({opt("f"),
        QStringLiteral("Server: allow tunnels only to the HOST:PORT lines of FILE (tuntox rules; a file "
                       "without a valid rule refuses every tunnel). Without -f any target is allowed."),
        QStringLiteral("FILE")});
    p.addOption(
        {opt("C"), QStringLiteral("Keep the Tox identity in DIR/tox_save (tuntox's format)."), QStringLiteral("DIR")});
    p.addOption({opt("I"), QStringLiteral("Write our Tox ID to FILE."), QStringLiteral("FILE")});
    p.addOption({opt("u"), QStringLiteral("Same as --udp-port."), QStringLiteral("A:B")});
    p.addOption({opt("t"), QStringLiteral("Serve as a Tox TCP relay on PORT (0: do not)."), QStringLiteral("PORT")});
    p.addOption({opt("d"), QStringLiteral("Debug logging; twice for more.")});
    p.addOption({opt("q"), QStringLiteral("Quiet: log warnings and errors only.")});
    p.addOption({opt("S"), QStringLiteral("Log to syslog.")});
    p.addOption({opt("z"), QStringLiteral("Run in the background as a daemon (implies -S).")});
    p.addOption({opt("F"), QStringLiteral("Write the process id to FILE."), QStringLiteral("FILE")});
    p.addOption({opt("V"), QStringLiteral("Print the version and exit.")});
    QCommandLineOption dropUser(opt("U"), QStringLiteral("Not supported."), QStringLiteral("USER"));
    dropUser.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(dropUser);
    p.addOption({opt("config"),
        QStringLiteral("Read forwards, rules, whitelist and secret from FILE (see warren-tunnel.conf.example)."),
        QStringLiteral("FILE")});
    p.addOption({opt("dht-info"),
        QStringLiteral("Write our DHT key and UDP port to FILE as a bootstrap nodes file naming 127.0.0.1 "
                       "(for local setups and tests)."),
        QStringLiteral("FILE")});
    p.addOption({opt("request-timeout"),
        QStringLiteral("Client: give up a tunnel request that got no answer after SECONDS (default 30; a "
                       "tuntox server refuses without answering)."),
        QStringLiteral("SECONDS")});
    addNetworkOptions(p, {opt("b"), opt("nodes")});
}

bool readFile(const QString& path, QByteArray* out, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}

/// What a server accepts, from -f, the configuration and tuntox's defaults.
void buildServerPolicy(const QCommandLineParser& p, const TunnelConfig& config, const QList<PublicKey>& whitelist,
    TunnelOptions* o, QStringList* errors)
{
    std::optional<TunnelRules> rules = config.defaultRules;
    if (p.isSet(opt("f"))) {
        const QString path = p.value(opt("f"));
        QByteArray bytes;
        QString why;
        if (!readFile(path, &bytes, &why)) {
            errors->append(QStringLiteral("rules file: %1").arg(why));
            return;
        }
        const RulesFile file = parseRulesFile(QByteArrayView(bytes));
        for (const RuleError& e : file.errors)
            o->warnings.append(QStringLiteral("%1: %2 (line ignored)").arg(path, e.toString()));
        if (file.rules.isEmpty())
            o->warnings.append(
                QStringLiteral("%1 has no valid rule: every tunnel request will be refused (as tuntox does)")
                    .arg(path));
        if (!rules)
            rules = TunnelRules();
        for (const Rule& r : file.rules.rules())
            rules->add(r);
    }
    if (!rules && config.friends.isEmpty()) {
        rules = TunnelRules::allowAll();
        o->warnings.append(QStringLiteral("no rules (-f): friends may open tunnels to any host and port, as with "
                                          "tuntox; use -f FILE or allow lines in --config to restrict them"));
    }
    o->policy.setDefaultRules(rules.value_or(TunnelRules()));
    for (const FriendRules& f : config.friends)
        o->policy.setFriendRules(f.friendKey, f.rules);

    if (!o->secret.isEmpty())
        o->policy.setSecret(o->secret);
    if (!whitelist.isEmpty())
        o->policy.setWhitelist(QSet<PublicKey>(whitelist.cbegin(), whitelist.cend()));
    if (o->secret.isEmpty() && whitelist.isEmpty()) {
        o->policy.setAcceptAnyRequest(true);
        o->warnings.append(QStringLiteral("no secret (-s) and no whitelist (-i): anyone who knows this server's "
                                          "Tox ID can befriend it and open tunnels, as with tuntox"));
    }
    if (o->identityDir.isEmpty())
        o->warnings.append(QStringLiteral("no -C: this server gets a new Tox ID at every start"));
}

/// Client mode: the server, the forwards, -W, -D and -p, and what may go together.
void readClientOptions(const QCommandLineParser& p, const TunnelConfig& config, TunnelOptions* o, QStringList* errors)
{
    const QStringList ids = p.values(opt("i"));
    QString why;
    if (ids.size() > 1)
        errors->append(QStringLiteral("a client takes one server: give -i once"));
    else if (ids.size() == 1 && !parseToxId(ids.first(), &o->server, &why))
        errors->append(QStringLiteral("-i: %1").arg(why));
    else if (ids.isEmpty() && config.server)
        o->server = *config.server;
    else if (ids.isEmpty())
        errors->append(QStringLiteral(
            "a client (-L, -W, -D, -p) needs the server's Tox ID: -i ID, or a \"server\" line in --config"));

    QList<ForwardSpec> forwards = config.forwards;
    for (const QString& text : p.values(opt("L"))) {
        ForwardSpec f;
        if (!f.parseTuntox(text, &why))
            errors->append(QStringLiteral("-L: %1").arg(why));
        else
            forwards.append(f);
    }
    for (ForwardSpec& f : forwards) {
        f.id = QStringLiteral("L%1").arg(o->forwards.size() + 1);
        f.friendKey = o->server.publicKey();
        o->forwards.append(f);
    }
    o->socks = config.socks;
    for (const QString& text : p.values(opt("D"))) {
        ListenAddress l;
        if (!parseListenAddress(text, &l, &why))
            errors->append(QStringLiteral("-D: %1").arg(why));
        else
            o->socks.append(l);
    }
    const QStringList stdio = p.values(opt("W"));
    if (stdio.size() > 1)
        errors->append(QStringLiteral("-W takes one HOST:PORT"));
    else if (stdio.size() == 1 && !parseHostPort(stdio.first(), &o->stdioHost, &o->stdioPort, &why))
        errors->append(QStringLiteral("-W: %1").arg(why));
    o->ping = p.isSet(opt("p"));

    const bool listens = !o->forwards.isEmpty() || !o->socks.isEmpty();
    if (!stdio.isEmpty() && (listens || o->ping))
        errors->append(QStringLiteral("-W tunnels stdin and stdout alone: it does not go with -L, -D or -p"));
    if (o->ping && listens)
        errors->append(QStringLiteral("-p pings and exits: it does not go with -L or -D"));
    if (o->daemonize && (!stdio.isEmpty() || o->ping))
        errors->append(QStringLiteral("-z does not go with -W or -p"));
    if (config.hasServerLines())
        errors->append(QStringLiteral("the configuration has server lines (whitelist, allow, friend) but the "
                                      "options make a client"));
    if (p.isSet(opt("f")))
        o->warnings.append(QStringLiteral("-f only applies to a server; ignored"));
    o->policy = TunnelPolicy(); // a client serves no tunnels
}

void readCommonOptions(const QCommandLineParser& p, TunnelOptions* o, QStringList* errors)
{
    QString why;
    if (!readNetworkOptions(p, &o->net, &why))
        errors->append(why);
    if (p.isSet(opt("u")) && !o->net.network.setPortRange(p.value(opt("u")), &why))
        errors->append(QStringLiteral("-u: %1").arg(why));
    if (p.isSet(opt("t"))) {
        bool ok = false;
        const uint port = p.value(opt("t")).toUInt(&ok);
        if (!ok || port > 65535)
            errors->append(QStringLiteral("-t: \"%1\" is not a port (0 to 65535)").arg(p.value(opt("t"))));
        else
            o->net.network.tcpRelayPort = static_cast<quint16>(port);
    }
    if (p.isSet(opt("request-timeout"))) {
        bool ok = false;
        const int s = p.value(opt("request-timeout")).toInt(&ok);
        if (!ok || s < 1 || s > 3600)
            errors->append(QStringLiteral("--request-timeout takes 1 to 3600 seconds"));
        else
            o->link.requestTimeoutMs = s * 1000;
    }
    if (p.isSet(opt("U")))
        errors->append(QStringLiteral("-U is not supported: start warren-tunnel as the user it should run as "
                                      "(User= in its systemd unit)"));
    for (const QString& a : p.positionalArguments())
        errors->append(QStringLiteral("unexpected argument \"%1\"").arg(a));
    o->identityDir = p.value(opt("C"));
    o->idFile = p.value(opt("I"));
    o->dhtInfoFile = p.value(opt("dht-info"));
    o->pidFile = p.value(opt("F"));
    o->debug = static_cast<int>(p.optionNames().count(opt("d")));
    o->quiet = p.isSet(opt("q"));
    o->daemonize = p.isSet(opt("z"));
    o->syslog = p.isSet(opt("S")) || o->daemonize;
}

/// -s, else TUNTOX_SHARED_SECRET, else the configuration's secret.
void readSecret(const QCommandLineParser& p, const TunnelConfig& config, TunnelOptions* o, QStringList* errors)
{
    QByteArray secret;
    bool given = true;
    if (p.isSet(opt("s")))
        secret = p.value(opt("s")).toUtf8();
    else if (qEnvironmentVariableIsSet("TUNTOX_SHARED_SECRET"))
        secret = qgetenv("TUNTOX_SHARED_SECRET");
    else if (config.secret)
        secret = *config.secret;
    else
        given = false;
    if (given && secret.isEmpty())
        errors->append(QStringLiteral("the shared secret is empty"));
    if (secret.size() > TunnelPolicy::maxSecretLength) {
        o->warnings.append(QStringLiteral("the shared secret is cut to its first %1 bytes, as tuntox does")
                               .arg(TunnelPolicy::maxSecretLength));
        secret.truncate(TunnelPolicy::maxSecretLength);
    }
    o->secret = secret;
}

int usageError(const QStringList& errors)
{
    for (const QString& e : errors)
        std::fprintf(stderr, "warren-tunnel: %s\n", qPrintable(e));
    std::fprintf(stderr, "Try 'warren-tunnel --help'.\n");
    return 2;
}
} // namespace

std::optional<int> parseTunnelOptions(const QStringList& arguments, TunnelOptions* out)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("TCP tunnels over Tox, a drop-in for tuntox.\n\n"
                       "  server:  warren-tunnel [-C DIR] [-s SECRET] [-f RULES] [-i CLIENT_ID]...\n"
                       "  client:  warren-tunnel -i SERVER_ID [-s SECRET] -L 2222:127.0.0.1:22 [-L ...] [-D 1080]\n"
                       "           warren-tunnel -i SERVER_ID -W 127.0.0.1:22     (ssh -o ProxyCommand)\n"
                       "           warren-tunnel -i SERVER_ID -p"));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    addOptions(p);
    if (!p.parse(arguments))
        return usageError({p.errorText()});
    if (p.isSet(help)) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (p.isSet(version) || p.isSet(opt("V"))) {
        std::printf("warren-tunnel %s\n", WARREN_VERSION);
        return 0;
    }

    QStringList errors;
    TunnelConfig config;
    if (p.isSet(opt("config"))) {
        const QString path = p.value(opt("config"));
        QByteArray bytes;
        QString why;
        if (!readFile(path, &bytes, &why))
            errors.append(QStringLiteral("--config: %1").arg(why));
        QStringList bad;
        config = parseTunnelConfig(QString::fromUtf8(bytes), &bad);
        for (const QString& b : bad)
            errors.append(QStringLiteral("%1: %2").arg(path, b));
    }
    TunnelOptions& o = *out;
    readCommonOptions(p, &o, &errors);
    readSecret(p, config, &o, &errors);
    const bool client
        = p.isSet(opt("L")) || p.isSet(opt("W")) || p.isSet(opt("D")) || p.isSet(opt("p")) || config.hasClientLines();
    o.mode = client ? TunnelOptions::Mode::Client : TunnelOptions::Mode::Server;
    if (client) {
        readClientOptions(p, config, &o, &errors);
    } else {
        QList<PublicKey> whitelist = config.whitelist;
        for (const QString& id : p.values(opt("i"))) {
            PublicKey k;
            QString why;
            if (!parsePeerKey(id, &k, &why))
                errors.append(QStringLiteral("-i: %1").arg(why));
            else
                whitelist.append(k);
        }
        buildServerPolicy(p, config, whitelist, &o, &errors);
    }
    if (!errors.isEmpty())
        return usageError(errors);
    return std::nullopt;
}

} // namespace warren
