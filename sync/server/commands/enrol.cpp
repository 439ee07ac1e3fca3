// `ronde-server enrol`.
#include "common.h"
#include "server/sync_service.h"

namespace ronde::server {
namespace {

const char *const kEnrolSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Maakt een eenmalige aanmeldcode voor een nieuwe tablet van een inrichting.");

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
        // On the facilities' clock, as the tablets show times (R0.3).
        out << tr("Geldig tot %1.")
                   .arg(amsterdamMinute(store.clock()() + int64_t(validHours) * 3'600'000))
            << "\n";
        return int(Success);
    });
}

} // namespace

Command enrolCommand()
{
    return {"enrol", kEnrolSummary, runEnrol};
}

} // namespace ronde::server
