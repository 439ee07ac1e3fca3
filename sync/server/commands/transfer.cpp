// `ronde-server transfer`.
#include "common.h"
#include "util/local_time.h"

namespace ronde::server {
namespace {

const char *const kTransferSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Plaatst een gedetineerde over naar een andere inrichting, op een dag: het "
                     "verblijf in de oude inrichting eindigt die dag, het nieuwe begint die dag. "
                     "De geschiedenis gaat mee naar de tablets van de nieuwe inrichting.");

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
        // The registry refuses these too; said here in the office's words.
        const QString who = QString::fromStdString(detainee->name + " (" + number + ")");
        if (detainee->facilityId == facility->id) {
            err << tr("%1 is al in %2.").arg(who, QString::fromStdString(facility->name)) << "\n";
            return int(BadUsage);
        }
        const std::vector<Stay> stays = store.registry().stays(detainee->id);
        if (!stays.empty() && *day < stays.back().from) {
            err << tr("%1 kwam op %2 binnen in de huidige inrichting; een overplaatsing kan niet "
                      "eerder (--on).")
                       .arg(who, QString::fromStdString(stays.back().from.iso()))
                << "\n";
            return int(BadUsage);
        }
        if (*day > today) {
            err << tr("Een overplaatsing ligt niet in de toekomst: geef vandaag of een eerdere "
                      "dag (--on).")
                << "\n";
            return int(BadUsage);
        }
        store.registry().transfer(detainee->id, facility->id, unitId, *day);
        out << tr("Overgeplaatst: %1 (%2) naar %3 op %4.")
                   .arg(QString::fromStdString(detainee->name), QString::fromStdString(number),
                        QString::fromStdString(facility->name), QString::fromStdString(day->iso()))
            << "\n";
        return int(Success);
    });
}

} // namespace

Command transferCommand()
{
    return {"transfer", kTransferSummary, runTransfer};
}

} // namespace ronde::server
