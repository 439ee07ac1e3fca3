#pragma once

#include "model/problem.h"
#include "report/report.h"

#include <QLocale>
#include <QString>

// The R5 report as people and programs read it: text (Dutch, or English through the
// translations), JSON (stable English keys), and CSV for Excel or SPSS (Dutch column names,
// ';' between fields and a decimal comma, as Dutch Excel expects).
namespace ronde::server {

QString reportText(const Report &report);
QString reportJson(const Report &report);
QString reportCsv(const Report &report);

// The language ronde-server speaks: English under an English locale, otherwise Dutch (the
// translation main.cpp loads), and the matching way to write numbers.
Language outputLanguage();
QLocale outputLocale();

} // namespace ronde::server
