// `ronde-server evaluate`.
#include "common.h"
#include "policy/evaluation.h"
#include "scenario/scenario_json.h"

#include <QFile>

namespace ronde::server {
namespace {

const char *const kEvaluateSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Beoordeelt een scenario (JSON) volgens de regels en toont waarom iets "
                     "op tijd, te laat of nog open is.");

int runEvaluate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "evaluate";
    prepare(parser, kEvaluateSummary);
    parser.addPositionalArgument(
        tr("BESTAND"), tr("Het scenario als JSON; zonder bestand wordt standaardinvoer gelezen."),
        tr("[BESTAND]"));
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() > 1) {
        err << tr("Geef hoogstens één scenariobestand.") << "\n";
        return BadUsage;
    }
    QByteArray json;
    if (parser.positionalArguments().isEmpty() || parser.positionalArguments()[0] == "-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << tr("Kan de standaardinvoer niet lezen.") << "\n";
            return BadUsage;
        }
        json = in.readAll();
    } else {
        QFile in(parser.positionalArguments()[0]);
        if (!in.open(QIODevice::ReadOnly)) {
            err << tr("Kan %1 niet lezen: %2").arg(in.fileName(), in.errorString()) << "\n";
            return BadUsage;
        }
        json = in.readAll();
    }
    try {
        const Scenario s = parseScenario(std::string_view(json.constData(), size_t(json.size())));
        const Evaluation evaluation =
            evaluate(*s.profile, s.facility, s.detainee, s.events, s.asOf);
        out << QString::fromStdString(evaluationToJson(evaluation)) << "\n";
    } catch (const ValidationError &e) {
        // Every message names its field; say it up front so it stands out.
        err << tr("Fout in %1: %2")
                   .arg(QString::fromStdString(e.problem().field),
                        QString::fromStdString(describe(e.problem())))
            << "\n";
        return BadUsage;
    }
    return Success;
}

} // namespace

Command evaluateCommand()
{
    return {"evaluate", kEvaluateSummary, runEvaluate};
}

} // namespace ronde::server
