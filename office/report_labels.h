#pragma once

#include "model/enums.h"
#include "report/report.h"

#include <QLocale>
#include <QString>

// The words of the R5 report, in the user's language (Dutch, or English through the
// translation the program loaded; context "ronde::office").
namespace ronde::office {

// Roles, rules and R5.4's classes are the domain's words (words/words.h), shared with the
// tablet and ronde-server.

// "alle inrichtingen" or the facility, and the unit when there is one.
QString scopeLabel(const Report &report);
QString periodLabel(const Report &report); // "1 september 2026 – 22 november 2026"
// How fresh the data is, within a line: "gegevens tot en met 21 november 2026 16:08" (the
// newest record, in Dutch local time), or "nog geen registraties". `momentInOnePiece` joins
// the date and time with non-breaking spaces, for a line that wraps on screen.
QString dataUpToLabel(const Report &report, bool momentInOnePiece = false);
// A day as people write it, in the user's language: "12 augustus 2026" (or "12 aug. 2026"
// with format "d MMM yyyy").
QString dateLabel(const Date &day, const QString &format = "d MMMM yyyy");
// "sep. 2026" for the month "2026-09"; with the days the figures cover when that is not the
// whole month: "dec. 2026 (t/m 5)", "sep. 2026 (vanaf 10)".
QString monthLabel(const MonthFigures &month);
// Said under a trend with a month not whole: such a month counts fewer days, in which fewer
// detainees could have had a contact. Empty when every month is whole.
QString partMonthNote(const Report &report);
// Under R5.4's table: why its rows have totals of their own.
QString complianceNote();
// "12,5%" or "12.5%", as the locale writes it; "—" for a share of nothing.
QString percentLabel(const QLocale &locale, const Share &share);
// What a list of detainees behind a figure holds, as its title.
QString selectionLabel(const FigureSelection &selection);

// R7.5, contact according to the policy's records and according to the detainees: the
// words of each column, the same in the text report, the PDF and the office.
enum class ViewColumn
{
    ByRecords,                // "volgens registratie"
    ByDetainees,              // "volgens gedetineerden"
    RegisteredNotExperienced, // "geregistreerd, niet ervaren"
    ExperiencedNotRegistered  // "ervaren, niet geregistreerd"
};
QString viewColumnLabel(ViewColumn column);
// "Vragenlijst aangeboden aan 40, ingevuld door 31 (77,5%)".
QString responseLabel(const QLocale &locale, const BothViews &views);
// Why a figure is not shown: "niet getoond: 3 antwoorden, minder dan 5".
QString suppressedLabel(int64_t answers, int minimum);
// A mean of ratings (1–5) with how many it is of: "3,2 (48 beoordelingen)". The minimum group
// counts detainees, the number here ratings: said in words, so that neither is read as the other.
QString meanLabel(const QLocale &locale, double mean, int64_t ratings);

} // namespace ronde::office
