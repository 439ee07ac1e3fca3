// Roster import (issue #6): the CSV of the prison registration system brings in, updates,
// transfers and discharges detainees; a bad row names its line and field and, without
// --skip-invalid, nothing from the file is applied.
#include "roster/roster.h"
#include "store_fixture.h"
#include "util/text.h"

#include <set>

using namespace ronde;

namespace {

using Roster = StoreTest;
INSTANTIATE_TEST_SUITE_P(, Roster, ::testing::ValuesIn(storeBackings()), backingName);

const Date kToday = *Date::parseIso("2026-03-01");

std::optional<Detainee> byNumber(Store &store, const std::string &number)
{
    for (const Detainee &d : store.registry().detainees("fac-1")) {
        if (d.number == number) {
            return d;
        }
    }
    return std::nullopt;
}

} // namespace

TEST(RosterParse, ReadsSemicolonsCommasQuotesBomAndBothDateForms)
{
    const RosterFile semicolons = parseRoster(
        "\xEF\xBB\xBFnummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek\r\n"
        "0200001;\"Vries; de, Jan\";PI Test;Afdeling A;05-01-2026;ja;ISD;\r\n"
        "\r\n"
        "0200002;Piet Jansen;PI Test;;2026-01-06;nee;;2026-02-01\r\n"
        "0200003;Kees Bakker;PI Test;;6-1-2026;nee;;1-2-2026\r\n"); // Excel's short form
    ASSERT_TRUE(semicolons.errors.empty()) << semicolons.errors[0].describe();
    ASSERT_EQ(semicolons.rows.size(), 3u);
    EXPECT_EQ(semicolons.rows[0].name, "Vries; de, Jan");
    EXPECT_EQ(semicolons.rows[0].admitted.iso(), "2026-01-05");
    EXPECT_TRUE(semicolons.rows[0].selfReporter);
    EXPECT_EQ(semicolons.rows[0].exclusion, ExclusionGround::Isd);
    EXPECT_EQ(semicolons.rows[1].line, 4) << "the empty line still counts";
    EXPECT_EQ(semicolons.rows[1].departure->iso(), "2026-02-01");
    EXPECT_EQ(semicolons.rows[2].admitted.iso(), "2026-01-06");
    EXPECT_EQ(semicolons.rows[2].departure->iso(), "2026-02-01");

    // Columns by name, in any order, with ',' and without the optional ones.
    const RosterFile commas =
        parseRoster("binnenkomst,naam,nummer,inrichting,afdeling\n2026-01-05,Jan,7,PI Test,\n");
    ASSERT_TRUE(commas.errors.empty());
    EXPECT_EQ(commas.rows.at(0).number, "7");
    EXPECT_FALSE(commas.rows.at(0).selfReporter);
}

// Excel's short form with a day or month of one digit is a date; a year of two digits, a
// part of three, a missing part or a sign is not.
TEST(RosterParse, TakesDatesWithOrWithoutLeadingZeros)
{
    for (const char *text : {"2026-01-06", "06-01-2026", "6-1-2026", "06-1-2026", "6-01-2026"}) {
        ASSERT_TRUE(Date::parseIsoOrDayMonthYear(text)) << text;
        EXPECT_EQ(Date::parseIsoOrDayMonthYear(text)->iso(), "2026-01-06") << text;
    }
    for (const char *text :
         {"6-1-26", "006-1-2026", "6-001-2026", "-1-2026", "6--2026", "6-1-", "+6-1-2026",
          "6-+1-2026", "6-1-+202", "31-2-2026", "6-13-2026", "6/1/2026", "6-1-2026-", ""}) {
        EXPECT_FALSE(Date::parseIsoOrDayMonthYear(text)) << text;
    }
}

TEST(RosterParse, NamesTheLineAndFieldOfEveryBadValue)
{
    const RosterFile file =
        parseRoster("nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek\n"
                    "1;Jan;PI Test;;31-02-2026;nee;;\n"
                    "2;Piet;PI Test;;2026-01-05;misschien;;\n"
                    "3;Kees;PI Test;;2026-01-05;nee;vakantie;\n"
                    "4;Bert;PI Test;;2026-01-05;nee;;2025-12-31\n"
                    ";Anna;PI Test;;2026-01-05;nee;;\n"
                    "6;Els;PI Test;;2026-01-05;nee;;\n");
    ASSERT_EQ(file.rows.size(), 1u);
    ASSERT_EQ(file.errors.size(), 5u);
    EXPECT_EQ(file.errors[0].describe(), "Regel 2: Ongeldige waarde '31-02-2026' in veld "
                                         "'binnenkomst'.");
    EXPECT_EQ(file.errors[1].problem.field, "zelfmelder");
    EXPECT_EQ(file.errors[2].problem.field, "uitsluiting");
    EXPECT_EQ(file.errors[3].problem.code, ProblemCode::DischargeBeforeAdmission);
    EXPECT_EQ(file.errors[4].line, 6);
    EXPECT_EQ(file.errors[4].problem.field, "nummer");
    EXPECT_EQ(file.errors[0].describe(Language::English),
              "Line 2: Invalid value '31-02-2026' in field 'binnenkomst'.");
}

TEST(RosterParse, AFileWithoutTheNeededColumnsIsRefusedAsAWhole)
{
    const RosterFile file = parseRoster("nummer;naam\n1;Jan\n");
    ASSERT_FALSE(file.errors.empty());
    EXPECT_EQ(file.errors[0].line, 0);
    EXPECT_EQ(file.errors[0].problem.field, "inrichting");
    EXPECT_TRUE(parseRoster("").rows.empty());
}

// docs/SECURITY.md "Roster": a name in Latin-1 or Windows-1252 inside a UTF-8 file, a NUL
// byte, or a line break inside quotes is refused with its line and column; a UTF-16 file is
// named as such; nothing of such a file is applied.
TEST(RosterParse, TextThatIsNotCleanUtf8IsRefusedWithItsLineAndColumn)
{
    const std::string header =
        "nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek\n";
    const RosterFile mixed =
        parseRoster(header + "0200001;J\xFCrgen Bakker;PI Test;;2026-01-05\n" +
                    "0200002;Piet\x96Jansen;PI Test;;2026-01-06\n" +
                    "0200003;\"Ans\nde Wit\";PI Test;;2026-01-07\n" +
                    std::string("0200004;Nul\0byte;PI Test;;2026-01-07\n", 37) +
                    "0200005;J\xC3\xBCrgen de Vries;PI Test;;2026-01-08\n");
    ASSERT_EQ(mixed.errors.size(), 4u);
    EXPECT_EQ(mixed.errors[0].describe(),
              "Regel 2: kolom naam: geen geldige UTF-8 (lijkt Latin-1 of Windows-1252).");
    EXPECT_EQ(mixed.errors[1].line, 3);
    EXPECT_EQ(mixed.errors[1].problem.code, ProblemCode::NotUtf8);
    EXPECT_EQ(mixed.errors[2].line, 4);
    EXPECT_EQ(mixed.errors[2].problem.code, ProblemCode::ControlCharacter);
    EXPECT_EQ(mixed.errors[2].problem.field, "naam");
    EXPECT_EQ(mixed.errors[3].problem.code, ProblemCode::ControlCharacter);
    ASSERT_EQ(mixed.rows.size(), 1u) << "only the clean row";
    EXPECT_EQ(mixed.rows[0].name, "J\xC3\xBCrgen de Vries");

    std::string utf16 = "\xFF\xFE";
    for (char c : header) {
        utf16 += c;
        utf16 += '\0';
    }
    const RosterFile wide = parseRoster(utf16);
    ASSERT_EQ(wide.errors.size(), 1u);
    EXPECT_EQ(wide.errors[0].line, 0);
    EXPECT_NE(wide.errors[0].describe().find("UTF-16"), std::string::npos);
    EXPECT_TRUE(wide.rows.empty());
}

TEST_P(Roster, ALatin1NameImportsNothing)
{
    const RosterSummary summary = importRoster(
        store(),
        "nummer;naam;inrichting;afdeling;binnenkomst\n0200001;J\xFCrgen;fac-1;;2026-01-05\n"
        "0200002;Piet Jansen;fac-1;;2026-01-06\n",
        false, kToday);
    EXPECT_FALSE(summary.applied);
    EXPECT_FALSE(byNumber(store(), "0200002").has_value()) << "nothing of the file";
}

TEST_P(Roster, AddsUpdatesAndIsIdempotentOnTheNumber)
{
    const std::string csv =
        "nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek\n"
        "0100001;Jan de Vries;PI Test;Afdeling A;2026-01-05;nee;;\n" // det-1, unchanged
        "0200002;Piet Jansen;fac-1;unit-a;10-02-2026;ja;;\n";        // new
    RosterSummary first = importRoster(store(), csv, false, kToday);
    ASSERT_TRUE(first.applied) << first.errors.at(0).describe();
    EXPECT_EQ(first.added, 1);
    EXPECT_EQ(first.unchanged, 1);
    const auto piet = byNumber(store(), "0200002");
    ASSERT_TRUE(piet);
    EXPECT_TRUE(piet->selfReporter);
    EXPECT_EQ(piet->unitId, "unit-a");

    const RosterSummary again = importRoster(store(), csv, false, kToday);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 2);
    EXPECT_EQ(rows("detainees"), 2);

    // A departure discharges; an exclusion starts today and ends when the roster drops it.
    const RosterSummary later =
        importRoster(store(),
                     "nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek\n"
                     "0100001;Jan de Vries;PI Test;Afdeling A;2026-01-05;nee;;2026-02-27\n"
                     "0200002;Piet Jansen;PI Test;Afdeling A;2026-02-10;ja;beheersgroep;\n",
                     false, kToday);
    EXPECT_EQ(later.updated, 2);
    EXPECT_EQ(store().registry().detainee("det-1")->dischargedOn->iso(), "2026-02-27");
    const auto excluded = byNumber(store(), "0200002");
    ASSERT_EQ(excluded->exclusions.size(), 1u);
    EXPECT_EQ(excluded->exclusions[0].ground, ExclusionGround::ControlGroup);
    EXPECT_EQ(excluded->exclusions[0].from.iso(), "2026-03-01");
    EXPECT_EQ(excluded->id, piet->id) << "the same detainee, updated";
}

// An exclusion the roster drops and names again on the same day is one period, open again:
// a second period with the same start broke the import (a fuzz run found it).
TEST_P(Roster, AnExclusionDroppedAndNamedAgainOnOneDayIsOnePeriod)
{
    const std::string head =
        "nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek\n";
    const std::string excluded = head + "0400001;Ria Kok;PI Test;;2026-02-01;nee;pre-isd;\n";
    const std::string plain = head + "0400001;Ria Kok;PI Test;;2026-02-01;nee;;\n";
    for (const std::string *csv : {&excluded, &plain, &excluded}) {
        const RosterSummary summary = importRoster(store(), *csv, false, kToday);
        ASSERT_TRUE(summary.applied);
        EXPECT_EQ(summary.added + summary.updated, 1);
    }
    const auto ria = byNumber(store(), "0400001");
    ASSERT_TRUE(ria);
    ASSERT_EQ(ria->exclusions.size(), 1u);
    EXPECT_EQ(ria->exclusions[0].from.iso(), "2026-03-01");
    EXPECT_FALSE(ria->exclusions[0].to) << "open again";
}

TEST_P(Roster, ABadRowMeansNothingIsAppliedUnlessSkipped)
{
    const std::string csv =
        "nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek\n"
        "0300001;Anna Bakker;PI Test;;2026-02-01;nee;;\n"
        "0300002;Els Smit;PI Nergens;;2026-02-01;nee;;\n"
        "0300003;Kees Mol;PI Test;Afdeling Z;2026-02-01;nee;;\n"
        "0300001;Anna Bakker;PI Test;;2026-02-01;nee;;\n";
    const int64_t before = rows("detainees");
    const RosterSummary refused = importRoster(store(), csv, false, kToday);
    EXPECT_FALSE(refused.applied);
    EXPECT_EQ(refused.rejected, 3);
    ASSERT_EQ(refused.errors.size(), 3u);
    EXPECT_EQ(refused.errors[0].describe(), "Regel 3: Onbekende inrichting 'PI Nergens'.");
    EXPECT_EQ(refused.errors[1].problem.field, "afdeling");
    // Twice in the file, not "already there" (it is not in the registry yet).
    EXPECT_EQ(refused.errors[2].describe(),
              "Regel 5: '0300001' staat meer dan eens in het bestand (kolom 'nummer').");
    EXPECT_EQ(rows("detainees"), before) << "nothing from the file";

    const RosterSummary skipped = importRoster(store(), csv, true, kToday);
    EXPECT_TRUE(skipped.applied);
    EXPECT_EQ(skipped.added, 1);
    EXPECT_EQ(skipped.rejected, 3);
    EXPECT_EQ(rows("detainees"), before + 1);
}

// An empty file (or one of blank lines) is said to be empty, once, not a missing column each.
TEST_P(Roster, AnEmptyFileIsSaidToBeEmpty)
{
    for (const std::string csv : {"", "\xEF\xBB\xBF", " \r\n\n"}) {
        const RosterSummary refused = importRoster(store(), csv, true, kToday);
        EXPECT_FALSE(refused.applied);
        ASSERT_EQ(refused.errors.size(), 1u);
        EXPECT_EQ(refused.errors[0].describe(), "Het bestand is leeg.");
    }
}

// A cut text stays valid UTF-8 (a set-aside record's reason travels in an audit entry, and the
// server drops an entry that is not).
TEST(Utf8Prefix, CutsBeforeACharacterNotInsideIt)
{
    const std::string text = "Onbekende medewerker J\xC3\xBCrgen";
    EXPECT_EQ(utf8Prefix(text, 100), text);
    const std::string_view cut = utf8Prefix(text, 23); // inside the two bytes of ü
    EXPECT_EQ(cut, "Onbekende medewerker J");
    EXPECT_TRUE(isValidUtf8(cut));
    EXPECT_EQ(utf8Prefix(text, 24), "Onbekende medewerker J\xC3\xBC");
}

// Sign-in lists staff by surname, as a Dutch list does: particles do not count.
TEST(Text, SurnameSortKeyLeavesOutTheGivenNameAndParticles)
{
    EXPECT_EQ(surnameSortKey("Ahmed van Dijk"), "dijk");
    EXPECT_EQ(surnameSortKey("Sanne de Jong"), "jong");
    EXPECT_EQ(surnameSortKey("Jan van der Berg"), "berg");
    EXPECT_EQ(surnameSortKey("Kevin El Amrani"), "el amrani");
    EXPECT_EQ(surnameSortKey("Fatima Ouali"), "ouali");
    EXPECT_EQ(surnameSortKey("Madonna"), "madonna");
    EXPECT_EQ(surnameSortKey("Zoë  de  Wit"), "wit");
    EXPECT_LT(surnameSortKey("Ahmed van Dijk"), surnameSortKey("Eva Mulder"));
    EXPECT_LT(surnameSortKey("Eva Mulder"), surnameSortKey("Anna Smit"));
    // Accents do not count: "Öztürk" among the O's, "Şahin" among the S's, not after Z.
    EXPECT_EQ(surnameSortKey("Emre Öztürk"), "ozturk");
    EXPECT_EQ(surnameSortKey("Ayşe Şahin"), "sahin");
    EXPECT_EQ(surnameSortKey("Zoë Çelik"), "celik");
    EXPECT_LT(surnameSortKey("Emre Öztürk"), surnameSortKey("Anna Smit"));
    EXPECT_LT(surnameSortKey("Ayşe Şahin"), surnameSortKey("Anna Smit"));
    EXPECT_GT(surnameSortKey("Ayşe Şahin"), surnameSortKey("Eva Mulder"));
}

// The roster names each detainee's mentor ("Mijn werk"): by name or id, one mentor a
// detainee; a name that is not a mentor of the facility is refused with its line, and a
// file without the column leaves the assignments as they are.
TEST_P(Roster, NamesEachDetaineesMentor)
{
    User second;
    second.id = "mentor-2";
    second.facilityId = "fac-1";
    second.name = "Sanne de Jong";
    second.role = Role::Mentor;
    store().registry().upsert(second);
    const std::string header = "nummer;naam;inrichting;afdeling;binnenkomst;mentor\n";
    const RosterSummary first =
        importRoster(store(),
                     header + "0300001;Jan;PI Test;Afdeling A;2026-01-05;sanne de jong\n"
                              "0300002;Piet;PI Test;Afdeling A;2026-01-06;mentor-1\n",
                     false, kToday);
    ASSERT_TRUE(first.applied) << first.errors.at(0).describe();
    const std::string jan = byNumber(store(), "0300001")->id;
    const std::string piet = byNumber(store(), "0300002")->id;
    const auto caseload = [&](const std::string &mentor) {
        const auto ids = store().registry().assignedDetaineeIds(mentor);
        return std::set<std::string>(ids.begin(), ids.end());
    };
    EXPECT_EQ(caseload("mentor-2"), std::set<std::string>{jan});
    EXPECT_TRUE(caseload("mentor-1").contains(piet));

    // Jan moves to the other mentor: one mentor a detainee.
    const RosterSummary moved =
        importRoster(store(), header + "0300001;Jan;PI Test;Afdeling A;2026-01-05;Naam mentor-1\n",
                     false, kToday);
    ASSERT_TRUE(moved.applied);
    EXPECT_EQ(moved.updated, 1);
    EXPECT_FALSE(caseload("mentor-2").contains(jan));
    EXPECT_TRUE(caseload("mentor-1").contains(jan));

    // Not a mentor here: refused, nothing applied.
    const RosterSummary wrong = importRoster(
        store(), header + "0300002;Piet;PI Test;Afdeling A;2026-01-06;Naam cm-1\n", false, kToday);
    EXPECT_FALSE(wrong.applied);
    ASSERT_EQ(wrong.errors.size(), 1u);
    EXPECT_EQ(wrong.errors[0].line, 2);
    EXPECT_EQ(wrong.errors[0].problem.field, "mentor");

    // Without the column: the caseload stays.
    ASSERT_TRUE(importRoster(store(),
                             "nummer;naam;inrichting;afdeling;binnenkomst\n"
                             "0300001;Jan;PI Test;Afdeling A;2026-01-05\n",
                             false, kToday)
                    .applied);
    EXPECT_TRUE(caseload("mentor-1").contains(jan));
}
