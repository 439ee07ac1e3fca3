// `ronde-server`: the overview and the dispatch to one command (commands/, one file each).
#include "cli.h"

#include "commands/commands.h"
#include "words/words.h"

#include <QCoreApplication>
#include <QTextStream>
#include <vector>

namespace ronde::server {
namespace {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list{
        initCommand(),  facilityCommand(), demoCommand(),     evaluateCommand(),
        serveCommand(), enrolCommand(),    revokeCommand(),   devicesCommand(),
        userCommand(),  reportCommand(),   importCommand(),   proposalsCommand(),
        auditCommand(), transferCommand(), refusalsCommand(), loadTestCommand(),
    };
    return list;
}

void printOverview(QTextStream &out)
{
    out << tr("Gebruik: ronde-server OPDRACHT [OPTIES]") << "\n\n"
        << tr("De centrale server van Ronde: ontvangt de registraties van de tablets en "
              "beheert apparaten, medewerkers en rapportages.")
        << "\n\n"
        << tr("Opdrachten:") << "\n";
    for (const Command &c : commands()) {
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << tr(c.summary) << "\n";
    }
    out << "\n"
        << tr("Algemene opties:") << "\n"
        << "  -h, --help      "
        << tr("Toont deze hulp; 'ronde-server OPDRACHT --help' toont de "
              "opties van een opdracht.")
        << "\n"
        << "  -v, --version   " << tr("Toont het versienummer.") << "\n"
        << "\n"
        << tr("Elke opdracht kent --database PAD (standaard %1).").arg(defaultDatabasePath())
        << "\n";
}

} // namespace

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments[0] == "-h" || arguments[0] == "--help" ||
        (arguments[0] == "help" && arguments.size() == 1)) {
        printOverview(out);
        return arguments.isEmpty() ? BadUsage : Success;
    }
    if (arguments[0] == "-v" || arguments[0] == "--version") {
        out << "ronde-server " << QCoreApplication::applicationVersion() << "\n";
        return Success;
    }
    QStringList rest = arguments;
    QString name = rest.takeFirst();
    if (name == "help") {
        name = rest.takeFirst();
        rest = {"--help"};
    }
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name)) {
            try {
                return c.run(rest, out, err);
            } catch (const ValidationError &e) {
                err << QString::fromStdString(e.what()) << "\n";
                return BadUsage;
            } catch (const std::exception &e) {
                err << tr("Fout: %1").arg(words::openingFailure(e)) << "\n";
                return Failure;
            }
        }
    }
    err << tr("Onbekende opdracht '%1'. Zie 'ronde-server --help'.").arg(name) << "\n";
    return BadUsage;
}

bool commandPaints(const QStringList &arguments)
{
    if (arguments.value(0) != "report") {
        return false;
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == "--format=pdf" ||
            (arguments[i] == "--format" && arguments.value(i + 1) == "pdf")) {
            return true;
        }
    }
    return false;
}

} // namespace ronde::server
