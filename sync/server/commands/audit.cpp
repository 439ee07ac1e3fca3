// `ronde-server audit`.
#include "common.h"

namespace ronde::server {
namespace {

const char *const kAuditSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Toont het auditlogboek van een gedetineerde: wie het dossier opende en wie "
                     "wat vastlegde, op welke tablet.");

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
    return withExistingStore(parser, err, [&](Store &store) {
        const std::string number = parser.value("detainee").toStdString();
        const std::string facility = parser.value("facility").toStdString();
        const std::vector<std::string> detainees =
            store.registry().detaineeIdsNumbered(number, facility);
        if (detainees.empty()) {
            throw ValidationError({ProblemCode::UnknownDetainee, "detainee", number});
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
            out << amsterdamMinute(e.atMs) << "\t" << user << "\t" << auditActionLabel(e.action);
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

} // namespace

Command auditCommand()
{
    return {"audit", kAuditSummary, runAudit};
}

} // namespace ronde::server
