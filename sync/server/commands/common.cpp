#include "common.h"

#include "store/database.h"
#include "util/local_time.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ronde::server {

QString tr(const char *text)
{
    return QCoreApplication::translate("ronde::server", text);
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath("ronde-server.sqlite");
}

namespace {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        {"d", "database"},
        tr("Het databasebestand (SQLite), of een PostgreSQL-database als "
           "postgresql://gebruiker@host:poort/naam (wachtwoord via ~/.pgpass of PGPASSWORD). "
           "Standaard: %1.")
            .arg(defaultDatabasePath()),
        tr("PAD|URI"), defaultDatabasePath());
}

// Qt's help text starts with an English usage line naming the binary's path; say it in Dutch
// with the subcommand instead.
QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    text = text.mid(text.indexOf('\n') + 1);
    text.replace("Options:", tr("Opties:"));
    return tr("Gebruik: ronde-server %1 [OPTIES]").arg(command) + "\n" + text;
}

} // namespace

bool isPostgres(const QString &location)
{
    return Database::isPostgresUri(location.toStdString());
}

void makeRoomFor(const QString &location)
{
    if (!isPostgres(location)) {
        QDir().mkpath(QFileInfo(location).absolutePath());
    }
}

bool databaseExists(const QString &location, QTextStream &err)
{
    if (isPostgres(location) || QFileInfo::exists(location)) {
        return true;
    }
    err << tr("Database %1 bestaat niet. Geef het juiste pad met --database (of maak een nieuwe "
              "met 'ronde-server init').")
               .arg(location)
        << "\n";
    return false;
}

bool sameName(const std::string &a, const std::string &b)
{
    return QString::fromStdString(a).trimmed().compare(QString::fromStdString(b).trimmed(),
                                                       Qt::CaseInsensitive) == 0;
}

std::optional<QByteArray> readWholeFile(const QString &path, QTextStream &err)
{
    const QFileInfo info(path);
    QFile file(path);
    const QString why = !info.exists()                    ? tr("het bestand bestaat niet.")
                        : info.isDir()                    ? tr("dat is een map, geen bestand.")
                        : !file.open(QIODevice::ReadOnly) ? tr("geen leesrechten.")
                                                          : QString();
    if (!why.isEmpty()) {
        err << tr("Kan %1 niet lezen: %2").arg(path, why) << "\n";
        return std::nullopt;
    }
    return file.readAll();
}

void prepare(QCommandLineParser &parser, const char *summary)
{
    parser.setApplicationDescription(tr(summary));
    // Our own --help: Qt's adds --help-all with toolkit options no user needs.
    parser.addOption({{"h", "help"}, tr("Toont deze hulp.")});
    parser.addOption(databaseOption());
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
           QTextStream &out, QTextStream &err, int &exitCode)
{
    if (!parser.parse(QStringList{"ronde-server"} + arguments)) {
        err << parser.errorText() << "\n" << tr("Zie 'ronde-server help'.") << "\n";
        exitCode = BadUsage;
        return false;
    }
    if (parser.isSet("help")) {
        out << helpText(parser, command);
        exitCode = Success;
        return false;
    }
    return true;
}

bool readInt(const QCommandLineParser &parser, const QString &name, int low, int high, int &value,
             QTextStream &err)
{
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < low || parsed > high) {
        err << tr("Ongeldige waarde '%1' voor --%2: geef een geheel getal van %3 tot en met %4.")
                   .arg(parser.value(name), name)
                   .arg(low)
                   .arg(high)
            << "\n";
        return false;
    }
    value = parsed;
    return true;
}

QString amsterdamMinute(int64_t utcMs)
{
    const LocalDateTime at = amsterdamFromUtc(utcMs);
    return QString::fromStdString(at.date.iso() + " " + at.clock());
}

std::optional<Date> readDate(const QCommandLineParser &parser, const QString &name, Date fallback,
                             QTextStream &err)
{
    if (!parser.isSet(name)) {
        return fallback;
    }
    const auto date = Date::parseIso(parser.value(name).toStdString());
    if (!date) {
        err << tr("Ongeldige datum '%1' voor --%2: gebruik JJJJ-MM-DD.")
                   .arg(parser.value(name), name)
            << "\n";
    }
    return date;
}

std::string facilityOption(Store &store, const QCommandLineParser &parser)
{
    if (!parser.isSet("facility")) {
        return {};
    }
    const std::string wanted = parser.value("facility").toStdString();
    const auto facility = store.registry().findFacility(wanted);
    if (!facility) {
        throw ValidationError({ProblemCode::UnknownFacility, "facility", wanted});
    }
    return facility->id;
}

} // namespace ronde::server
