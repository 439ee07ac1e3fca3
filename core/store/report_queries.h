#pragma once

#include "report/report.h"

#include <vector>

namespace ronde {

class Store;

// The office's report (report/report.h) straight from SQL, on SQLite or PostgreSQL, over
// report_facts and the stays; R5.4 classes agree with evaluate() for each detainee
// (tests/unit/test_report.cpp checks that). Each first builds the report_facts rows pushes
// left for later (catchUpReportFacts), so it may write, and may wait for a push.
Figures computeFigures(Store &store, const ReportScope &scope);
Report buildReport(Store &store, const ReportScope &scope);
// R7.5 (store/both_views.cpp), for the report's whole period: a report carries no monthly one.
BothViews computeBothViews(Store &store, const ReportScope &scope);

// The detainees a figure counts, by facility, unit and name: the same conditions as the sums
// of computeFigures(), so the list's length is the figure's count.
std::vector<ReportDetainee> detaineesBehind(Store &store, const ReportScope &scope,
                                            const FigureSelection &selection);

} // namespace ronde
