// `ronde-server import`.
#include "common.h"
#include "roster/roster.h"
#include "server/report_output.h"
#include "util/local_time.h"

#include <QFile>

namespace ronde::server {
namespace {

const char *const kImportSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Leest gedetineerden in uit een CSV-export van het registratiesysteem "
                     "(nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;"
                     "vertrek;mentor).");

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "import";
    prepare(parser, kImportSummary);
    // What each column takes, so that an export is made right the first time.
    parser.setApplicationDescription(
        parser.applicationDescription() + "\n\n" +
        tr("Het bestand in UTF-8, met ';' of ',' tussen de velden en de kolomnamen op de eerste "
           "regel.\n"
           "- binnenkomst en vertrek: JJJJ-MM-DD, of D-M-JJJJ zoals Excel ze toont (ook met "
           "voorloopnullen); vertrek leeg zolang de gedetineerde er is.\n"
           "- zelfmelder: ja of nee (leeg is nee).\n"
           "- uitsluiting (R2.3): leeg, of ISD, pre-ISD, delict tijdens detentie, JMC, PPC, "
           "beheersgroep (EBI, EZV, TA).\n"
           "- mentor: leeg, of de naam of het id van een mentor van de inrichting ('user "
           "list').\n"
           "Een bekend nummer in een andere inrichting dan voorheen is een overplaatsing."));
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
    const QString fileName = parser.positionalArguments().front();
    const auto read = readWholeFile(fileName, err);
    if (!read) {
        return BadUsage;
    }
    const QByteArray csv = *read;
    return withStore(parser, [&](Store &store) {
        const RosterSummary summary =
            importRoster(store, std::string_view(csv.constData(), size_t(csv.size())),
                         parser.isSet("skip-invalid"), todayInAmsterdam());
        for (const RosterError &e : summary.errors) { // "rooster.csv: Regel 3: kolom naam: …"
            err << fileName << ": " << QString::fromStdString(e.describe(outputLanguage())) << "\n";
        }
        if (!summary.applied && !summary.errors.empty() && summary.errors.front().line == 0) {
            // The file as a whole (empty, UTF-16, no header): no row to skip.
            err << tr("Niets ingelezen: verbeter het bestand en lees het opnieuw in.") << "\n";
            return int(BadUsage);
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

} // namespace

Command importCommand()
{
    return {"import", kImportSummary, runImport};
}

} // namespace ronde::server
