#include "report_labels.h"

#include "util/local_time.h"
#include "words/words.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <algorithm>

namespace ronde::office {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ronde::office", text, disambiguation, n);
}

} // namespace

QString scopeLabel(const Report &report)
{
    // A national report names its facility when the database holds only one.
    QString where = report.facilityName.empty() ? tr("alle inrichtingen")
                                                : QString::fromStdString(report.facilityName);
    if (!report.scope.unitId.empty()) {
        where += ", " + tr("afdeling %1").arg(QString::fromStdString(report.unitName));
    }
    return where;
}

QString dateLabel(const Date &day, const QString &format)
{
    return QLocale().toString(QDate(day.year(), day.month(), day.day()), format);
}

QString monthLabel(const MonthFigures &month)
{
    const QString name = QLocale().toString(
        QDate::fromString(QString::fromStdString(month.month) + "-01", Qt::ISODate), "MMM yyyy");
    if (month.whole()) {
        return name;
    }
    const int last = daysInMonth(month.to.year(), month.to.month());
    if (month.from.day() == 1) {
        return tr("%1 (t/m %2)").arg(name).arg(month.to.day());
    }
    if (month.to.day() == last) {
        return tr("%1 (vanaf %2)").arg(name).arg(month.from.day());
    }
    return tr("%1 (%2 t/m %3)").arg(name).arg(month.from.day()).arg(month.to.day());
}

QString partMonthNote(const Report &report)
{
    const bool part = std::any_of(report.trend.begin(), report.trend.end(),
                                  [](const MonthFigures &m) { return !m.whole(); });
    return part ? tr("Een maand die niet helemaal in de periode valt, telt minder dagen: er is "
                     "dan vaker nog geen contact geweest.")
                : QString();
}

QString periodLabel(const Report &report)
{
    return dateLabel(report.scope.from) + " – " + dateLabel(report.scope.to);
}

QString dataUpToLabel(const Report &report, bool momentInOnePiece)
{
    if (!report.latestRecordMs) {
        return tr("nog geen registraties");
    }
    const LocalDateTime local = amsterdamFromUtc(*report.latestRecordMs);
    QString moment = dateLabel(local.date) + " " + QString::fromStdString(local.clock());
    if (momentInOnePiece) {
        moment.replace(' ', QChar::Nbsp);
    }
    return tr("gegevens tot en met %1").arg(moment);
}

QString percentLabel(const QLocale &locale, const Share &share)
{
    if (share.total == 0) {
        return "—"; // no base: not 0 %
    }
    return locale.toString(100.0 * share.share(), 'f', 1) + "%";
}

QString selectionLabel(const FigureSelection &selection)
{
    switch (selection.kind) {
    case FigureKind::ContactWithRole:
        return tr("In contact met %1").arg(words::roleWord(selection.role));
    case FigureKind::NoInternalContact:
        return tr("Geen contact met casemanager of mentor");
    case FigureKind::NoContact:
        return tr("Geen contact met een professional");
    case FigureKind::NoContactLongerThanTwoWeeks:
        return tr("Geen contact, langer dan twee weken binnen");
    case FigureKind::NoPlanHelp:
        return tr("Geen hulp bij het D&R-plan (4 weken of langer binnen)");
    case FigureKind::Compliance:
        break;
    }
    return tr("%1 %2: %3")
        .arg(QString::fromLatin1(nameOf(selection.rule)), words::ruleTitle(selection.rule),
             words::complianceWord(selection.complianceClass));
}

QString viewColumnLabel(ViewColumn column)
{
    switch (column) {
    case ViewColumn::ByRecords:
        return tr("volgens registratie");
    case ViewColumn::ByDetainees:
        return tr("volgens gedetineerden");
    case ViewColumn::RegisteredNotExperienced:
        return tr("geregistreerd, niet ervaren");
    case ViewColumn::ExperiencedNotRegistered:
        break;
    }
    return tr("ervaren, niet geregistreerd");
}

QString responseLabel(const QLocale &locale, const BothViews &views)
{
    return tr("Vragenlijst aangeboden aan %1 gedetineerden, ingevuld door %2 (respons %3)")
        .arg(views.offered)
        .arg(views.respondents)
        .arg(percentLabel(locale, views.responseRate()));
}

QString complianceNote()
{
    return tr("Elke regel telt alleen de gedetineerden op wie zij in de periode van toepassing "
              "was, dus het totaal verschilt per regel.");
}

QString meanLabel(const QLocale &locale, double mean, int64_t ratings)
{
    return tr("%1 (%n beoordeling(en))", "", int(ratings)).arg(locale.toString(mean, 'f', 1));
}

QString suppressedLabel(int64_t answers, int minimum)
{
    return tr("niet getoond: %n antwoord(en), minder dan %1", "", int(answers)).arg(minimum);
}

} // namespace ronde::office
