#pragma once

#include "report/report.h"

#include <string>

// What the report's queries share (report_queries.cpp, both_views.cpp); not for other callers.
namespace ronde {

class Database;
class Statement;

// Parameters shared by every query: ?1 from, ?2 to, ?3 facility ('' all), ?4 unit ('' all),
// ?5 profile ('' all).
void bindScope(Statement &q, const ReportScope &scope, const std::string &profile);

// `WITH pop AS (…)`: the detainees present in the period, with the part of their stay that
// counts (admitted, wstart, wend, gone).
std::string populationSql();

// R7.5 for the scope (both_views.cpp).
BothViews computeBothViews(Database &db, const ReportScope &scope);

} // namespace ronde
