#pragma once

// What every `ronde-server` command shares: its options (--help, --database), the parsing of
// a command line with a Dutch help text, reading numbers, days and the facility named on it,
// and opening the database. One command per file beside this one (commands.h).
#include "model/problem.h"
#include "server/cli.h"
#include "store/store.h"
#include "util/date.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <functional>
#include <optional>
#include <string>

namespace ronde::server {

// lupdate files free tr() calls under the namespace, so that is the context.
QString tr(const char *text);

// A command: its name, its summary (for the overview and its --help) and what runs it.
struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &, QTextStream &, QTextStream &)> run;
};

QString defaultDatabasePath();
bool isPostgres(const QString &location);
// A SQLite file's folder is made if it is missing; PostgreSQL needs nothing.
void makeRoomFor(const QString &location);
// A parser with --help and the options every command shares.
void prepare(QCommandLineParser &parser, const char *summary);
// Parses arguments; on a bad line prints the problem and fills exitCode. False when the
// command should stop (a bad line, or --help shown).
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
           QTextStream &out, QTextStream &err, int &exitCode);
// An integer option within [low, high]; an option not given leaves `value` alone.
bool readInt(const QCommandLineParser &parser, const QString &name, int low, int high, int &value,
             QTextStream &err);
// A day option (JJJJ-MM-DD); `fallback` when it is not given, nullopt (said on err) when bad.
std::optional<Date> readDate(const QCommandLineParser &parser, const QString &name, Date fallback,
                             QTextStream &err);
// A moment as "JJJJ-MM-DD UU:MM" on the facilities' clock (Europe/Amsterdam, R0.3), whatever
// the server's own time zone.
QString amsterdamMinute(int64_t utcMs);
// The facility that --facility names (by name or id), or "" for all; an unknown one is refused.
std::string facilityOption(Store &store, const QCommandLineParser &parser);

// Opens the database the command names, creating its folder, and runs `work` on it.
template <typename Work> int withStore(const QCommandLineParser &parser, Work work)
{
    const QString path = parser.value("database");
    makeRoomFor(path);
    Store store(path.toStdString());
    return work(store);
}

// False, said on err, when `location` names a SQLite file that is not there.
bool databaseExists(const QString &location, QTextStream &err);

// Whether two names are the same as staff type them: without regard to case or the spaces
// around them ("pi zwolle" is PI Zwolle), for names that must not stand twice.
bool sameName(const std::string &a, const std::string &b);

// A file named on the command line, read whole; nullopt, said on err with why in words (not
// there, a folder, not readable), when it cannot be.
std::optional<QByteArray> readWholeFile(const QString &path, QTextStream &err);

// The same for a command that only reads (report, refusals, proposals, audit, devices): a
// database that is not there is refused, not made empty; a mistyped path would otherwise
// report an empty country, calmly.
template <typename Work>
int withExistingStore(const QCommandLineParser &parser, QTextStream &err, Work work)
{
    const QString path = parser.value("database");
    if (!databaseExists(path, err)) {
        return BadUsage;
    }
    Store store(path.toStdString());
    return work(store);
}

} // namespace ronde::server
