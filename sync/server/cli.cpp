#include "cli.h"

#include "demo/demo.h"
#include "http_endpoint.h"
#include "model/problem.h"
#include "office/report_pdf.h"
#include "report/report.h"
#include "report_output.h"
#include "roster/roster.h"
#include "scenario/scenario_json.h"
#include "store/report_queries.h"
#include "store/store.h"
#include "sync_service.h"
#include "util/local_time.h"
#include "util/secrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTextStream>
#include <functional>
#include <iostream>
#include <map>
#include <termios.h>
#include <unistd.h>

namespace ronde::server {
namespace {

// lupdate files free tr() calls under the namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("ronde::server", text);
}

// Summaries are shown in the overview and in each command's --help.
const char *const kInitSummary =
    QT_TRANSLATE_NOOP("ronde::server", "Maakt de database aan of werkt het schema bij.");
const char *const kDemoSummary =
    QT_TRANSLATE_NOOP("ronde::server", "Schrijft een centrale database met demo-inrichtingen.");
const char *const kEvaluateSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Beoordeelt een scenario (JSON) volgens de regels en toont waarom iets "
                     "op tijd, te laat of nog open is.");
const char *const kServeSummary =
    QT_TRANSLATE_NOOP("ronde::server", "Start de synchronisatieserver (HTTPS).");
const char *const kEnrolSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Maakt een eenmalige aanmeldcode voor een nieuwe tablet van een inrichting.");
const char *const kRevokeSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Trekt een tablet in: bij de volgende synchronisatie wist hij zijn gegevens.");
const char *const kUserSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Medewerkers: 'user add', 'user list' of 'user disable ID'.");
const char *const kReportSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Rapportage voor het centrale kantoor (R5): contact per rol, zonder "
                     "contact, naleving van de termijnen en tevredenheid.");
const char *const kProposalsSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Toont de registratievoorstellen van tablets (afdeling, naam, zelfmelder), "
                     "met de parallelle wijzigingen die het kantoor moet beslissen.");
const char *const kAuditSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Toont het auditlogboek van een gedetineerde: wie het dossier opende en wie "
                     "wat vastlegde, op welke tablet.");
const char *const kRefusalsSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Toont de registraties die de server weigerde, per tablet, met de reden. "
                     "Ze blijven op de tablet; na een wijziging van het register of met "
                     "'Geweigerde opnieuw versturen' stuurt de tablet ze opnieuw.");
const char *const kTransferSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Plaatst een gedetineerde over naar een andere inrichting, op een dag: het "
                     "verblijf in de oude inrichting eindigt die dag, het nieuwe begint die dag. "
                     "De geschiedenis gaat mee naar de tablets van de nieuwe inrichting.");
const char *const kImportSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Leest gedetineerden in uit een CSV-export van het registratiesysteem "
                     "(nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;"
                     "vertrek).");
const char *const kDevicesSummary =
    QT_TRANSLATE_NOOP("ronde::server", "Toont de aangemelde tablets.");

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &, QTextStream &, QTextStream &)> run;
};

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath("ronde-server.sqlite");
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        {"d", "database"},
        tr("Het databasebestand (SQLite), of een PostgreSQL-database als "
           "postgresql://gebruiker@host:poort/naam (wachtwoord via ~/.pgpass of PGPASSWORD). "
           "Standaard: %1.")
            .arg(defaultDatabasePath()),
        tr("PAD|URI"), defaultDatabasePath());
}

bool isPostgres(const QString &location)
{
    return Database::isPostgresUri(location.toStdString());
}

// A SQLite file's folder is made if it is missing; PostgreSQL needs nothing.
void makeRoomFor(const QString &location)
{
    if (!isPostgres(location)) {
        QDir().mkpath(QFileInfo(location).absolutePath());
    }
}

// A parser with --help and the options every subcommand shares.
void prepare(QCommandLineParser &parser, const char *summary)
{
    parser.setApplicationDescription(tr(summary));
    // Our own --help: Qt's adds --help-all with toolkit options no user needs.
    parser.addOption({{"h", "help"}, tr("Toont deze hulp.")});
    parser.addOption(databaseOption());
}

// Qt's help text starts with an English usage line naming the binary's path; say it in Dutch
// with the subcommand instead.
QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    text = text.mid(text.indexOf('\n') + 1);
    text.replace("Options:", tr("Opties:"));
    return tr("Gebruik: ronde-server %1 [OPTIES]").arg(command) + "\n" + text;
}

// Parses arguments; on a bad line prints the problem and fills exitCode.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
           QTextStream &out, QTextStream &err, int &exitCode)
{
    if (!parser.parse(QStringList{"ronde-server"} + arguments)) {
        err << parser.errorText() << "\n" << tr("Zie 'ronde-server help'.") << "\n";
        exitCode = BadUsage;
        return false;
    }
    if (parser.isSet("help")) {
        out << helpText(parser, command);
        exitCode = Success;
        return false;
    }
    return true;
}

bool readInt(const QCommandLineParser &parser, const QString &name, int low, int high, int &value,
             QTextStream &err)
{
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < low || parsed > high) {
        err << tr("Ongeldige waarde '%1' voor --%2: geef een geheel getal van %3 tot en met %4.")
                   .arg(parser.value(name), name)
                   .arg(low)
                   .arg(high)
            << "\n";
        return false;
    }
    value = parsed;
    return true;
}

int runInit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "init";
    prepare(parser, kInitSummary);
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    const QString path = parser.value("database");
    QDir().mkpath(QFileInfo(path).absolutePath());
    Store store(path.toStdString());
    out << tr("Database %1 is klaar (schemaversie %2).").arg(path).arg(store.schemaVersion())
        << "\n";
    return Success;
}

int runDemo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "demo";
    prepare(parser, kDemoSummary);
    parser.addOption({"out",
                      tr("De nieuwe database: een bestand of een PostgreSQL-URI (hetzelfde als "
                         "--database)."),
                      tr("PAD|URI")});
    parser.addOption({"facilities", tr("Aantal inrichtingen (standaard 1)."), tr("N")});
    parser.addOption(
        {"detainees", tr("Aantal gedetineerden per inrichting (standaard 60)."), tr("N")});
    parser.addOption({"seed",
                      tr("Startwaarde van de toevalsgenerator (standaard 2014); "
                         "dezelfde waarde geeft dezelfde gegevens."),
                      tr("S")});
    parser.addOption({"today",
                      tr("De datum waarop de demo 'vandaag' is (JJJJ-MM-DD; "
                         "standaard vandaag)."),
                      tr("DATUM")});
    parser.addOption({"replace", tr("Overschrijf het bestand als het al bestaat (of maak de "
                                    "PostgreSQL-database eerst leeg).")});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }

    DemoOptions options;
    options.today = todayInAmsterdam();
    int seed = int(options.seed);
    if (!readInt(parser, "facilities", 1, 1000, options.facilities, err) ||
        !readInt(parser, "detainees", 1, 100000, options.detaineesPerFacility, err) ||
        !readInt(parser, "seed", 0, 2147483647, seed, err)) {
        return BadUsage;
    }
    options.seed = uint64_t(seed);
    if (parser.isSet("today")) {
        const auto today = Date::parseIso(parser.value("today").toStdString());
        if (!today) {
            err << tr("Ongeldige datum '%1' voor --today: gebruik JJJJ-MM-DD.")
                       .arg(parser.value("today"))
                << "\n";
            return BadUsage;
        }
        options.today = *today;
    }

    const QString path = parser.isSet("out") ? parser.value("out") : parser.value("database");
    int lastTenth = -1;
    options.progress = [&](int done, int total) {
        const int tenth = done * 10 / total;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err << tr("Demo maken: %1 van %2 gedetineerden").arg(done).arg(total) << "\n";
            err.flush();
        }
    };
    const auto writeDemo = [&](Store &store) {
        const DemoSummary summary = generateDemo(store, options);
        sync::SyncService(store).sequenceUnloggedEvents(); // a central database: ready to sync
        return summary;
    };
    DemoSummary summary;
    if (isPostgres(path)) {
        // One transaction: an interrupted run leaves the database as it was.
        Store store(path.toStdString());
        Transaction tx(store.database());
        if (!store.registry().facilities().empty()) {
            if (!parser.isSet("replace")) {
                err << tr("De database %1 bevat al gegevens. Kies een andere database of geef "
                          "--replace.")
                           .arg(QString::fromStdString(store.database().displayName()))
                    << "\n";
                return BadUsage;
            }
            store.eraseEverything();
        }
        summary = writeDemo(store);
        tx.commit();
    } else {
        if (QFileInfo::exists(path)) {
            if (!parser.isSet("replace")) {
                err << tr("Het bestand %1 bestaat al. Kies een ander bestand of geef --replace.")
                           .arg(path)
                    << "\n";
                return BadUsage;
            }
            for (const char *suffix : {"", "-wal", "-shm"}) {
                QFile::remove(path + suffix);
            }
        }
        QDir().mkpath(QFileInfo(path).absolutePath());

        // Write to a temporary name first, so that an interrupted run leaves no half demo.
        const QString partial = path + ".partial";
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile::remove(partial + suffix);
        }
        {
            Store store(partial.toStdString());
            summary = writeDemo(store);
            store.checkpoint();
        }
        for (const char *suffix : {"-wal", "-shm"}) {
            QFile::remove(partial + suffix);
        }
        if (!QFile::rename(partial, path)) {
            err << tr("Kon %1 niet hernoemen naar %2.").arg(partial, path) << "\n";
            return Failure;
        }
    }
    out << tr("Demo geschreven naar %1: %2 inrichting(en), %3 afdelingen, %4 medewerkers, "
              "%5 gedetineerden, %6 registraties.")
               .arg(isPostgres(path) ? tr("PostgreSQL") : path)
               .arg(summary.facilities)
               .arg(summary.units)
               .arg(summary.users)
               .arg(summary.detainees)
               .arg(summary.events)
        << "\n";
    return Success;
}

int runEvaluate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "evaluate";
    prepare(parser, kEvaluateSummary);
    parser.addPositionalArgument(
        tr("BESTAND"), tr("Het scenario als JSON; zonder bestand wordt standaardinvoer gelezen."),
        tr("[BESTAND]"));
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() > 1) {
        err << tr("Geef hoogstens één scenariobestand.") << "\n";
        return BadUsage;
    }
    QByteArray json;
    if (parser.positionalArguments().isEmpty() || parser.positionalArguments()[0] == "-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << tr("Kan de standaardinvoer niet lezen.") << "\n";
            return BadUsage;
        }
        json = in.readAll();
    } else {
        QFile in(parser.positionalArguments()[0]);
        if (!in.open(QIODevice::ReadOnly)) {
            err << tr("Kan %1 niet lezen: %2").arg(in.fileName(), in.errorString()) << "\n";
            return BadUsage;
        }
        json = in.readAll();
    }
    try {
        const Scenario s = parseScenario(std::string_view(json.constData(), size_t(json.size())));
        const Evaluation evaluation =
            evaluate(*s.profile, s.facility, s.detainee, s.events, s.asOf);
        out << QString::fromStdString(evaluationToJson(evaluation)) << "\n";
    } catch (const ValidationError &e) {
        // Every message names its field; say it up front so it stands out.
        err << tr("Fout in %1: %2")
                   .arg(QString::fromStdString(e.problem().field),
                        QString::fromStdString(describe(e.problem())))
            << "\n";
        return BadUsage;
    }
    return Success;
}

// Opens the database the command names, creating its folder, and runs `work` on it.
template <typename Work> int withStore(const QCommandLineParser &parser, Work work)
{
    const QString path = parser.value("database");
    makeRoomFor(path);
    Store store(path.toStdString());
    return work(store);
}

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
                      tr("Hoeveel verbindingen tegelijk open mogen zijn (standaard 512); een "
                         "nieuwe sluit dan de langst vastzittende."),
                      tr("AANTAL"), "512"});
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
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
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
        sync::SyncService service(store, syncLimits);
        service.sequenceUnloggedEvents();
        sync::HttpEndpoint endpoint(service, err);
        const quint16 bound = endpoint.listen(address, quint16(port), tls, limits);
        if (bound == 0) {
            err << tr("Kan niet luisteren op %1.").arg(listen) << "\n";
            return int(Failure);
        }
        out << tr("Ronde-server luistert op %1://%2:%3")
                   .arg(tls ? "https" : "http", address.toString())
                   .arg(bound)
            << Qt::endl;
        return QCoreApplication::exec();
    });
}

int runEnrol(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "enrol";
    prepare(parser, kEnrolSummary);
    parser.addOption({"facility", tr("De inrichting (naam of id)."), tr("INRICHTING")});
    parser.addOption({"name", tr("Een naam voor de tablet, bijv. 'Afdeling A 1'."), tr("NAAM")});
    parser.addOption({"valid-hours",
                      tr("Hoeveel uur de code geldig is (standaard 24, hoogstens 720)."),
                      tr("UREN"), "24"});
    parser.addOption({"withdraw", tr("Trekt een nog ongebruikte code in."), tr("CODE")});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    int validHours = sync::SyncService::kDefaultCodeValidHours;
    if (!readInt(parser, "valid-hours", 1, 720, validHours, err)) {
        return BadUsage;
    }
    return withStore(parser, [&](Store &store) {
        if (parser.isSet("withdraw")) {
            if (!sync::SyncService(store).withdrawEnrolmentCode(
                    parser.value("withdraw").trimmed().toStdString())) {
                err << tr("Geen ongebruikte code %1.").arg(parser.value("withdraw")) << "\n";
                return int(BadUsage);
            }
            out << tr("Code ingetrokken.") << "\n";
            return int(Success);
        }
        const std::string code = sync::SyncService(store).createEnrolmentCode(
            parser.value("facility").toStdString(), parser.value("name").toStdString(), validHours);
        out << tr("Aanmeldcode (eenmalig): %1").arg(QString::fromStdString(code)) << "\n";
        out << tr("Geldig tot %1.")
                   .arg(QDateTime::currentDateTime()
                            .addSecs(int64_t(validHours) * 3600)
                            .toString("yyyy-MM-dd HH:mm"))
            << "\n";
        return int(Success);
    });
}

int runRevoke(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "revoke";
    prepare(parser, kRevokeSummary);
    parser.addPositionalArgument(tr("APPARAAT"), tr("Het id van de tablet (zie 'devices')."));
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("Geef precies één apparaat-id.") << "\n";
        return BadUsage;
    }
    return withStore(parser, [&](Store &store) {
        sync::SyncService(store).revoke(parser.positionalArguments()[0].toStdString());
        out << tr("Ingetrokken: %1. Bij de volgende synchronisatie wist de tablet zijn gegevens.")
                   .arg(parser.positionalArguments()[0])
            << "\n";
        return int(Success);
    });
}

int runDevices(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "devices";
    prepare(parser, kDevicesSummary);
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    return withStore(parser, [&](Store &store) {
        for (const DeviceRecord &device : store.devices().all()) {
            out << QString::fromStdString(device.id) << "\t"
                << QString::fromStdString(device.facilityName) << "\t"
                << QString::fromStdString(device.name)
                << (device.revoked ? "\t" + tr("ingetrokken") : QString())
                // enrolled before sealed PIN hashes: its staff cannot sign in (SECURITY.md)
                << (!device.revoked && device.pinKey.empty()
                        ? "\t" + tr("opnieuw koppelen: geen sleutel voor pincodes")
                        : QString())
                << "\n";
        }
        return int(Success);
    });
}

// A new PIN from the terminal (asked twice, not echoed) or from standard input (one line),
// never from the command line, where other users and the shell's history would see it.
std::string readPin(QTextStream &out)
{
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    const auto readLine = [terminal](bool echo) {
        termios saved{};
        if (terminal && !echo) {
            ::tcgetattr(STDIN_FILENO, &saved);
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        std::string line;
        std::getline(std::cin, line);
        if (terminal && !echo) {
            ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        }
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
            line.pop_back();
        }
        return line;
    };
    if (!terminal) {
        return readLine(true);
    }
    out << tr("Nieuwe pincode (6 tot 8 cijfers): ") << Qt::flush;
    const std::string first = readLine(false);
    out << "\n" << tr("Nog een keer: ") << Qt::flush;
    const std::string second = readLine(false);
    out << "\n";
    return first == second ? first : std::string();
}

int runUser(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "user";
    prepare(parser, kUserSummary);
    parser.addPositionalArgument(tr("ACTIE"), tr("add, list of disable."));
    parser.addOption({"facility", tr("De inrichting (naam of id)."), tr("INRICHTING")});
    parser.addOption({"name", tr("Naam van de medewerker."), tr("NAAM")});
    parser.addOption({"role",
                      tr("Rol: caseManager, mentor, municipality, probation, "
                         "careProvider, volunteer, director of office."),
                      tr("ROL")});
    parser.addOption({"organisation", tr("Organisatie (bij externen), bijv. 'Gemeente Zwolle'."),
                      tr("ORGANISATIE")});
    parser.addOption({"pin",
                      tr("Niet gebruiken: de pincode wordt gevraagd (terminal) of gelezen van "
                         "standaardinvoer, nooit van de opdrachtregel."),
                      tr("PIN")});
    parser.addOption({"mandate", tr("Gemandateerd MDO-lid: mag besluiten (R4.5).")});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    return withStore(parser, [&](Store &store) {
        auto facilityId = [&]() -> std::string {
            const std::string wanted = parser.value("facility").toStdString();
            if (const auto found = store.registry().findFacility(wanted)) {
                return found->id;
            }
            throw ValidationError({ProblemCode::UnknownFacility, "facility", wanted});
        };
        if (action == "add") {
            const auto role = parseEnum<Role>(parser.value("role").toStdString());
            if (!role) {
                throw ValidationError(
                    {ProblemCode::UnknownRole, "role", parser.value("role").toStdString()});
            }
            if (parser.isSet("pin")) {
                err << tr("Geef de pincode niet op de opdrachtregel: andere gebruikers van de "
                          "machine en de shellgeschiedenis zien hem. Typ hem na de vraag, of "
                          "geef hem via standaardinvoer.")
                    << "\n";
                return int(BadUsage);
            }
            const std::string pin = readPin(out);
            if (!isValidNewPin(pin)) {
                err << tr("De pincode moet 6 tot 8 cijfers zijn.") << "\n";
                return int(BadUsage);
            }
            User u;
            u.id = "user-" + randomHex(8);
            u.facilityId = facilityId();
            u.name = parser.value("name").trimmed().toStdString();
            u.role = *role;
            u.organisation = parser.value("organisation").toStdString();
            u.reviewMandate = parser.isSet("mandate");
            u.pinHash = hashPin(pin);
            store.registry().upsert(u);
            out << tr("Medewerker toegevoegd: %1 (%2).")
                       .arg(QString::fromStdString(u.name), QString::fromStdString(u.id))
                << "\n";
            return int(Success);
        }
        if (action == "list") {
            for (const User &u : store.registry().users(facilityId())) {
                out << QString::fromStdString(u.id) << "\t" << QString::fromStdString(u.name)
                    << "\t"
                    << QString::fromLatin1(nameOf(u.role).data(), qsizetype(nameOf(u.role).size()))
                    << (u.active ? QString() : "\t" + tr("uitgeschakeld")) << "\n";
            }
            return int(Success);
        }
        if (action == "disable" && positional.size() == 2) {
            auto user = store.registry().user(positional[1].toStdString());
            if (!user) {
                throw ValidationError(
                    {ProblemCode::UnknownUser, "user", positional[1].toStdString()});
            }
            user->active = false;
            store.registry().upsert(*user);
            out << tr("Uitgeschakeld: %1. Tablets nemen dit over bij de volgende synchronisatie.")
                       .arg(QString::fromStdString(user->name))
                << "\n";
            return int(Success);
        }
        err << tr("Gebruik: ronde-server user add|list|disable ID (zie --help).") << "\n";
        return int(BadUsage);
    });
}

std::optional<Date> readDate(const QCommandLineParser &parser, const QString &name, Date fallback,
                             QTextStream &err)
{
    if (!parser.isSet(name)) {
        return fallback;
    }
    const auto date = Date::parseIso(parser.value(name).toStdString());
    if (!date) {
        err << tr("Ongeldige datum '%1' voor --%2: gebruik JJJJ-MM-DD.")
                   .arg(parser.value(name), name)
            << "\n";
    }
    return date;
}

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "report";
    prepare(parser, kReportSummary);
    parser.addOption({"facility", tr("De inrichting (naam of id); standaard alle inrichtingen."),
                      tr("INRICHTING")});
    parser.addOption({"unit", tr("Alleen deze afdeling (naam of id)."), tr("AFDELING")});
    parser.addOption({"from",
                      tr("Eerste dag van de periode (JJJJ-MM-DD; standaard de eerste dag van "
                         "de maand, twee maanden terug)."),
                      tr("DATUM")});
    parser.addOption(
        {"to", tr("Laatste dag van de periode (JJJJ-MM-DD; standaard vandaag)."), tr("DATUM")});
    parser.addOption({"format", tr("text, json, csv of pdf (standaard text). pdf vraagt om --out."),
                      tr("VORM"), "text"});
    parser.addOption({"minimum",
                      tr("Kleinste groep waarvan tevredenheid getoond wordt (standaard 5)."),
                      tr("N")});
    parser.addOption(
        {"out", tr("Schrijf naar dit bestand in plaats van naar het scherm."), tr("BESTAND")});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    const QString format = parser.value("format");
    if (format != "text" && format != "json" && format != "csv" && format != "pdf") {
        err << tr("Onbekende vorm '%1' voor --format: kies text, json, csv of pdf.").arg(format)
            << "\n";
        return BadUsage;
    }
    if (format == "pdf" && !parser.isSet("out")) {
        err << tr("Een PDF gaat naar een bestand: geef --out BESTAND.pdf.") << "\n";
        return BadUsage;
    }
    const Date today = todayInAmsterdam();
    const auto to = readDate(parser, "to", today, err);
    const Date defaultFrom = to ? to->plusDays(1 - to->day()).plusMonthsClamped(-2) : today;
    const auto from = readDate(parser, "from", defaultFrom, err);
    if (!from || !to) {
        return BadUsage;
    }
    if (*from > *to) {
        err << tr("De periode begint na het einde: --from %1 ligt na --to %2.")
                   .arg(QString::fromStdString(from->iso()), QString::fromStdString(to->iso()))
            << "\n";
        return BadUsage;
    }
    ReportScope scope;
    scope.from = *from;
    scope.to = *to;
    if (!readInt(parser, "minimum", 1, 1000, scope.minimumGroup, err)) {
        return BadUsage;
    }
    return withStore(parser, [&](Store &store) {
        if (parser.isSet("facility")) {
            const std::string wanted = parser.value("facility").toStdString();
            const auto facility = store.registry().findFacility(wanted);
            if (!facility) {
                throw ValidationError({ProblemCode::UnknownFacility, "facility", wanted});
            }
            scope.facilityId = facility->id;
        }
        if (parser.isSet("unit")) {
            const std::string wanted = parser.value("unit").toStdString();
            const auto unit = store.registry().findUnit(scope.facilityId, wanted);
            if (!unit) {
                throw ValidationError({ProblemCode::UnknownUnit, "unit", wanted});
            }
            scope.unitId = unit->id;
        }
        const Report report = buildReport(store.database(), scope);
        if (format == "pdf") {
            const QString problem = office::writeReportPdf(
                report, parser.value("out"), outputLocale(), QDateTime::currentDateTime());
            if (!problem.isEmpty()) {
                err << problem << "\n";
                return int(Failure);
            }
            err << tr("Rapportage geschreven naar %1.").arg(parser.value("out")) << "\n";
            return int(Success);
        }
        const QString text = format == "json"  ? reportJson(report)
                             : format == "csv" ? reportCsv(report)
                                               : reportText(report);
        if (!parser.isSet("out")) {
            out << text;
            return int(Success);
        }
        QSaveFile file(parser.value("out")); // all or nothing
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            err << tr("Kan %1 niet schrijven.").arg(parser.value("out")) << "\n";
            return int(Failure);
        }
        err << tr("Rapportage geschreven naar %1.").arg(parser.value("out")) << "\n";
        return int(Success);
    });
}

// A proposal's field as the office calls it (the stored name is the stable one).
QString proposalFieldLabel(std::string_view field)
{
    if (field == nameOf(ProposalField::Unit)) {
        return tr("afdeling");
    }
    if (field == nameOf(ProposalField::Name)) {
        return tr("naam");
    }
    if (field == nameOf(ProposalField::SelfReporter)) {
        return tr("zelfmelder");
    }
    return QString::fromUtf8(field.data(), qsizetype(field.size()));
}

// The facility that --facility names (by name or id), or "" for all; an unknown one is refused.
std::string facilityOption(Store &store, const QCommandLineParser &parser)
{
    if (!parser.isSet("facility")) {
        return {};
    }
    const std::string wanted = parser.value("facility").toStdString();
    const auto facility = store.registry().findFacility(wanted);
    if (!facility) {
        throw ValidationError({ProblemCode::UnknownFacility, "facility", wanted});
    }
    return facility->id;
}

int runProposals(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "proposals";
    prepare(parser, kProposalsSummary);
    parser.addOption({"facility", tr("Alleen deze inrichting (naam of id)."), tr("INRICHTING")});
    parser.addOption({"parallel", tr("Alleen parallelle wijzigingen.")});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    return withStore(parser, [&](Store &store) {
        const std::string facilityId = facilityOption(store, parser);
        // One line per proposal: when, who for, what, by whom; then the ones it runs parallel
        // to, which the office has to choose between.
        int shown = 0;
        for (const ProposalListing &p : store.proposals().all(facilityId)) {
            const std::vector<std::string> parallel = store.proposals().parallelTo(p.eventId);
            if (parser.isSet("parallel") && parallel.empty()) {
                continue;
            }
            const LocalDateTime at = amsterdamFromUtc(p.occurredAtMs);
            out << QString::fromStdString(at.date.iso()) << "\t"
                << QString::fromStdString(p.detaineeNumber) << " "
                << QString::fromStdString(p.detaineeName) << "\t"
                << tr("%1: %2 (was: %3)")
                       .arg(proposalFieldLabel(p.field), QString::fromStdString(p.value),
                            QString::fromStdString(p.seenValue))
                << "\t" << tr("door %1").arg(QString::fromStdString(p.authorName)) << "\t"
                << QString::fromStdString(p.eventId);
            for (const std::string &other : parallel) {
                out << "\t" << tr("PARALLEL met %1").arg(QString::fromStdString(other));
            }
            out << "\n";
            ++shown;
        }
        err << QCoreApplication::translate("ronde::server", "%n voorstel(len).", nullptr, shown)
            << "\n";
        return int(Success);
    });
}

// `ronde-server transfer NUMBER --to FACILITY [--on DAY]`: one action for the office, the
// same as a roster import that names another facility, but on the day it says.
int runTransfer(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "transfer";
    prepare(parser, kTransferSummary);
    parser.addPositionalArgument(tr("NUMMER"), tr("Het nummer van de gedetineerde."));
    parser.addOption({"to", tr("De nieuwe inrichting (naam of id)."), tr("INRICHTING")});
    parser.addOption(
        {"unit", tr("De afdeling in de nieuwe inrichting (naam of id)."), tr("AFDELING")});
    parser.addOption(
        {"on", tr("De dag van de overplaatsing (JJJJ-MM-DD; standaard vandaag)."), tr("DATUM")});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet("to")) {
        err << tr("Gebruik: ronde-server transfer NUMMER --to INRICHTING [--on DATUM].") << "\n";
        return BadUsage;
    }
    return withStore(parser, [&](Store &store) {
        const Date today = amsterdamFromUtc(store.clock()()).date;
        const auto day = readDate(parser, "on", today, err);
        if (!day) {
            return int(BadUsage);
        }
        const std::string number = parser.positionalArguments()[0].toStdString();
        const std::string wanted = parser.value("to").toStdString();
        const auto facility = store.registry().findFacility(wanted);
        if (!facility) {
            throw ValidationError({ProblemCode::UnknownFacility, "to", wanted});
        }
        std::string unitId;
        if (parser.isSet("unit")) {
            const std::string unitName = parser.value("unit").toStdString();
            const auto unit = store.registry().findUnit(facility->id, unitName);
            if (!unit) {
                throw ValidationError({ProblemCode::UnknownUnit, "unit", unitName});
            }
            unitId = unit->id;
        }
        // The detainee with that number who has not left (numbers are the facility's).
        const std::vector<std::string> matches =
            store.registry().detaineeIdsNumbered(number, {}, true);
        const std::optional<Detainee> detainee =
            matches.size() == 1 ? store.registry().detainee(matches.front()) : std::nullopt;
        if (!detainee) {
            throw ValidationError({ProblemCode::UnknownDetainee, "detainee", number});
        }
        store.registry().transfer(detainee->id, facility->id, unitId, *day);
        out << tr("Overgeplaatst: %1 (%2) naar %3 op %4.")
                   .arg(QString::fromStdString(detainee->name), QString::fromStdString(number),
                        QString::fromStdString(facility->name), QString::fromStdString(day->iso()))
            << "\n";
        return int(Success);
    });
}

// `ronde-server refusals`: one line per refused change that a tablet still holds: when it
// was refused, the tablet, the detainee, the change, and the reason.
int runRefusals(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "refusals";
    prepare(parser, kRefusalsSummary);
    parser.addOption({"device", tr("Alleen deze tablet (id, zie 'devices')."), tr("APPARAAT")});
    parser.addOption({"facility", tr("Alleen deze inrichting (naam of id)."), tr("INRICHTING")});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    return withStore(parser, [&](Store &store) {
        const std::string facilityId = facilityOption(store, parser);
        const std::string deviceId = parser.value("device").toStdString();
        const auto where = [&](const RefusalReport &r) {
            return QString::fromStdString(amsterdamFromUtc(r.atMs).date.iso()) + "\t" +
                   QString::fromStdString(r.deviceId) + " (" +
                   QString::fromStdString(r.deviceName) + ")\t" +
                   QString::fromStdString(r.detaineeNumber) + " " +
                   QString::fromStdString(r.detaineeName) + "\t";
        };
        const std::vector<RefusalReport> refused = store.refusals().refused(deviceId, facilityId);
        for (const RefusalReport &r : refused) {
            out << where(r) << QString::fromStdString(sync::escapedForLog(r.eventId)) << "\t"
                << QString::fromStdString(sync::escapedForLog(r.reason)) << "\n";
        }
        const int shown = int(refused.size());
        // And the other way: what a tablet pulled and could not store (its audit entries).
        const std::vector<RefusalReport> aside = store.refusals().setAside(deviceId, facilityId);
        for (const RefusalReport &r : aside) {
            out << where(r)
                << tr("niet opgeslagen op de tablet: %1")
                       .arg(QString::fromStdString(sync::escapedForLog(r.reason)))
                << "\n";
        }
        const int setAside = int(aside.size());
        err << QCoreApplication::translate("ronde::server", "%n geweigerde registratie(s).",
                                           nullptr, shown)
            << "\n";
        if (setAside > 0) {
            err << QCoreApplication::translate(
                       "ronde::server",
                       "%n registratie(s) van de server niet opgeslagen op een tablet.", nullptr,
                       setAside)
                << "\n";
        }
        return int(Success);
    });
}

QString auditActionLabel(AuditAction action)
{
    switch (action) {
    case AuditAction::OpenedDetainee:
        return tr("opende het dossier");
    case AuditAction::Recorded:
        return tr("legde vast");
    case AuditAction::SetAside:
        return tr("kon een registratie van de server niet opslaan");
    case AuditAction::Synced:
        break;
    }
    return tr("synchroniseerde");
}

// `ronde-server audit --detainee NUMBER`: one line per entry, oldest first: when, who, on
// which tablet, what.
int runAudit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "audit";
    prepare(parser, kAuditSummary);
    parser.addOption({"detainee", tr("Het nummer van de gedetineerde."), tr("NUMMER")});
    parser.addOption({"facility",
                      tr("De inrichting (naam of id), als het nummer in meer "
                         "inrichtingen voorkomt."),
                      tr("INRICHTING")});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    if (!parser.isSet("detainee")) {
        err << tr("Geef --detainee NUMMER.") << "\n";
        return BadUsage;
    }
    return withStore(parser, [&](Store &store) {
        const std::string number = parser.value("detainee").toStdString();
        const std::string facility = parser.value("facility").toStdString();
        const std::vector<std::string> detainees =
            store.registry().detaineeIdsNumbered(number, facility);
        if (detainees.empty()) {
            throw ValidationError({ProblemCode::Invalid, "detainee", number});
        }
        if (detainees.size() > 1) {
            err << tr("Nummer %1 komt in meer inrichtingen voor; kies er een met --facility.")
                       .arg(QString::fromStdString(number))
                << "\n";
            return int(BadUsage);
        }
        const Detainee detainee = *store.registry().detainee(detainees.front());
        const std::string facilityName =
            store.registry().facility(detainee.facilityId).value_or(Facility{}).name;
        out << tr("Auditlogboek van %1, nummer %2 (%3)")
                   .arg(QString::fromStdString(detainee.name), QString::fromStdString(number),
                        QString::fromStdString(facilityName))
            << "\n";
        const std::vector<AuditEntry> entries = store.audit().forDetainee(detainee.id);
        for (const AuditEntry &e : entries) {
            const auto author = store.registry().user(e.userId);
            const auto tablet = store.devices().device(e.deviceId);
            const QString user = QString::fromStdString(author ? author->name : e.userId);
            const QString device = QString::fromStdString(tablet ? tablet->name : e.deviceId);
            const LocalDateTime at = amsterdamFromUtc(e.atMs);
            out << QString("%1 %2:%3")
                       .arg(QString::fromStdString(at.date.iso()))
                       .arg(at.minuteOfDay / 60, 2, 10, QChar('0'))
                       .arg(at.minuteOfDay % 60, 2, 10, QChar('0'))
                << "\t" << user << "\t" << auditActionLabel(e.action);
            if (!e.subject.empty()) {
                out << " " << QString::fromStdString(e.subject);
            }
            out << "\t" << tr("tablet %1").arg(device.isEmpty() ? tr("onbekend") : device) << "\n";
        }
        err << QCoreApplication::translate("ronde::server", "%n regel(s).", nullptr,
                                           int(entries.size()))
            << "\n";
        return int(Success);
    });
}

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "import";
    prepare(parser, kImportSummary);
    parser.addPositionalArgument(tr("BESTAND"), tr("Het CSV-bestand (';' of ',')."));
    parser.addOption({"skip-invalid", tr("Sla foute regels over en lees de rest in (zonder deze "
                                         "optie wordt bij een fout niets ingelezen).")});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("Geef één CSV-bestand. Zie 'ronde-server import --help'.") << "\n";
        return BadUsage;
    }
    QFile file(parser.positionalArguments().front());
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Kan %1 niet lezen.").arg(file.fileName()) << "\n";
        return BadUsage;
    }
    const QByteArray csv = file.readAll();
    return withStore(parser, [&](Store &store) {
        const RosterSummary summary =
            importRoster(store, std::string_view(csv.constData(), size_t(csv.size())),
                         parser.isSet("skip-invalid"), todayInAmsterdam());
        for (const RosterError &e : summary.errors) { // "rooster.csv: Regel 3: kolom naam: …"
            err << file.fileName() << ": " << QString::fromStdString(e.describe(outputLanguage()))
                << "\n";
        }
        if (!summary.applied) {
            err << QCoreApplication::translate(
                       "ronde::server",
                       "Niets ingelezen: %n regel(s) afgekeurd. Verbeter het bestand, of geef "
                       "--skip-invalid om de goede regels wel in te lezen.",
                       nullptr, summary.rejected)
                << "\n";
            return int(BadUsage);
        }
        out << tr("Ingelezen: %1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd, %4 afgekeurd.")
                   .arg(summary.added)
                   .arg(summary.updated)
                   .arg(summary.unchanged)
                   .arg(summary.rejected)
            << "\n";
        return int(Success);
    });
}

const std::vector<Command> &commands()
{
    static const std::vector<Command> list{
        {"init", kInitSummary, runInit},
        {"demo", kDemoSummary, runDemo},
        {"evaluate", kEvaluateSummary, runEvaluate},
        {"serve", kServeSummary, runServe},
        {"enrol", kEnrolSummary, runEnrol},
        {"revoke", kRevokeSummary, runRevoke},
        {"devices", kDevicesSummary, runDevices},
        {"user", kUserSummary, runUser},
        {"report", kReportSummary, runReport},
        {"import", kImportSummary, runImport},
        {"proposals", kProposalsSummary, runProposals},
        {"audit", kAuditSummary, runAudit},
        {"transfer", kTransferSummary, runTransfer},
        {"refusals", kRefusalsSummary, runRefusals},
    };
    return list;
}

void printOverview(QTextStream &out)
{
    out << tr("Gebruik: ronde-server OPDRACHT [OPTIES]") << "\n\n"
        << tr("De centrale server van Ronde: ontvangt de registraties van de tablets en "
              "beheert apparaten, medewerkers en rapportages.")
        << "\n\n"
        << tr("Opdrachten:") << "\n";
    for (const Command &c : commands()) {
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << tr(c.summary) << "\n";
    }
    out << "\n"
        << tr("Algemene opties:") << "\n"
        << "  -h, --help      "
        << tr("Toont deze hulp; 'ronde-server OPDRACHT --help' toont de "
              "opties van een opdracht.")
        << "\n"
        << "  -v, --version   " << tr("Toont het versienummer.") << "\n"
        << "\n"
        << tr("Elke opdracht kent --database PAD (standaard %1).").arg(defaultDatabasePath())
        << "\n";
}

} // namespace

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments[0] == "-h" || arguments[0] == "--help" ||
        (arguments[0] == "help" && arguments.size() == 1)) {
        printOverview(out);
        return arguments.isEmpty() ? BadUsage : Success;
    }
    if (arguments[0] == "-v" || arguments[0] == "--version") {
        out << "ronde-server " << QCoreApplication::applicationVersion() << "\n";
        return Success;
    }
    QStringList rest = arguments;
    QString name = rest.takeFirst();
    if (name == "help") {
        name = rest.takeFirst();
        rest = {"--help"};
    }
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name)) {
            try {
                return c.run(rest, out, err);
            } catch (const ValidationError &e) {
                err << QString::fromStdString(e.what()) << "\n";
                return BadUsage;
            } catch (const std::exception &e) {
                err << tr("Fout: %1").arg(QString::fromStdString(e.what())) << "\n";
                return Failure;
            }
        }
    }
    err << tr("Onbekende opdracht '%1'. Zie 'ronde-server --help'.").arg(name) << "\n";
    return BadUsage;
}

bool commandPaints(const QStringList &arguments)
{
    if (arguments.value(0) != "report") {
        return false;
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == "--format=pdf" ||
            (arguments[i] == "--format" && arguments.value(i + 1) == "pdf")) {
            return true;
        }
    }
    return false;
}

} // namespace ronde::server
