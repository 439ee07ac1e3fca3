// `ronde-server revoke`.
#include "common.h"
#include "server/sync_service.h"

namespace ronde::server {
namespace {

const char *const kRevokeSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Trekt een tablet in: bij de volgende synchronisatie wist hij zijn gegevens.");

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

} // namespace

Command revokeCommand()
{
    return {"revoke", kRevokeSummary, runRevoke};
}

} // namespace ronde::server
