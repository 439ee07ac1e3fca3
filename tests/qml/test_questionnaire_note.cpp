// What a staff member reads of the questionnaire on a detainee's page and in its list (R7.3:
// when it was offered or filled in, never what was answered; R7.4: when it may be offered).
#include "viewmodels/questionnaire_form.h"

#include <QLocale>
#include <gtest/gtest.h>

namespace {

ronde::Date day(const char *iso)
{
    return *ronde::Date::parseIso(iso);
}

QString noteOf(std::optional<ronde::Date> offered, std::optional<ronde::Date> completed,
               const char *from)
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    ronde::QuestionnaireTiming timing;
    timing.from = day(from);
    timing.lastOffered = offered;
    timing.lastCompleted = completed;
    return QuestionnaireForm::staffNote(timing, false, true);
}

} // namespace

// R7.4: an offer after the last one filled in (declined, or stopped halfway) is what the four
// weeks count from, and the note says so first; the earlier answers' day stays beside it.
TEST(QuestionnaireNote, AnOfferNotFilledInAfterAnEarlierOneIsNamedFirst)
{
    EXPECT_EQ(noteOf(day("2026-12-07"), day("2026-11-06"), "2027-01-04"),
              "Vragenlijst: aangeboden op 7 december 2026, niet ingevuld (laatst ingevuld op 6 "
              "november 2026) · kan weer vanaf 4 januari 2027");
    EXPECT_EQ(noteOf(day("2026-11-06"), day("2026-11-06"), "2026-12-04"),
              "Vragenlijst: laatst ingevuld op 6 november 2026 · kan weer vanaf 4 december 2026")
        << "filled in at its last offer";
    EXPECT_EQ(
        noteOf(day("2026-12-07"), std::nullopt, "2027-01-04"),
        "Vragenlijst: aangeboden op 7 december 2026, niet ingevuld · kan weer vanaf 4 januari "
        "2027");
    EXPECT_EQ(noteOf(std::nullopt, std::nullopt, "2026-12-10"),
              "Vragenlijst: nog niet aangeboden · kan vanaf 10 december 2026");
}
