// `ronde-server proposals`.
#include "common.h"
#include "util/local_time.h"

namespace ronde::server {
namespace {

const char *const kProposalsSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Toont de registratievoorstellen van tablets (afdeling, naam, zelfmelder), "
                     "met de parallelle wijzigingen die het kantoor moet beslissen.");

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
    return withExistingStore(parser, err, [&](Store &store) {
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

} // namespace

Command proposalsCommand()
{
    return {"proposals", kProposalsSummary, runProposals};
}

} // namespace ronde::server
