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

// Where a JSON parser stopped, as an editor shows it: "regel 4, kolom 12". The parser names
// the byte it stopped at (a number), or says what it could not hold (a number too large).
QString whereInText(const QByteArray &text, const std::string &byte)
{
    bool isNumber = false;
    const qsizetype at = QString::fromStdString(byte).toLongLong(&isNumber);
    if (!isNumber) { // the parser's own words (English) name no place to look
        return tr("een waarde die niet past, zoals een te groot getal.");
    }
    const QByteArray before = text.left(std::max<qsizetype>(0, at - 1));
    const qsizetype line = before.count('\n') + 1;
    // In characters, as an editor counts them, not in UTF-8's bytes.
    const qsizetype column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
    return tr("de tekst klopt niet bij regel %1, kolom %2.").arg(line).arg(column);
}

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
        const auto file = readWholeFile(parser.positionalArguments()[0], err);
        if (!file) {
            return BadUsage;
        }
        json = *file;
    }
    try {
        const Scenario s = parseScenario(std::string_view(json.constData(), size_t(json.size())));
        const Evaluation evaluation =
            evaluate(*s.profile, s.facility, s.detainee, s.events, s.asOf);
        out << QString::fromStdString(evaluationToJson(evaluation)) << "\n";
    } catch (const ValidationError &e) {
        if (e.problem().code == ProblemCode::MalformedJson) {
            err << tr("Ongeldige JSON: %1").arg(whereInText(json, e.problem().value)) << "\n";
            return BadUsage;
        }
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
