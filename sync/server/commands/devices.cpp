// `ronde-server devices`.
#include "common.h"

namespace ronde::server {
namespace {

const char *const kDevicesSummary =
    QT_TRANSLATE_NOOP("ronde::server", "Toont de aangemelde tablets, met wanneer elk het laatst "
                                       "gesynchroniseerd heeft.");

// A tablet that has not synced for days may be lost, broken or out of its dock.
QString lastSync(std::optional<int64_t> atMs)
{
    return atMs ? tr("laatst gesynchroniseerd %1").arg(amsterdamMinute(*atMs))
                : tr("nog nooit gesynchroniseerd");
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
    return withExistingStore(parser, err, [&](Store &store) {
        for (const DeviceRecord &device : store.devices().all()) {
            out << QString::fromStdString(device.id) << "\t"
                << QString::fromStdString(device.facilityName) << "\t"
                << QString::fromStdString(device.name) << "\t"
                << lastSync(store.audit().lastSyncOf(device.id))
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

} // namespace

Command devicesCommand()
{
    return {"devices", kDevicesSummary, runDevices};
}

} // namespace ronde::server
