// `ronde-server facility`: the facilities and their units, which everything else names (staff,
// the roster, enrolment). Without it a database made by `init` could hold none.
#include "common.h"
#include "policy/profile.h"
#include "store/database.h"
#include "util/uuid.h"

#include <QStringList>

namespace ronde::server {
namespace {

const char *const kFacilitySummary =
    QT_TRANSLATE_NOOP("ronde::server", "Inrichtingen en hun afdelingen: 'facility add', "
                                       "'facility unit' of 'facility list'.");

QString kindNames()
{
    QStringList names;
    for (const auto &[kind, name] : EnumNames<FacilityKind>::table) {
        names << QString::fromLatin1(name.data(), qsizetype(name.size()));
    }
    return names.join(", ");
}

QString profileNames()
{
    QStringList names;
    for (const Profile &p : allProfiles()) {
        names << QString::fromStdString(p.name);
    }
    return names.join(", ");
}

// The units to add to a facility: each named, none twice, none there already. Said on err.
bool readUnits(const QStringList &wanted, const std::vector<Unit> &present, QTextStream &err)
{
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const std::string name = wanted[i].trimmed().toStdString();
        if (name.empty()) {
            err << tr("Een afdeling heeft een naam nodig (--unit).") << "\n";
            return false;
        }
        const bool twice = std::any_of(wanted.begin(), wanted.begin() + i, [&](const QString &w) {
            return sameName(w.toStdString(), name);
        });
        const bool there = std::any_of(present.begin(), present.end(),
                                       [&](const Unit &u) { return sameName(u.name, name); });
        if (twice) {
            err << tr("Afdeling '%1' staat twee keer in de opdracht.")
                       .arg(QString::fromStdString(name))
                << "\n";
            return false;
        }
        if (there) {
            err << tr("Afdeling '%1' bestaat al in deze inrichting.")
                       .arg(QString::fromStdString(name))
                << "\n";
            return false;
        }
    }
    return true;
}

void addUnits(Store &store, const std::string &facilityId, const QStringList &names,
              UuidGenerator &ids)
{
    for (const QString &name : names) {
        store.registry().upsert(Unit{ids.next(), facilityId, name.trimmed().toStdString()});
    }
}

void list(Store &store, QTextStream &out)
{
    const std::vector<Facility> facilities = store.registry().facilities();
    if (facilities.empty()) {
        out << tr("Nog geen inrichtingen. Voeg er een toe met 'ronde-server facility add "
                  "--name NAAM'.")
            << "\n";
        return;
    }
    for (const Facility &f : facilities) {
        const std::string_view kind = nameOf(f.kind);
        out << QString::fromStdString(f.name) << "\t" << QString::fromStdString(f.id) << "\t"
            << QString::fromLatin1(kind.data(), qsizetype(kind.size())) << "\t"
            << QString::fromStdString(f.profile) << "\n";
        for (const Unit &u : store.registry().units(f.id)) {
            out << "  " << tr("afdeling") << " " << QString::fromStdString(u.name) << "\t"
                << QString::fromStdString(u.id) << "\n";
        }
    }
}

int runFacility(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "facility";
    prepare(parser, kFacilitySummary);
    parser.addPositionalArgument(tr("ACTIE"),
                                 tr("add (een nieuwe inrichting), unit (afdelingen erbij) of "
                                    "list (alle inrichtingen met hun afdelingen)."));
    parser.addOption(
        {"name", tr("Met add: de naam van de nieuwe inrichting, bijv. 'PI Zwolle'."), tr("NAAM")});
    parser.addOption({"facility", tr("Met unit: de inrichting (naam of id)."), tr("INRICHTING")});
    parser.addOption({"unit",
                      tr("Een afdeling (bij add of unit); herhaal de optie voor meer afdelingen."),
                      tr("AFDELING")});
    parser.addOption({"kind",
                      tr("Met add: het soort inrichting: %1 (standaard prison).").arg(kindNames()),
                      tr("SOORT"), "prison"});
    parser.addOption(
        {"profile",
         tr("Met add: het beleidsprofiel (R0.1): %1 (standaard dbt-2014).").arg(profileNames()),
         tr("PROFIEL"), "dbt-2014"});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != "add" && action != "unit" && action != "list")) {
        err << tr("Gebruik: ronde-server facility add|unit|list (zie --help).") << "\n";
        return BadUsage;
    }
    const QStringList units = parser.values("unit");
    if (action == "list") {
        return withExistingStore(parser, err, [&](Store &store) {
            list(store, out);
            return int(Success);
        });
    }
    UuidGenerator ids(systemClock());
    if (action == "unit") {
        if (units.isEmpty()) {
            err << tr("Geef de afdeling met --unit NAAM.") << "\n";
            return BadUsage;
        }
        return withExistingStore(parser, err, [&](Store &store) {
            Transaction tx = store.transaction(); // the check and the write together
            const std::string wanted = parser.value("facility").toStdString();
            const auto facility = store.registry().findFacility(wanted);
            if (!facility) {
                throw ValidationError({ProblemCode::UnknownFacility, "facility", wanted});
            }
            store.registry().holdNames(facility->id);
            if (!readUnits(units, store.registry().units(facility->id), err)) {
                return int(BadUsage);
            }
            addUnits(store, facility->id, units, ids);
            tx.commit();
            out << QCoreApplication::translate("ronde::server",
                                               "%n afdeling(en) toegevoegd aan %1.", nullptr,
                                               int(units.size()))
                       .arg(QString::fromStdString(facility->name))
                << "\n";
            return int(Success);
        });
    }
    Facility facility;
    facility.name = parser.value("name").trimmed().toStdString();
    if (facility.name.empty()) {
        err << tr("Geef de naam van de inrichting met --name NAAM.") << "\n";
        return BadUsage;
    }
    const auto kind = parseEnum<FacilityKind>(parser.value("kind").toStdString());
    if (!kind) {
        err << tr("Onbekend soort inrichting '%1'. Kies uit: %2.")
                   .arg(parser.value("kind"), kindNames())
            << "\n";
        return BadUsage;
    }
    facility.kind = *kind;
    facility.profile = parser.value("profile").toStdString();
    if (!findProfile(facility.profile)) {
        err << tr("Onbekend beleidsprofiel '%1'. Kies uit: %2.")
                   .arg(parser.value("profile"), profileNames())
            << "\n";
        return BadUsage;
    }
    if (!readUnits(units, {}, err)) {
        return BadUsage;
    }
    // A mistyped path is refused, not made a new database: `init` makes one.
    return withExistingStore(parser, err, [&](Store &store) {
        Transaction tx = store.transaction();
        store.registry().holdNames(); // the facilities' names, for as long as this takes one
        for (const Facility &there : store.registry().facilities()) {
            if (sameName(there.name, facility.name)) {
                err << tr("Er is al een inrichting '%1' (%2).")
                           .arg(QString::fromStdString(there.name),
                                QString::fromStdString(there.id))
                    << "\n";
                return int(BadUsage);
            }
        }
        facility.id = ids.next();
        store.registry().upsert(facility);
        addUnits(store, facility.id, units, ids);
        tx.commit();
        out << QCoreApplication::translate("ronde::server",
                                           "Inrichting toegevoegd: %1 (%2), met %n afdeling(en).",
                                           nullptr, int(units.size()))
                   .arg(QString::fromStdString(facility.name), QString::fromStdString(facility.id))
            << "\n";
        return int(Success);
    });
}

} // namespace

Command facilityCommand()
{
    return {"facility", kFacilitySummary, runFacility};
}

} // namespace ronde::server
