#include "report_charts.h"

#include "report_labels.h"
#include "words/words.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace ronde::office {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ronde::office", text);
}

// Colours that stay apart for colour-blind readers (Okabe–Ito); every series also has a name.
const QColor kBlue{0x00, 0x72, 0xB2};
const QColor kSky{0x56, 0xB4, 0xE9};
const QColor kGreen{0x00, 0x9E, 0x73};
const QColor kOrange{0xE6, 0x9F, 0x00};
// Darker than Okabe–Ito vermillion: white words on it reach 5.3:1.
const QColor kRed{0xB3, 0x4D, 0x00};
const QColor kGrey{0x99, 0x99, 0x99};
const QColor kPurple{0xCC, 0x79, 0xA7};

double percentOf(int64_t count, int64_t total)
{
    return total ? 100.0 * double(count) / double(total) : 0.0;
}

} // namespace

std::optional<FigureSelection> Chart::selectionAt(int category, int seriesIndex) const
{
    if (category < 0 || size_t(category) >= selections.size()) {
        return std::nullopt;
    }
    const auto &row = selections[size_t(category)];
    if (seriesIndex < 0 || size_t(seriesIndex) >= row.size()) {
        return std::nullopt;
    }
    return row[size_t(seriesIndex)];
}

Chart contactChart(const Report &report)
{
    Chart chart;
    chart.title = tr("Contact per rol in de periode (R5.1)");
    ChartSeries internal{tr("intern"), kBlue, {}};
    ChartSeries external{tr("extern"), kSky, {}};
    for (const auto &[role, share] : report.figures.contactByRole) {
        chart.categories << words::roleWord(role);
        const double value = 100.0 * share.share();
        internal.values << (isInternalRole(role) ? value : 0.0);
        external.values << (isInternalRole(role) ? 0.0 : value);
        const auto selection = FigureSelection::contactWith(role);
        chart.selections.push_back({selection, selection});
    }
    chart.series = {internal, external};
    return chart;
}

Chart complianceChart(const Report &report)
{
    Chart chart;
    chart.title = tr("Naleving van de termijnen (R5.4)");
    const std::array classes{ComplianceClass::OnTime, ComplianceClass::Late,
                             ComplianceClass::Overdue, ComplianceClass::Open};
    const std::array colours{kGreen, kOrange, kRed, kGrey};
    for (size_t i = 0; i < classes.size(); ++i) {
        chart.series << ChartSeries{words::complianceWord(classes[i]), colours[i], {}};
    }
    for (const RuleCompliance &rule : report.figures.compliance) {
        chart.categories << words::ruleTitle(rule.rule) + " (" +
                                QString::fromLatin1(nameOf(rule.rule)) + ")";
        chart.shortCategories << words::ruleShortLabel(rule.rule);
        const std::array counts{rule.onTime, rule.late, rule.overdue, rule.open};
        std::vector<std::optional<FigureSelection>> row;
        for (size_t i = 0; i < classes.size(); ++i) {
            chart.series[qsizetype(i)].values << percentOf(counts[i], rule.applicable());
            row.push_back(FigureSelection::compliance(rule.rule, classes[i]));
        }
        chart.selections.push_back(row);
    }
    chart.note = complianceNote();
    return chart;
}

Chart satisfactionChart(const Report &report)
{
    Chart chart;
    chart.title = tr("Tevredenheid per rol, verdeling over 1–5 (R5.5)");
    const std::array colours{kRed, kOrange, kGrey, kSky, kGreen};
    for (size_t i = 0; i < colours.size(); ++i) {
        chart.series << ChartSeries{QString::number(i + 1), colours[i], {}};
    }
    // R5.5: ratings never lead back to a detainee, so there is no list behind these bars.
    QStringList hidden;
    for (const RoleSatisfaction &s : report.figures.satisfaction) {
        if (s.suppressed) {
            hidden << words::roleWord(s.role);
            continue;
        }
        // The mean and the number of ratings beside the role: the bars alone show neither.
        // "gem." after the number: "gemeente (gem. …" read as one word, and "gemiddeld" was
        // cut off in a window of 1280.
        chart.categories << tr("%1 (%2 gem., n = %3)")
                                .arg(words::roleWord(s.role))
                                .arg(QLocale().toString(s.mean(), 'f', 1))
                                .arg(s.count());
        for (size_t i = 0; i < s.distribution.size(); ++i) {
            chart.series[qsizetype(i)].values << percentOf(s.distribution[i], s.count());
        }
    }
    if (!hidden.isEmpty()) {
        chart.note = tr("Niet getoond (van minder dan %1 gedetineerden): %2")
                         .arg(report.scope.minimumGroup)
                         .arg(hidden.join(", "));
    }
    return chart;
}

// A month not whole in the period is drawn from this many days (see trendChart).
constexpr int kShortestMonthDays = 14;

Chart trendChart(const Report &report)
{
    Chart chart;
    chart.kind = Chart::Kind::Lines;
    chart.title = tr("Verloop per maand");
    ChartSeries noContact{tr("geen contact"), kRed, {}};
    ChartSeries noInternal{tr("geen contact met casemanager of mentor"), kOrange, {}};
    ChartSeries mentorOverdue{tr("mentorgesprek over termijn"), kPurple, {}};
    ChartSeries intakeOverdue{tr("intake over termijn"), kBlue, {}};
    QStringList tooShort;
    for (const MonthFigures &month : report.trend) {
        // Under two weeks, a month's share without contact is mostly the days it lacks (the
        // current month's first week stood at 44 % beside 7 %, and pressed the whole months
        // into the bottom of the chart): left out of the chart, and named in the note.
        if (!month.whole() && month.to - month.from + 1 < kShortestMonthDays) {
            tooShort << monthLabel(month);
            continue;
        }
        const Figures &f = month.figures;
        chart.categories << monthLabel(month);
        chart.partCategories << !month.whole();
        noContact.values << 100.0 * f.noContact.share();
        noInternal.values << 100.0 * f.noInternalContact.share();
        const RuleCompliance &intake = f.compliance.at(0);
        const RuleCompliance &mentor = f.compliance.at(1);
        intakeOverdue.values << percentOf(intake.overdue, intake.applicable());
        mentorOverdue.values << percentOf(mentor.overdue, mentor.applicable());
    }
    chart.series = {noContact, noInternal, intakeOverdue, mentorOverdue};
    QStringList note;
    if (chart.partCategories.contains(true)) {
        note << partMonthNote(report) << tr("Zo’n maand staat als open punt los van de lijn.");
    }
    if (!tooShort.isEmpty()) {
        note << tr("Niet in de grafiek, want korter dan twee weken: %1.").arg(tooShort.join(", "));
    }
    chart.note = note.join(" ");
    return chart;
}

Chart bothViewsChart(const Report &report)
{
    Chart chart;
    chart.kind = Chart::Kind::GroupedBars;
    chart.title = tr("Contact volgens registratie en volgens gedetineerden (R7.5)");
    ChartSeries records{viewColumnLabel(ViewColumn::ByRecords), kBlue, {}};
    ChartSeries detainees{viewColumnLabel(ViewColumn::ByDetainees), kOrange, {}};
    // No list behind these bars: the questionnaire's answers never lead back to a detainee.
    QStringList hidden;
    for (const RoleViews &v : report.bothViews.roles) {
        if (v.suppressed) {
            hidden << words::roleWord(v.role) + " (" + QString::number(v.answered) + ")";
            continue;
        }
        chart.categories << tr("%1 (n = %2)").arg(words::roleWord(v.role)).arg(v.answered);
        records.values << percentOf(v.byRecords, v.answered);
        detainees.values << percentOf(v.byDetainees, v.answered);
    }
    chart.series = {records, detainees};
    chart.note = responseLabel(QLocale(), report.bothViews);
    if (!hidden.isEmpty()) {
        chart.note += ". " + tr("Niet getoond (minder dan %1 antwoorden): %2")
                                 .arg(report.scope.minimumGroup)
                                 .arg(hidden.join(", "));
    }
    return chart;
}

QColor inkOn(const QColor &fill)
{
    const auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * linear(fill.redF()) + 0.7152 * linear(fill.greenF()) +
                             0.0722 * linear(fill.blueF());
    // White reaches 4.5:1 up to a luminance of 0.18; the dark ink from about 0.23.
    return luminance > 0.18 ? QColor(0x1B, 0x1F, 0x24) : QColor(Qt::white);
}

} // namespace ronde::office
