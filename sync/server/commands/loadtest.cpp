// `ronde-server loadtest`.
#include "common.h"
#include "server/load_test.h"

#include <QFile>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace ronde::server {
namespace {

const char *const kLoadTestSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Belast een draaiende server met gesimuleerde tablets die tegelijk "
                     "docken, en controleert daarna dat niets verloren of dubbel is.");

int runLoadTest(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "loadtest";
    prepare(parser, kLoadTestSummary);
    parser.addOption(
        {"url", tr("De server, zoals een tablet hem kent (http(s)://host:poort)."), tr("ADRES")});
    parser.addOption({"server-cert",
                      tr("Het certificaat van de server (PEM), voor https: de tablets "
                         "vertrouwen alleen dat."),
                      tr("BESTAND")});
    parser.addOption({"facilities",
                      tr("Over hoeveel inrichtingen de tablets verdeeld worden (standaard 1)."),
                      tr("AANTAL"), "1"});
    parser.addOption(
        {"tablets", tr("Hoeveel tablets in totaal (standaard 20)."), tr("AANTAL"), "20"});
    parser.addOption(
        {"events", tr("Hoeveel registraties elke tablet per ronde offline maakt (standaard 25)."),
         tr("AANTAL"), "25"});
    parser.addOption(
        {"rounds", tr("Hoe vaak alle tablets tegelijk docken (standaard 3)."), tr("AANTAL"), "3"});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    sync::LoadTestOptions options;
    options.url = QUrl(parser.value("url"));
    if (!parser.isSet("url") || !options.url.isValid() ||
        (options.url.scheme() != "http" && options.url.scheme() != "https")) {
        err << tr("Geef met --url het adres van de server, bijvoorbeeld https://127.0.0.1:8443.")
            << "\n";
        return BadUsage;
    }
    if (parser.isSet("server-cert")) {
        QFile pem(parser.value("server-cert"));
        if (!pem.open(QIODevice::ReadOnly)) {
            err << tr("Kan het certificaat %1 niet lezen.").arg(pem.fileName()) << "\n";
            return BadUsage;
        }
        options.certificate = pem.readAll();
    }
    if (!readInt(parser, "facilities", 1, 1000, options.facilities, err) ||
        !readInt(parser, "tablets", 1, 5000, options.tablets, err) ||
        !readInt(parser, "events", 1, 5000, options.eventsPerTablet, err) ||
        !readInt(parser, "rounds", 1, 100, options.rounds, err)) {
        return BadUsage;
    }
    options.database = parser.value("database").toStdString();
#ifdef __GLIBC__
    // An allocator arena for each tablet's thread. glibc makes at most eight a core, so a
    // thousand threads that decode their pages at the same moment queue on the arenas' locks
    // (sixteen on two cores): in turn on the machine the server shares, the tool took 3.6 and 4.1
    // ms of processor a docking with the default, 2.8 and 2.7 ms with an arena a thread
    // (docs/PERFORMANCE.md, "The seventeenth stop"). This process runs only the tool.
    mallopt(M_ARENA_MAX, options.tablets + 8);
#endif
    const sync::LoadTestResult r =
        sync::runLoadTest(options, [&](const QString &line) { err << line << Qt::endl; });
    if (!r.problem.empty()) {
        err << tr("Belastingtest niet gestart: %1").arg(QString::fromStdString(r.problem)) << "\n";
        return int(Failure);
    }
    out << tr("%1 synchronisaties: p50 %2 ms, p99 %3 ms, langste %4 ms, opnieuw geprobeerd %5, "
              "mislukt %6")
               .arg(r.syncs)
               .arg(r.p50Ms, 0, 'f', 0)
               .arg(r.p99Ms, 0, 'f', 0)
               .arg(r.slowestMs, 0, 'f', 0)
               .arg(r.retried)
               .arg(r.failed)
        << "\n"
        << tr("%1 registraties geschreven: %2 niet op de server, %3 dubbel genummerd, %4 keer "
              "niet op een tablet van hun inrichting")
               .arg(r.written)
               .arg(r.lostOnServer)
               .arg(r.numberedTwice)
               .arg(r.missingOnTablets)
        << "\n"
        << tr("processortijd van deze test in de rondes: %1 ms per synchronisatie (draait de test "
              "op de machine van de server, dan gaat die tijd van de server af)")
               .arg(r.processorMsPerSync, 0, 'f', 1)
        << "\n";
    return r.clean() ? int(Success) : int(Failure);
}

} // namespace

Command loadTestCommand()
{
    return {"loadtest", kLoadTestSummary, runLoadTest};
}

} // namespace ronde::server
