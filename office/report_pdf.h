#pragma once

#include "report/report.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

// The R5 report as a PDF a director reads on paper: A4 pages with the period and facility,
// the date of the data, each chart as a picture and each figure in a table. Needs a
// QGuiApplication (fonts); ronde-server makes one, offscreen, for --format pdf.
namespace ronde::office {

// Writes the whole file or nothing (the old file stays on failure). Returns an empty string,
// or what went wrong in the user's language.
QString writeReportPdf(const Report &report, const QString &path, const QLocale &locale,
                       const QDateTime &madeAt);

} // namespace ronde::office
