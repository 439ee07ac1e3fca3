// `ronde-server refusals`.
#include "common.h"
#include "server/sync_service.h"
#include "util/local_time.h"

namespace ronde::server {
namespace {

const char *const kRefusalsSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Toont de registraties die de server weigerde, per tablet, met de reden. "
                     "Ze blijven op de tablet; na een wijziging van het register of met "
                     "'Geweigerde opnieuw versturen' stuurt de tablet ze opnieuw.");

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
    return withExistingStore(parser, err, [&](Store &store) {
        const std::string facilityId = facilityOption(store, parser);
        const std::string deviceId = parser.value("device").toStdString();
        if (!deviceId.empty() && !store.devices().device(deviceId)) {
            throw ValidationError({ProblemCode::UnknownDevice, "device", deviceId});
        }
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

} // namespace

Command refusalsCommand()
{
    return {"refusals", kRefusalsSummary, runRefusals};
}

} // namespace ronde::server
