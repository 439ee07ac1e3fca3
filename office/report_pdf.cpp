#include "report_pdf.h"

#include "pdf_pages.h"
#include "report_charts.h"
#include "report_labels.h"
#include "words/words.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <tuple>

namespace ronde::office {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ronde::office", text);
}

QString countOf(const QLocale &locale, int64_t n)
{
    return locale.toString(qlonglong(n));
}

QStringList shareRow(const QLocale &locale, const QString &label, const Share &share)
{
    return {label, countOf(locale, share.count), countOf(locale, share.total),
            percentLabel(locale, share)};
}

void writeOverview(PdfPages &pages, const Report &report, const QLocale &locale,
                   const QDateTime &madeAt)
{
    const Figures &f = report.figures;
    pages.title(tr("Rapportage contact en naleving"));
    pages.line(tr("Inrichting: %1").arg(scopeLabel(report)));
    pages.line(tr("Periode: %1").arg(periodLabel(report)));
    QString dataUpTo = dataUpToLabel(report);
    dataUpTo[0] = dataUpTo[0].toUpper(); // a line of its own
    pages.line(dataUpTo);
    pages.line(tr("Gemaakt op: %1").arg(locale.toString(madeAt, "d MMMM yyyy HH:mm")));
    pages.line(tr("Aanwezig in de periode: %1 gedetineerden").arg(countOf(locale, f.present)));

    pages.heading(tr("Kerncijfers"));
    const QList<Column> shareColumns{{tr("Cijfer"), 67},
                                     {tr("Aantal"), 11, Qt::AlignRight},
                                     {tr("Van"), 11, Qt::AlignRight},
                                     {tr("Aandeel"), 11, Qt::AlignRight}};
    pages.table(
        shareColumns,
        {shareRow(locale, tr("Geen contact met casemanager of mentor (R5.1)"), f.noInternalContact),
         shareRow(locale, tr("Geen contact met een professional (R5.2)"), f.noContact),
         shareRow(locale, tr("  van wie langer dan twee weken binnen"),
                  f.noContactLongerThanTwoWeeks),
         shareRow(locale, tr("Geen hulp bij het D&R-plan, 4 weken of langer binnen (R5.3)"),
                  f.noPlanHelp)});

    pages.chartSection(contactChart(report), locale);
    QList<QStringList> rows;
    for (const auto &[role, share] : f.contactByRole) {
        rows << shareRow(locale, words::roleWord(role) + " (" + words::internalWord(role) + ")",
                         share);
    }
    pages.table(shareColumns, rows);
}

void writeCompliance(PdfPages &pages, const Report &report, const QLocale &locale)
{
    pages.chartSection(complianceChart(report), locale);
    QList<QStringList> rows;
    for (const RuleCompliance &rule : report.figures.compliance) {
        const auto part = [&](int64_t n) {
            return countOf(locale, n) + " (" + percentLabel(locale, {n, rule.applicable()}) + ")";
        };
        rows << QStringList{
            words::ruleTitle(rule.rule) + " (" + QString::fromLatin1(nameOf(rule.rule)) + ")",
            part(rule.onTime), part(rule.late), part(rule.overdue), part(rule.open)};
    }
    pages.table({{tr("Regel"), 44},
                 {words::complianceWord(ComplianceClass::OnTime), 14, Qt::AlignRight},
                 {words::complianceWord(ComplianceClass::Late), 14, Qt::AlignRight},
                 {words::complianceWord(ComplianceClass::Overdue), 14, Qt::AlignRight},
                 {words::complianceWord(ComplianceClass::Open), 14, Qt::AlignRight}},
                rows);
}

void writeSatisfaction(PdfPages &pages, const Report &report, const QLocale &locale)
{
    pages.chartSection(satisfactionChart(report), locale);
    QList<QStringList> rows;
    for (const RoleSatisfaction &s : report.figures.satisfaction) {
        if (s.suppressed) {
            rows << QStringList{
                words::roleWord(s.role),
                tr("niet getoond: van minder dan %1 gedetineerden").arg(report.scope.minimumGroup)};
            continue;
        }
        QStringList cells{words::roleWord(s.role), locale.toString(s.mean(), 'f', 1),
                          countOf(locale, s.count())};
        for (int64_t n : s.distribution) {
            cells << countOf(locale, n);
        }
        rows << cells;
    }
    pages.table({{tr("Rol"), 22},
                 {tr("Gemiddeld"), 15, Qt::AlignRight},
                 {tr("Aantal"), 13, Qt::AlignRight},
                 {"1", 10, Qt::AlignRight},
                 {"2", 10, Qt::AlignRight},
                 {"3", 10, Qt::AlignRight},
                 {"4", 10, Qt::AlignRight},
                 {"5", 10, Qt::AlignRight}},
                rows);
}

// R7.5: the chart, then every figure of both views in a table, then satisfaction both ways.
void writeBothViews(PdfPages &pages, const Report &report, const QLocale &locale)
{
    const BothViews &v = report.bothViews;
    const int minimum = report.scope.minimumGroup;
    pages.chartSection(bothViewsChart(report), locale); // its note: the response
    const auto part = [&](int64_t n, int64_t of) {
        return countOf(locale, n) + " (" + percentLabel(locale, {n, of}) + ")";
    };
    QList<QStringList> rows;
    for (const RoleViews &rv : v.roles) {
        if (rv.suppressed) {
            rows << QStringList{words::roleWord(rv.role), suppressedLabel(rv.answered, minimum)};
            continue;
        }
        rows << QStringList{words::roleWord(rv.role),
                            countOf(locale, rv.answered),
                            part(rv.byRecords, rv.answered),
                            part(rv.byDetainees, rv.answered),
                            part(rv.registeredNotExperienced, rv.answered),
                            part(rv.experiencedNotRegistered, rv.answered)};
    }
    for (const auto &[label, records, detainees, suppressed] :
         {std::tuple{tr("Geen contact met een professional"), v.noContactByRecords,
                     v.noContactByDetainees, v.noContactSuppressed},
          std::tuple{tr("Hulp bij het D&R-plan"), v.planHelpByRecords, v.planHelpByDetainees,
                     v.planHelpSuppressed}}) {
        rows << (suppressed ? QStringList{label, suppressedLabel(records.total, minimum)}
                            : QStringList{label, countOf(locale, records.total),
                                          part(records.count, records.total),
                                          part(detainees.count, detainees.total)});
    }
    pages.table({{tr("Rol"), 18},
                 {tr("Antwoorden"), 14, Qt::AlignRight},
                 {viewColumnLabel(ViewColumn::ByRecords), 17, Qt::AlignRight},
                 {viewColumnLabel(ViewColumn::ByDetainees), 17, Qt::AlignRight},
                 {viewColumnLabel(ViewColumn::RegisteredNotExperienced), 17, Qt::AlignRight},
                 {viewColumnLabel(ViewColumn::ExperiencedNotRegistered), 17, Qt::AlignRight}},
                rows);

    QList<QStringList> satisfaction;
    for (size_t i = 0; i < v.roles.size() && i < report.figures.satisfaction.size(); ++i) {
        const RoleSatisfaction &atTalk = report.figures.satisfaction[i];
        const RoleViews &asked = v.roles[i];
        // A small group's ratings are not kept at all (R5.5), so not even their number.
        const auto mean = [&](bool suppressed, double value, int64_t n) {
            return suppressed ? tr("niet getoond: van minder dan %1 gedetineerden").arg(minimum)
                              : meanLabel(locale, value, n);
        };
        satisfaction << QStringList{
            words::roleWord(atTalk.role), mean(atTalk.suppressed, atTalk.mean(), atTalk.count()),
            mean(asked.ratingsSuppressed, asked.ratingMean(), asked.ratingCount())};
    }
    pages.table({{tr("Tevredenheid (1–5)"), 30},
                 {tr("bij het gesprek (R5.5)"), 35, Qt::AlignRight},
                 {tr("in de vragenlijst (R7)"), 35, Qt::AlignRight}},
                satisfaction);
}

void writeTrend(PdfPages &pages, const Report &report, const QLocale &locale)
{
    pages.chartSection(trendChart(report), locale);
    QList<QStringList> rows;
    for (const MonthFigures &month : report.trend) {
        const Figures &f = month.figures;
        const RuleCompliance &intake = f.compliance.at(0);
        const RuleCompliance &mentor = f.compliance.at(1);
        rows << QStringList{monthLabel(month),
                            countOf(locale, f.present),
                            percentLabel(locale, f.noContact),
                            percentLabel(locale, f.noInternalContact),
                            percentLabel(locale, {intake.overdue, intake.applicable()}),
                            percentLabel(locale, {mentor.overdue, mentor.applicable()})};
    }
    pages.table({{tr("Maand"), 14},
                 {tr("Aanwezig"), 14, Qt::AlignRight},
                 {tr("Geen contact"), 18, Qt::AlignRight},
                 {tr("Geen casemanager of mentor"), 18, Qt::AlignRight},
                 {tr("Intake over termijn"), 18, Qt::AlignRight},
                 {tr("Mentorgesprek over termijn"), 18, Qt::AlignRight}},
                rows);
}

} // namespace

QString writeReportPdf(const Report &report, const QString &path, const QLocale &locale,
                       const QDateTime &madeAt)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Kan %1 niet schrijven: %2").arg(path, file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 14), QPageLayout::Millimeter));
        writer.setTitle(tr("Rapportage %1, %2").arg(scopeLabel(report), periodLabel(report)));
        writer.setCreator("Ronde");
        PdfPages pages(writer, tr("Ronde · %1 · %2").arg(scopeLabel(report), periodLabel(report)));
        if (!pages.ok()) {
            file.cancelWriting();
            return tr("Kan geen PDF maken in %1.").arg(path);
        }
        writeOverview(pages, report, locale, madeAt);
        writeCompliance(pages, report, locale);
        writeSatisfaction(pages, report, locale);
        writeBothViews(pages, report, locale);
        writeTrend(pages, report, locale);
        pages.finish();
    }
    if (!file.commit()) {
        return tr("Kan %1 niet schrijven: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace ronde::office
