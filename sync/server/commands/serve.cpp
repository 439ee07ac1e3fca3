// `ronde-server serve`.
#include "common.h"
#include "server/http_endpoint.h"
#include "server/server_workers.h"
#include "server/sync_service.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <sys/resource.h>

namespace ronde::server {
namespace {

// Files the process keeps open besides its connections: its database connections, logs,
// libraries' own, with room to spare.
constexpr rlim_t kOtherFiles = 256;

// A connection is an open file. A system's default limit of 1,024 open files a process (the
// soft limit; the hard one is usually higher) would stop the server accepting near 1,000
// connections, where --max-connections allows more; so the soft limit is raised to what the
// connections need, as far as the hard limit lets it. Returns how many connections fit
// (all wanted, when the limits cannot be read).
int roomForConnections(int wanted)
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) != 0) {
        return wanted;
    }
    const rlim_t needed = rlim_t(wanted) + kOtherFiles;
    if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur < needed) {
        files.rlim_cur =
            files.rlim_max == RLIM_INFINITY ? needed : std::min(needed, files.rlim_max);
        setrlimit(RLIMIT_NOFILE, &files);
        getrlimit(RLIMIT_NOFILE, &files);
    }
    if (files.rlim_cur == RLIM_INFINITY || files.rlim_cur >= needed) {
        return wanted;
    }
    return int(std::max<rlim_t>(files.rlim_cur, kOtherFiles + 1) - kOtherFiles);
}

// Why the workers could not listen, in words an administrator acts on.
QString whyNotListening(int errorNumber, const std::string &systemWords, bool sharing)
{
    switch (errorNumber) {
    case EADDRINUSE:
        return sharing ? tr("de poort is al in gebruik door een programma dat hem niet deelt. "
                            "Geef elk proces dat de poort deelt --share-port.")
                       : tr("de poort is al in gebruik, door een andere ronde-server of een "
                            "ander programma. Kies een andere poort, of geef elk proces op "
                            "dezelfde PostgreSQL-database dat de poort deelt --share-port.");
    case EACCES:
        return tr("geen toegang: een poort onder 1024 vraagt extra rechten (of kies een "
                  "poort vanaf 1024).");
    case EADDRNOTAVAIL:
        return tr("dit adres hoort niet bij deze machine.");
    default:
        return QString::fromStdString(systemWords);
    }
}

const char *const kServeSummary =
    QT_TRANSLATE_NOOP("ronde::server", "Start de synchronisatieserver (HTTPS).");

int runServe(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "serve";
    prepare(parser, kServeSummary);
    parser.addOption({"listen",
                      tr("Adres en poort (standaard 0.0.0.0:8443; poort 0 kiest een "
                         "vrije poort)."),
                      tr("ADRES:POORT"), "0.0.0.0:8443"});
    parser.addOption({"cert", tr("Het certificaat van de server (PEM)."), tr("BESTAND")});
    parser.addOption({"key", tr("De privésleutel van de server (PEM)."), tr("BESTAND")});
    parser.addOption(
        {"insecure-loopback", tr("Zonder TLS, alleen op een loopback-adres (voor tests).")});
    parser.addOption({"max-connections",
                      tr("Hoeveel verbindingen tegelijk open mogen zijn (standaard 2048); een "
                         "nieuwe sluit dan de langst vastzittende."),
                      tr("AANTAL"), "2048"});
    parser.addOption({"request-timeout",
                      tr("Binnen hoeveel seconden een verzoek helemaal binnen moet zijn "
                         "(standaard 30); een stille verbinding sluit na het dubbele."),
                      tr("SECONDEN"), "30"});
    parser.addOption({"retention-days",
                      tr("Hoeveel dagen een vertrokken gedetineerde nog op de tablets van de "
                         "inrichting blijft (standaard 0: weg bij de eerste synchronisatie na "
                         "vertrek). De server bewaart alles."),
                      tr("DAGEN"), "0"});
    parser.addOption({"max-audit-per-day",
                      tr("Hoeveel auditregels een tablet per etmaal mag sturen (standaard "
                         "20000); wat erboven komt, wordt niet bewaard en gelogd."),
                      tr("AANTAL"), "20000"});
    parser.addOption({"workers",
                      tr("Hoeveel verzoeken tegelijk worden beantwoord, elk met een eigen "
                         "databaseverbinding (standaard het aantal processorkernen, minstens 2)."),
                      tr("AANTAL")});
    parser.addOption(
        {"share-port", tr("Deel de poort met andere ronde-server-processen op dezelfde "
                          "PostgreSQL-database; geef het elk van die processen. Zonder deze "
                          "optie weigert de server een poort waarop al iets luistert.")});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    if (parser.isSet("share-port") && !isPostgres(parser.value("database"))) {
        err << tr("--share-port is alleen voor meerdere processen op één PostgreSQL-database; "
                  "een SQLite-bestand heeft één serverproces.")
            << "\n";
        return BadUsage;
    }
    int workers = std::max(2, QThread::idealThreadCount());
    if (!readInt(parser, "workers", 1, 256, workers, err)) {
        return BadUsage;
    }
    const QString listen = parser.value("listen");
    const qsizetype colon = listen.lastIndexOf(':');
    bool portOk = false;
    const QHostAddress address(listen.left(colon));
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    if (colon < 0 || address.isNull() || !portOk || port > 65535) {
        err << tr("Ongeldig adres '%1' voor --listen: gebruik bijvoorbeeld 127.0.0.1:8443.")
                   .arg(listen)
            << "\n";
        return BadUsage;
    }
    sync::ConnectionGuard::Limits limits;
    bool limitsOk = false;
    limits.maxConnections = parser.value("max-connections").toInt(&limitsOk);
    if (!limitsOk || limits.maxConnections < 1) {
        err << tr("--max-connections moet een heel getal van 1 of meer zijn.") << "\n";
        return BadUsage;
    }
    if (const int room = roomForConnections(limits.maxConnections); room < limits.maxConnections) {
        err << tr("Let op: het systeem laat dit proces maar %1 verbindingen open hebben, niet "
                  "%2 (--max-connections); verhoog de grens voor open bestanden (ulimit -n, "
                  "LimitNOFILE).")
                   .arg(room)
                   .arg(limits.maxConnections)
            << Qt::endl; // flushed now: the server keeps running, and its errors are read live
        limits.maxConnections = room;
    }
    limits.requestSeconds = parser.value("request-timeout").toInt(&limitsOk);
    if (!limitsOk || limits.requestSeconds < 1) {
        err << tr("--request-timeout moet een heel aantal seconden van 1 of meer zijn.") << "\n";
        return BadUsage;
    }
    limits.idleSeconds = 2 * limits.requestSeconds;
    sync::SyncLimits syncLimits;
    syncLimits.retentionDays = parser.value("retention-days").toInt(&limitsOk);
    if (!limitsOk || syncLimits.retentionDays < 0 || syncLimits.retentionDays > 3650) {
        err << tr("--retention-days moet een heel aantal dagen van 0 tot en met 3650 zijn.")
            << "\n";
        return BadUsage;
    }
    syncLimits.maxAuditPerDevicePerDay = parser.value("max-audit-per-day").toLongLong(&limitsOk);
    if (!limitsOk || syncLimits.maxAuditPerDevicePerDay < 1) {
        err << tr("--max-audit-per-day moet een heel getal van 1 of meer zijn.") << "\n";
        return BadUsage;
    }
    std::optional<QSslConfiguration> tls;
    if (parser.isSet("insecure-loopback")) {
        if (!address.isLoopback()) {
            err << tr("--insecure-loopback mag alleen op een loopback-adres (127.0.0.1).") << "\n";
            return BadUsage;
        }
    } else {
        if (!parser.isSet("cert") || !parser.isSet("key")) {
            err << tr("Geef --cert en --key: tablets praten alleen via TLS met de server.") << "\n";
            return BadUsage;
        }
        QFile certFile(parser.value("cert"));
        QFile keyFile(parser.value("key"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            err << tr("Kan het certificaat of de sleutel niet lezen.") << "\n";
            return BadUsage;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        }
        if (cert.isNull() || key.isNull()) {
            err << tr("Certificaat of sleutel is geen geldige PEM.") << "\n";
            return BadUsage;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(cert);
        config.setPrivateKey(key);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        tls = config;
    }
    return withStore(parser, [&](Store &store) {
        sync::SyncService(store, syncLimits).sequenceUnloggedEvents();
        sync::EndpointShared shared(err);
        const std::string location = parser.value("database").toStdString();
        sync::ServerWorkers pool([location] { return std::make_unique<Store>(location); },
                                 syncLimits, shared);
        const quint16 bound = pool.start(
            workers, address, quint16(port), tls, limits,
            parser.isSet("share-port") ? sync::ServerWorkers::PortUse::SharedWithOtherProcesses
                                       : sync::ServerWorkers::PortUse::OwnOnly);
        if (bound == 0) {
            err << tr("Kan niet luisteren op %1: %2")
                       .arg(listen, whyNotListening(pool.errorNumber(), pool.error(),
                                                    parser.isSet("share-port")))
                << "\n";
            return int(Failure);
        }
        out << tr("Ronde-server luistert op %1://%2:%3 (werkers: %4)")
                   .arg(tls ? "https" : "http", address.toString())
                   .arg(bound)
                   .arg(workers)
            << Qt::endl;
        return QCoreApplication::exec();
    });
}

} // namespace

Command serveCommand()
{
    return {"serve", kServeSummary, runServe};
}

} // namespace ronde::server
