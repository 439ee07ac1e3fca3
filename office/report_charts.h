#pragma once

#include "report/report.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// The four charts of the R5 report as plain data: what the office dashboard hands to Qt Charts
// and what the PDF paints. One place decides the categories, series, colours and the list of
// detainees behind each bar, so screen and paper agree.
namespace ronde::office {

struct ChartSeries
{
    QString name;
    QColor color;
    QList<double> values; // one per category; percentages 0–100
};

struct Chart
{
    enum class Kind
    {
        Bars,        // one bar per category, split by series (stacked)
        GroupedBars, // one bar per series in each category, side by side
        Lines        // one line per series over the categories (months)
    };
    Kind kind = Kind::Bars;
    QString title;
    QStringList categories;
    QStringList shortCategories; // when the names are long: what a narrow chart shows
    QList<ChartSeries> series;
    QString note; // what the chart leaves out and why (suppressed groups), or a month not whole
    // Lines: per category, a month not whole in the period. It counts fewer days, so more
    // detainees without contact yet: drawn as an open point, apart from the line, which would
    // otherwise plunge or leap to it.
    QList<bool> partCategories;
    // selections[category][series]: the detainees behind that part; empty for a chart with
    // no lists (satisfaction, the trend).
    std::vector<std::vector<std::optional<FigureSelection>>> selections;

    std::optional<FigureSelection> selectionAt(int category, int series) const;
};

// The colour of words on a bar of this fill: dark on a light fill, white on a dark one, each
// at least 4.5:1 with the chart palette (WCAG's relative luminance).
QColor inkOn(const QColor &fill);

Chart contactChart(const Report &report);      // R5.1: share in contact per role
Chart complianceChart(const Report &report);   // R5.4: on time, late, overdue, open per rule
Chart satisfactionChart(const Report &report); // R5.5: ratings 1–5 per role, small groups out
Chart trendChart(const Report &report);        // per month: without contact, overdue mentor talk
// R7.5: per role, in contact according to the records and according to the detainees, side
// by side; roles with too few answers out, named in the note with why.
Chart bothViewsChart(const Report &report);

} // namespace ronde::office
