// `ronde-server init`.
#include "common.h"

#include <QDir>
#include <QFileInfo>

namespace ronde::server {
namespace {

// Summaries are shown in the overview and in each command's --help.
const char *const kInitSummary =
    QT_TRANSLATE_NOOP("ronde::server", "Maakt de database aan of werkt het schema bij.");

int runInit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "init";
    prepare(parser, kInitSummary);
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    const QString path = parser.value("database");
    QDir().mkpath(QFileInfo(path).absolutePath());
    Store store(path.toStdString());
    out << tr("Database %1 is klaar (schemaversie %2).").arg(path).arg(store.schemaVersion())
        << "\n";
    if (store.registry().facilities().empty()) { // what a new administrator does next
        out << tr("Voeg nu de inrichtingen toe: ronde-server facility add --name NAAM --unit "
                  "AFDELING (zie 'ronde-server facility --help').")
            << "\n";
    }
    return Success;
}

} // namespace

Command initCommand()
{
    return {"init", kInitSummary, runInit};
}

} // namespace ronde::server
