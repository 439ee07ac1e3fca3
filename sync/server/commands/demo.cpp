// `ronde-server demo`.
#include "demo/demo.h"

#include "common.h"
#include "server/sync_service.h"
#include "util/local_time.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ronde::server {
namespace {

const char *const kDemoSummary =
    QT_TRANSLATE_NOOP("ronde::server", "Schrijft een centrale database met demo-inrichtingen.");

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
    parser.addOption({"staff",
                      tr("Aantal mensen dat zich per inrichting kan aanmelden (standaard de 11 "
                         "vaste; meer worden bezoekers en medewerkers met verzonnen namen)."),
                      tr("N")});
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
        !readInt(parser, "staff", 0, 2000, options.staffPerFacility, err) ||
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
        Transaction tx = store.transaction();
        if (!store.registry().facilities().empty()) {
            if (!parser.isSet("replace")) {
                err << tr("De database %1 bevat al gegevens. Kies een andere database of geef "
                          "--replace.")
                           .arg(QString::fromStdString(store.displayName()))
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

} // namespace

Command demoCommand()
{
    return {"demo", kDemoSummary, runDemo};
}

} // namespace ronde::server
