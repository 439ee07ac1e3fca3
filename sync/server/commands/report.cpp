// `ronde-server report`.
#include "report/report.h"

#include "common.h"
#include "office/report_pdf.h"
#include "server/report_output.h"
#include "store/report_queries.h"
#include "util/local_time.h"

#include <QFile>
#include <QSaveFile>

namespace ronde::server {
namespace {

const char *const kReportSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Rapportage voor het centrale kantoor (R5): contact per rol, zonder "
                     "contact, naleving van de termijnen en tevredenheid.");

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
                      tr("Van hoeveel gedetineerden tevredenheid er minstens moet zijn om haar "
                         "te tonen (standaard 5; R5.5)."),
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
    if (*to > today) {
        // Deadlines are measured on the period's last day: a day still to come would count
        // every talk not yet held as late.
        err << tr("De periode loopt tot na vandaag: --to %1 ligt na %2. De cijfers gaan over "
                  "wat al gebeurd is.")
                   .arg(QString::fromStdString(to->iso()), QString::fromStdString(today.iso()))
            << "\n";
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
    return withExistingStore(parser, err, [&](Store &store) {
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
            // Without --facility, a unit's name may be that of a unit in several facilities.
            std::vector<Unit> units;
            for (const Facility &f : store.registry().facilities()) {
                if (scope.facilityId.empty() || f.id == scope.facilityId) {
                    if (auto unit = store.registry().findUnit(f.id, wanted)) {
                        units.push_back(std::move(*unit));
                    }
                }
            }
            if (units.empty()) {
                throw ValidationError({ProblemCode::UnknownUnit, "unit", wanted});
            }
            if (units.size() > 1) {
                QStringList names;
                for (const Unit &u : units) {
                    names << QString::fromStdString(store.registry().facility(u.facilityId)->name);
                }
                err << tr("Afdeling '%1' is er in %2 inrichtingen (%3): geef ook --facility.")
                           .arg(QString::fromStdString(wanted))
                           .arg(units.size())
                           .arg(names.join(", "))
                    << "\n";
                return int(BadUsage);
            }
            scope.facilityId = units.front().facilityId; // the scope says which facility
            scope.unitId = units.front().id;
        }
        // The rows of the latest pushes, which a running server builds once they calm down.
        catchUpReportFacts(store);
        const Report report = buildReport(store, scope);
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

} // namespace

Command reportCommand()
{
    return {"report", kReportSummary, runReport};
}

} // namespace ronde::server
