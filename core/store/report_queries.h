#pragma once

#include "report/report.h"
#include "report_facts.h"

#include <vector>

namespace ronde {

class Store;

// The office's report (report/report.h) straight from SQL, on SQLite or PostgreSQL, over
// report_facts and the stays; R5.4 classes agree with evaluate() for each detainee
// (tests/unit/test_report.cpp checks that). They only read: the rows a push leaves for later
// are built by the server (catchUpReportFacts below).
// The report rows pushes left for later, built now (report_facts.h): the server's
// ReportFactsKeeper and `ronde-server report` run it. Returns how many rows it made.
int64_t catchUpReportFacts(Store &store);
ReportFactsProgress reportFactsProgress(Store &store);

Figures computeFigures(Store &store, const ReportScope &scope);
Report buildReport(Store &store, const ReportScope &scope);
// R7.5 (store/both_views.cpp), for the report's whole period: a report carries no monthly one.
BothViews computeBothViews(Store &store, const ReportScope &scope);

// The detainees a figure counts, by facility, unit and name: the same conditions as the sums
// of computeFigures(), so the list's length is the figure's count.
std::vector<ReportDetainee> detaineesBehind(Store &store, const ReportScope &scope,
                                            const FigureSelection &selection);

} // namespace ronde
