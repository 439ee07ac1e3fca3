// End-to-end: the office's administration commands of the real `ronde-server` on real SQLite
// files, as an administrator setting up and running a server would use them: facilities,
// staff and the roster on a fresh database, and the refusals they meet, each with a reason
// to act on and nothing written.
#include "program_run.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QString kServer = RONDE_SERVER_BINARY;

} // namespace

// A database made by `init` takes its facilities and units from `facility`, and then the staff
// and the roster that name them; a name there already, whatever its case, an unknown kind or a
// unit named twice is refused with nothing written.
TEST(ServerFacility, AFreshDatabaseTakesFacilitiesThenTheirStaffAndRoster)
{
    QTemporaryDir dir;
    const QString database = dir.filePath("centraal.sqlite");
    const ProgramRun init = runAsUser(kServer, {"init", "--database", database});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains("ronde-server facility add")) << init.out.toStdString();
    const ProgramRun empty = runAsUser(kServer, {"report", "--database", database});
    EXPECT_TRUE(empty.out.contains("\nNog geen registraties\n")) << empty.out.toStdString();
    const auto count = [&](const char *table) {
        return ronde::Store(database.toStdString())
            .database()
            .scalar(std::string("SELECT COUNT(*) FROM ") + table);
    };
    const auto facility = [&](QStringList arguments) {
        return runAsUser(kServer, QStringList{"facility"} << arguments << "--database" << database);
    };
    const ProgramRun added = facility({"add", "--name", "PI Zwolle", "--profile", "dbt-2020",
                                       "--unit", "Afdeling A", "--unit", "Afdeling B"});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains("Inrichting toegevoegd: PI Zwolle")) << added.out.toStdString();

    EXPECT_EQ(runAsUser(kServer, {"facility", "add", "--name", "PI Almelo", "--database",
                                  dir.filePath("verkeerd.sqlite")})
                  .exitCode,
              2)
        << "a mistyped path is not made a new database";
    EXPECT_FALSE(QFile::exists(dir.filePath("verkeerd.sqlite")));
    const ProgramRun again = facility({"add", "--name", " pi zwolle"});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains("Er is al een inrichting 'PI Zwolle'"))
        << again.err.toStdString();
    const ProgramRun kind = facility({"add", "--name", "PI Almelo", "--kind", "jail"});
    EXPECT_EQ(kind.exitCode, 2);
    EXPECT_TRUE(kind.err.contains("Kies uit: prison, remand")) << kind.err.toStdString();
    EXPECT_EQ(facility({"add", "--name", "PI Almelo", "--unit", "A", "--unit", "a"}).exitCode, 2);
    EXPECT_EQ(facility({"unit", "--facility", "PI Zwolle", "--unit", "afdeling a"}).exitCode, 2);
    EXPECT_EQ(count("facilities"), 1);
    EXPECT_EQ(count("units"), 2);

    ASSERT_EQ(facility({"unit", "--facility", "PI Zwolle", "--unit", "Afdeling C"}).exitCode, 0);
    const ProgramRun listed = facility({"list"});
    EXPECT_TRUE(listed.out.contains("PI Zwolle") && listed.out.contains("dbt-2020") &&
                listed.out.contains("Afdeling C"))
        << listed.out.toStdString();

    const ProgramRun mentor = runProgram(kServer,
                                         {"user", "add", "--database", database, "--facility",
                                          "PI Zwolle", "--name", "Sanne Vos", "--role", "mentor"},
                                         testEnvironment(dir.path()), "123456\n");
    ASSERT_EQ(mentor.exitCode, 0) << mentor.err.toStdString();
    // Roles by their Dutch word too; a second "Sanne Vos" would make sign-in by name ambiguous.
    const auto addUser = [&](const QString &name, const QString &role,
                             const QStringList &more = {}) {
        return runProgram(kServer,
                          QStringList{"user", "add", "--database", database, "--facility",
                                      "PI Zwolle", "--name", name, "--role", role} +
                              more,
                          testEnvironment(dir.path()), "123456\n");
    };
    const ProgramRun twice = addUser("sanne vos", "casemanager");
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.err.contains("heeft al een medewerker 'Sanne Vos'"))
        << twice.err.toStdString();
    const ProgramRun jurist = addUser("Piet Jansen", "jurist");
    EXPECT_TRUE(jurist.err.contains("Kies uit: casemanager (caseManager)"))
        << jurist.err.toStdString();
    // DOMAIN "Privacy": an external visitor sees their own organisation's contacts, so one
    // without an organisation is refused rather than left seeing none of their colleagues'.
    const ProgramRun noOrganisation = addUser("Piet Jansen", "Gemeente", {"--organisation", " "});
    EXPECT_EQ(noOrganisation.exitCode, 2);
    EXPECT_TRUE(noOrganisation.err.contains("Bij de rol gemeente hoort een organisatie"))
        << noOrganisation.err.toStdString();
    EXPECT_EQ(addUser("Piet Jansen", "Gemeente", {"--organisation", "Gemeente Zwolle"}).exitCode,
              0);
    const ProgramRun staff = runAsUser(kServer, {"user", "list", "--database", database});
    EXPECT_TRUE(staff.out.contains("Piet Jansen\tgemeente\tPI Zwolle\tGemeente Zwolle\n"))
        << staff.out.toStdString();
    EXPECT_EQ(count("users"), 2);
    // One disabled cannot sign in: a new colleague of the same name may be added.
    const QString piet = staff.out.section("\tPiet Jansen", 0, 0).section('\n', -1);
    ASSERT_EQ(runAsUser(kServer, {"user", "disable", piet, "--database", database}).exitCode, 0);
    // From a shell in English, the Dutch word is a role still.
    QProcessEnvironment english = testEnvironment(dir.path());
    english.insert("LANG", "en_US.UTF-8");
    const ProgramRun fromEnglishShell = runProgram(
        kServer,
        {"user", "add", "--database", database, "--facility", "PI Zwolle", "--name", "Piet Jansen",
         "--role", "reclassering", "--organisation", "Reclassering Nederland"},
        english, "123456\n");
    EXPECT_EQ(fromEnglishShell.exitCode, 0) << fromEnglishShell.err.toStdString();
    // Back from leave: the first Piet is enabled only once the name is free again.
    const QString reclassering = runAsUser(kServer, {"user", "list", "--database", database})
                                     .out.section("\tPiet Jansen\treclassering", 0, 0)
                                     .section('\n', -1);
    const ProgramRun enabledTwice =
        runAsUser(kServer, {"user", "enable", piet, "--database", database});
    EXPECT_EQ(enabledTwice.exitCode, 2);
    EXPECT_TRUE(enabledTwice.err.contains("heeft al een medewerker 'Piet Jansen'"))
        << enabledTwice.err.toStdString();
    ASSERT_EQ(
        runAsUser(kServer, {"user", "disable", reclassering, "--database", database}).exitCode, 0);
    const ProgramRun enabled = runAsUser(kServer, {"user", "enable", piet, "--database", database});
    EXPECT_EQ(enabled.exitCode, 0) << enabled.err.toStdString();
    EXPECT_TRUE(enabled.out.contains("Ingeschakeld: Piet Jansen")) << enabled.out.toStdString();
    const ProgramRun afterLeave = runAsUser(kServer, {"user", "list", "--database", database});
    EXPECT_TRUE(
        afterLeave.out.contains(piet + "\tPiet Jansen\tgemeente\tPI Zwolle\tGemeente Zwolle\n"))
        << afterLeave.out.toStdString();
    // R4.5: a mandate only for an MDO member; on anyone else it would give nothing, silently.
    const auto addWithMandate = [&](const QString &name, const QString &role) {
        return runProgram(kServer,
                          {"user", "add", "--database", database, "--facility", "PI Zwolle",
                           "--name", name, "--role", role, "--mandate"},
                          testEnvironment(dir.path()), "123456\n");
    };
    const ProgramRun volunteer = addWithMandate("Wim de Vries", "vrijwilliger");
    EXPECT_EQ(volunteer.exitCode, 2);
    EXPECT_TRUE(volunteer.err.contains("Alleen een MDO-lid")) << volunteer.err.toStdString();
    EXPECT_EQ(addWithMandate("Ingrid Dekker", "directeur").exitCode, 2);
    EXPECT_EQ(addWithMandate("Linda Bakker", "casemanager").exitCode, 0);
    EXPECT_EQ(count("users"), 4);
    EXPECT_TRUE(runAsUser(kServer, {"user", "list", "--database", database})
                    .out.contains("Linda Bakker\tcasemanager\tPI Zwolle\tmandaat (R4.5)\n"));
    // Only an external visitor has an organisation; a colleague's spelling of it is kept,
    // since organisations are compared exactly (model/access.h).
    EXPECT_EQ(addUser("Kees Kantoor", "office").exitCode, 0);
    const ProgramRun mentorOfAnOrganisation =
        addUser("Mo Amrani", "mentor", {"--organisation", "Gemeente Zwolle"});
    EXPECT_EQ(mentorOfAnOrganisation.exitCode, 2);
    EXPECT_TRUE(mentorOfAnOrganisation.err.contains("laat --organisation weg"))
        << mentorOfAnOrganisation.err.toStdString();
    const ProgramRun spelled =
        addUser("Eva Smit", "gemeente", {"--organisation", "gemeente zwolle "});
    EXPECT_EQ(spelled.exitCode, 0) << spelled.err.toStdString();
    EXPECT_TRUE(spelled.out.contains("zoals bij collega's: 'Gemeente Zwolle'"))
        << spelled.out.toStdString();
    EXPECT_EQ(count("users"), 6);
    const ProgramRun withEva = runAsUser(kServer, {"user", "list", "--database", database});
    EXPECT_TRUE(withEva.out.contains("Eva Smit\tgemeente\tPI Zwolle\tGemeente Zwolle\n"))
        << withEva.out.toStdString();
    // A visitor from before an organisation was needed is marked, and can be given one.
    const QString eva = withEva.out.section("\tEva Smit", 0, 0).section('\n', -1);
    ronde::Store(database.toStdString())
        .database()
        .exec("UPDATE users SET organisation = '' WHERE name = 'Eva Smit'");
    EXPECT_TRUE(runAsUser(kServer, {"user", "list", "--database", database})
                    .out.contains(eva + "\tEva Smit\tgemeente\tPI Zwolle\tgeen organisatie\n"));
    const auto giveOrganisation = [&](const QString &id, const QString &organisation) {
        return runAsUser(kServer, {"user", "organisation", id, "--organisation", organisation,
                                   "--database", database});
    };
    const ProgramRun blank = giveOrganisation(eva, " ");
    EXPECT_EQ(blank.exitCode, 2);
    EXPECT_TRUE(blank.err.contains("hoort een organisatie")) << blank.err.toStdString();
    const QString kees = withEva.out.section("\tKees Kantoor", 0, 0).section('\n', -1);
    for (const QString &organisation : {QString("Gemeente Zwolle"), QString()}) {
        const ProgramRun office = giveOrganisation(kees, organisation);
        EXPECT_EQ(office.exitCode, 2);
        EXPECT_TRUE(office.err.contains("Alleen externen")) << office.err.toStdString();
    }
    const ProgramRun given = giveOrganisation(eva, "GEMEENTE ZWOLLE");
    EXPECT_EQ(given.exitCode, 0) << given.err.toStdString();
    EXPECT_TRUE(given.out.contains("Eva Smit hoort nu bij Gemeente Zwolle"))
        << given.out.toStdString();
    // A spelling a visiting colleague has exactly is kept, whatever variants others have (a
    // case manager's, from before staff had none; another visitor's).
    ronde::Store(database.toStdString())
        .database()
        .exec("UPDATE users SET organisation = 'gemeente zwolle' WHERE name = 'Linda Bakker' "
              "OR role = 'probation'");
    const ProgramRun exact = giveOrganisation(eva, "Gemeente Zwolle");
    EXPECT_EQ(exact.exitCode, 0) << exact.err.toStdString();
    EXPECT_FALSE(exact.out.contains("in plaats van")) << exact.out.toStdString();
    EXPECT_TRUE(runAsUser(kServer, {"user", "list", "--database", database})
                    .out.contains(eva + "\tEva Smit\tgemeente\tPI Zwolle\tGemeente Zwolle\n"));
    // What each column of the roster takes is in its --help, the dates Excel shows included.
    const ProgramRun importHelp = runAsUser(kServer, {"import", "--help"});
    for (const char *said : {"JJJJ-MM-DD, of D-M-JJJJ zoals Excel", "zelfmelder: ja of nee",
                             "uitsluiting (R2.3)", "mentor: leeg, of de naam"}) {
        EXPECT_TRUE(importHelp.out.contains(QString::fromUtf8(said))) << said;
    }
    const QString csv = dir.filePath("rooster.csv");
    ASSERT_TRUE(writeFile(
        csv, "nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek;mentor\n"
             "0900001;Nieuw Persoon;PI Zwolle;Afdeling C;1-11-2026;nee;;;Sanne Vos\n"));
    const ProgramRun roster = runAsUser(kServer, {"import", "--database", database, csv});
    EXPECT_EQ(roster.exitCode, 0) << roster.err.toStdString();
    EXPECT_EQ(count("detainees"), 1);
}

// What the office names wrongly is refused in its own terms: a transfer to where the detainee
// is, before their admission or in the future; a device or detainee that does not exist.
TEST(ServerAdmin, RefusesWithAReasonTheOfficeCanActOn)
{
    QTemporaryDir dir;
    const QString database = dir.filePath("centraal.sqlite");
    ASSERT_EQ(runAsUser(kServer, {"demo", "--out", database, "--facilities", "2", "--detainees",
                                  "2", "--today", "2026-11-30"})
                  .exitCode,
              0);
    ronde::Store store(database.toStdString());
    const ronde::Detainee detainee =
        *store.registry().detainee(store.registry().detaineeIdsNumbered("0100001").at(0));
    const std::string elsewhere = store.registry().facilities().at(0).id == detainee.facilityId
                                      ? store.registry().facilities().at(1).name
                                      : store.registry().facilities().at(0).name;
    const std::string here = store.registry().facility(detainee.facilityId)->name;
    const auto transfer = [&](const std::string &to, const QString &day) {
        return runAsUser(kServer, {"transfer", "0100001", "--to", QString::fromStdString(to),
                                   "--on", day, "--database", database});
    };
    const auto refused = [](const ProgramRun &r, const QString &why) {
        EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(why)) << r.err.toStdString();
    };
    const QString today = QString::fromStdString(ronde::Date::fromCivil(2026, 11, 30)->iso());
    refused(transfer(here, today), "is al in " + QString::fromStdString(here));
    const ronde::Date before = detainee.admittedOn.plusDays(-1);
    refused(transfer(elsewhere, QString::fromStdString(before.iso())),
            "binnen in de huidige inrichting; een overplaatsing kan niet eerder");
    refused(transfer(elsewhere, "2099-01-01"), "Een overplaatsing ligt niet in de toekomst");
    EXPECT_EQ(store.registry().detainee(detainee.id)->facilityId, detainee.facilityId);

    refused(runAsUser(kServer, {"revoke", "geen-tablet", "--database", database}),
            "Onbekend apparaat 'geen-tablet'");
    refused(runAsUser(kServer, {"refusals", "--device", "geen-tablet", "--database", database}),
            "Onbekend apparaat 'geen-tablet'");
    refused(runAsUser(kServer, {"audit", "--detainee", "9999999", "--database", database}),
            "Onbekende gedetineerde '9999999'");
}

// A file that is no database (or a tablet's, encrypted) is said to be so in words, not in the
// database engine's English.
TEST(ServerAdmin, AFileThatIsNoDatabaseIsSaidToBeSo)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("rommel.sqlite");
    ASSERT_TRUE(writeFile(file, QByteArray(8192, 'x')));
    const ProgramRun r = runAsUser(kServer, {"report", "--database", file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("geen database van Ronde, of het is versleuteld"))
        << r.err.toStdString();
}

// A file that cannot be read as a roster at all (UTF-16 here) has no row to skip: the advice is
// to mend the file, not to give --skip-invalid, which was given.
TEST(ServerAdmin, ARosterFileUnreadableAsAWholeIsNotToBeSkipped)
{
    QTemporaryDir dir;
    const QString database = dir.filePath("centraal.sqlite");
    ASSERT_EQ(runAsUser(kServer, {"demo", "--out", database, "--detainees", "2"}).exitCode, 0);
    const QString csv = dir.filePath("rooster.csv");
    const QString text = "nummer;naam;inrichting;afdeling;binnenkomst\n"
                         "0900001;Nieuw Persoon;PI Zwolle;;2026-11-01\n";
    ASSERT_TRUE(writeFile(csv, "\xFF\xFE" + QByteArray(reinterpret_cast<const char *>(text.utf16()),
                                                       text.size() * 2)));
    const ProgramRun r =
        runAsUser(kServer, {"import", "--database", database, csv, "--skip-invalid"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("Niets ingelezen: verbeter het bestand")) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains("geef --skip-invalid")) << r.err.toStdString();
}
