#include "report_labels.h"

#include "util/local_time.h"

#include <QCoreApplication>

namespace ronde::office {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ronde::office", text);
}

} // namespace

QString roleLabel(Role role)
{
    switch (role) {
    case Role::CaseManager:
        return tr("casemanager");
    case Role::Mentor:
        return tr("mentor");
    case Role::Municipality:
        return tr("gemeente");
    case Role::Probation:
        return tr("reclassering");
    case Role::CareProvider:
        return tr("zorginstelling");
    case Role::Volunteer:
        return tr("vrijwilliger");
    case Role::Director:
        return tr("directeur");
    case Role::Office:
        return tr("kantoor");
    }
    return {};
}

QString ruleLabel(const std::string &rule)
{
    if (rule == "R1.1") {
        return tr("intake binnen 2 weken");
    }
    if (rule == "R1.2") {
        return tr("mentorgesprek elke 2 weken");
    }
    if (rule == "R1.3") {
        return tr("gesprek D&R-plan binnen 4 weken");
    }
    if (rule == "R3.1") {
        return tr("concept-D&R-plan binnen 13 dagen");
    }
    if (rule == "R3.2") {
        return tr("definitief D&R-plan binnen een maand");
    }
    if (rule == "R3.3") {
        return tr("MDO-bespreking elke 6 weken");
    }
    return QString::fromStdString(rule);
}

QString ruleShortLabel(const std::string &rule)
{
    const QString code = QString::fromStdString(rule);
    if (rule == "R1.1") {
        return code + " " + tr("intake");
    }
    if (rule == "R1.2") {
        return code + " " + tr("mentorgesprek");
    }
    if (rule == "R1.3") {
        return code + " " + tr("gesprek plan");
    }
    if (rule == "R3.1") {
        return code + " " + tr("conceptplan");
    }
    if (rule == "R3.2") {
        return code + " " + tr("definitief plan");
    }
    if (rule == "R3.3") {
        return code + " " + tr("MDO");
    }
    return code;
}

QString complianceLabel(ComplianceClass complianceClass)
{
    switch (complianceClass) {
    case ComplianceClass::OnTime:
        return tr("op tijd");
    case ComplianceClass::Late:
        return tr("te laat");
    case ComplianceClass::Overdue:
        return tr("over termijn");
    case ComplianceClass::Open:
        return tr("nog open");
    case ComplianceClass::NotApplicable:
        break;
    }
    return tr("niet van toepassing");
}

QString internalLabel(Role role)
{
    return isInternalRole(role) ? tr("intern") : tr("extern");
}

QString scopeLabel(const Report &report)
{
    QString where = report.scope.facilityId.empty() ? tr("alle inrichtingen")
                                                    : QString::fromStdString(report.facilityName);
    if (!report.scope.unitId.empty()) {
        where += ", " + tr("afdeling %1").arg(QString::fromStdString(report.unitName));
    }
    return where;
}

QString periodLabel(const Report &report)
{
    return QString::fromStdString(report.scope.from.iso()) + " – " +
           QString::fromStdString(report.scope.to.iso());
}

QString latestRecordLabel(const Report &report)
{
    if (!report.latestRecordMs) {
        return tr("geen registraties");
    }
    const LocalDateTime local = amsterdamFromUtc(*report.latestRecordMs);
    return QString("%1 %2:%3")
        .arg(QString::fromStdString(local.date.iso()))
        .arg(local.minuteOfDay / 60, 2, 10, QChar('0'))
        .arg(local.minuteOfDay % 60, 2, 10, QChar('0'));
}

QString percentLabel(const QLocale &locale, const Share &share)
{
    return locale.toString(100.0 * share.share(), 'f', 1) + "%";
}

QString selectionLabel(const FigureSelection &selection)
{
    switch (selection.kind) {
    case FigureKind::ContactWithRole:
        return tr("In contact met %1").arg(roleLabel(selection.role));
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
        .arg(QString::fromStdString(selection.rule), ruleLabel(selection.rule),
             complianceLabel(selection.complianceClass));
}

} // namespace ronde::office
