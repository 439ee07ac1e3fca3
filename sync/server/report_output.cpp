#include "report_output.h"

#include "model/enum_names.h"
#include "office/report_labels.h"
#include "words/words.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <tuple>

namespace ronde::server {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ronde::server", text);
}

QString percent(const Share &s)
{
    return office::percentLabel(outputLocale(), s);
}

QString shareLine(const QString &label, const Share &s)
{
    return "  " + label.leftJustified(44) +
           tr("%1 van %2").arg(s.count).arg(s.total).leftJustified(14) + percent(s) + "\n";
}

QJsonObject shareJson(const Share &s)
{
    return {{"count", qint64(s.count)}, {"total", qint64(s.total)}, {"share", s.share()}};
}

QJsonObject figuresJson(const Figures &f)
{
    QJsonArray roles;
    for (const auto &[role, share] : f.contactByRole) {
        QJsonObject o = shareJson(share);
        o["role"] = QString::fromLatin1(nameOf(role));
        o["internal"] = isInternalRole(role);
        roles.append(o);
    }
    QJsonArray compliance;
    for (const RuleCompliance &c : f.compliance) {
        compliance.append(QJsonObject{{"rule", QString::fromLatin1(nameOf(c.rule))},
                                      {"onTime", qint64(c.onTime)},
                                      {"late", qint64(c.late)},
                                      {"overdue", qint64(c.overdue)},
                                      {"open", qint64(c.open)},
                                      {"applicable", qint64(c.applicable())}});
    }
    QJsonArray satisfaction;
    for (const RoleSatisfaction &s : f.satisfaction) {
        QJsonObject o{{"role", QString::fromLatin1(nameOf(s.role))}, {"suppressed", s.suppressed}};
        if (!s.suppressed) {
            QJsonArray distribution;
            for (int64_t n : s.distribution) {
                distribution.append(qint64(n));
            }
            o["count"] = qint64(s.count());
            o["mean"] = s.mean();
            o["distribution"] = distribution;
        }
        satisfaction.append(o);
    }
    return {{"present", qint64(f.present)},
            {"contactByRole", roles},
            {"noInternalContact", shareJson(f.noInternalContact)},
            {"noContact", shareJson(f.noContact)},
            {"noContactLongerThanTwoWeeks", shareJson(f.noContactLongerThanTwoWeeks)},
            {"noPlanHelp", shareJson(f.noPlanHelp)},
            {"compliance", compliance},
            {"satisfaction", satisfaction}};
}

// R7.5, for the period only (Report::bothViews).
QJsonObject bothViewsJson(const BothViews &v)
{
    QJsonArray roleViews;
    for (const RoleViews &rv : v.roles) {
        QJsonObject o{{"role", QString::fromLatin1(nameOf(rv.role))},
                      {"answered", qint64(rv.answered)},
                      {"suppressed", rv.suppressed}};
        if (!rv.suppressed) {
            o["byRecords"] = shareJson({rv.byRecords, rv.answered});
            o["byDetainees"] = shareJson({rv.byDetainees, rv.answered});
            o["registeredNotExperienced"] = shareJson({rv.registeredNotExperienced, rv.answered});
            o["experiencedNotRegistered"] = shareJson({rv.experiencedNotRegistered, rv.answered});
        }
        o["questionnaireRatingsSuppressed"] = rv.ratingsSuppressed;
        if (!rv.ratingsSuppressed) {
            o["questionnaireRatings"] = qint64(rv.ratingCount());
            o["questionnaireMean"] = rv.ratingMean();
        }
        roleViews.append(o);
    }
    const auto bothShares = [&](const Share &records, const Share &detainees, bool suppressed) {
        QJsonObject o{{"answered", qint64(records.total)}, {"suppressed", suppressed}};
        if (!suppressed) {
            o["byRecords"] = shareJson(records);
            o["byDetainees"] = shareJson(detainees);
        }
        return o;
    };
    return {
        {"offered", qint64(v.offered)},
        {"respondents", qint64(v.respondents)},
        {"responseRate", shareJson(v.responseRate())},
        {"roles", roleViews},
        {"noContact",
         bothShares(v.noContactByRecords, v.noContactByDetainees, v.noContactSuppressed)},
        {"planHelp", bothShares(v.planHelpByRecords, v.planHelpByDetainees, v.planHelpSuppressed)}};
}

// One CSV field: numbers with a decimal comma; text quoted when it holds ';' or '"'.
QString field(const QString &text)
{
    if (text.contains(';') || text.contains('"') || text.contains('\n')) {
        return '"' + QString(text).replace("\"", "\"\"") + '"';
    }
    return text;
}

QString decimal(double value)
{
    return QLocale(QLocale::Dutch).toString(value, 'f', 4); // a share: no thousands
}

// R7.5: the two views side by side, per role, then no contact and D&R-plan help.
QString bothViewsText(const Report &r)
{
    using office::ViewColumn;
    const BothViews &v = r.bothViews;
    const int minimum = r.scope.minimumGroup;
    QString text = "\n" + tr("Contact volgens registratie en volgens gedetineerden (R7.5)") + "\n";
    text += "  " + office::responseLabel(outputLocale(), v) + "\n";
    text += "  " + QString().leftJustified(30);
    for (const ViewColumn c :
         {ViewColumn::ByRecords, ViewColumn::ByDetainees, ViewColumn::RegisteredNotExperienced,
          ViewColumn::ExperiencedNotRegistered}) {
        text += office::viewColumnLabel(c).rightJustified(30);
    }
    text += "\n";
    for (const RoleViews &rv : v.roles) {
        text += "  " + words::roleWord(rv.role).leftJustified(30);
        if (rv.suppressed) {
            text += "  " + office::suppressedLabel(rv.answered, minimum) + "\n";
            continue;
        }
        for (const int64_t n : {rv.byRecords, rv.byDetainees, rv.registeredNotExperienced,
                                rv.experiencedNotRegistered}) {
            text +=
                (QString::number(n) + " (" + percent({n, rv.answered}) + ")").rightJustified(30);
        }
        text += "\n";
    }
    const auto both = [&](const QString &label, const Share &records, const Share &detainees,
                          bool suppressed) {
        text += "  " + label.leftJustified(30);
        if (suppressed) {
            text += "  " + office::suppressedLabel(records.total, minimum) + "\n";
            return;
        }
        for (const Share &s : {records, detainees}) {
            text += (QString::number(s.count) + " (" + percent(s) + ")").rightJustified(30);
        }
        text += "\n";
    };
    both(tr("geen contact met een professional"), v.noContactByRecords, v.noContactByDetainees,
         v.noContactSuppressed);
    both(tr("hulp bij het D&R-plan"), v.planHelpByRecords, v.planHelpByDetainees,
         v.planHelpSuppressed);
    text +=
        "\n" + tr("Tevredenheid per rol: bij het gesprek (R5.5) en in de vragenlijst (R7)") + "\n";
    for (size_t i = 0; i < v.roles.size() && i < r.figures.satisfaction.size(); ++i) {
        const RoleSatisfaction &atTalk = r.figures.satisfaction[i];
        const RoleViews &inQuestionnaire = v.roles[i];
        const auto mean = [&](bool suppressed, double value, int64_t n) {
            return suppressed ? tr("niet getoond: van minder dan %1 gedetineerden").arg(minimum)
                              : tr("gemiddeld %1").arg(office::meanLabel(outputLocale(), value, n));
        };
        text += "  " + words::roleWord(atTalk.role).leftJustified(30) +
                mean(atTalk.suppressed, atTalk.mean(), atTalk.count()).leftJustified(46) +
                mean(inQuestionnaire.ratingsSuppressed, inQuestionnaire.ratingMean(),
                     inQuestionnaire.ratingCount()) +
                "\n";
    }
    return text;
}

} // namespace

Language outputLanguage()
{
    return QLocale().language() == QLocale::English ? Language::English : Language::Dutch;
}

QLocale outputLocale()
{
    return QLocale(outputLanguage() == Language::English ? QLocale::English : QLocale::Dutch);
}

QString reportText(const Report &r)
{
    const Figures &f = r.figures;
    QString text;
    text += tr("Rapportage %1, %2").arg(office::scopeLabel(r), office::periodLabel(r)) + "\n";
    QString dataUpTo = office::dataUpToLabel(r);
    dataUpTo[0] = dataUpTo[0].toUpper(); // a line of its own
    text += dataUpTo + "\n";
    text += tr("Aanwezig in de periode: %1 gedetineerden").arg(f.present) + "\n\n";

    text += tr("Contact per rol (R5.1)") + "\n";
    for (const auto &[role, share] : f.contactByRole) {
        text += shareLine(words::roleWord(role) + " (" + words::internalWord(role) + ")", share);
    }
    text += shareLine(tr("geen contact met casemanager of mentor"), f.noInternalContact);
    text += "\n" + tr("Zonder contact met een professional (R5.2)") + "\n";
    text += shareLine(tr("geen contact"), f.noContact);
    text += shareLine(tr("van wie langer dan twee weken binnen"), f.noContactLongerThanTwoWeeks);
    text += "\n" + tr("Hulp bij het D&R-plan, bij 4 weken of langer binnen (R5.3)") + "\n";
    text += shareLine(tr("geen hulp van casemanager of mentor"), f.noPlanHelp);

    text += "\n" + tr("Naleving (R5.4)") + "\n";
    text += "  " + QString().leftJustified(44) +
            words::complianceWord(ComplianceClass::OnTime).rightJustified(15) +
            words::complianceWord(ComplianceClass::Late).rightJustified(15) +
            words::complianceWord(ComplianceClass::Overdue).rightJustified(15) +
            words::complianceWord(ComplianceClass::Open).rightJustified(15) + "\n";
    for (const RuleCompliance &c : f.compliance) {
        const auto part = [&](int64_t n) {
            return (QString::number(n) + " (" + percent({n, c.applicable()}) + ")")
                .rightJustified(15);
        };
        text += "  " +
                (QString::fromLatin1(nameOf(c.rule)) + " " + words::ruleTitle(c.rule))
                    .leftJustified(44) +
                part(c.onTime) + part(c.late) + part(c.overdue) + part(c.open) + "\n";
    }
    text += "  " + office::complianceNote() + "\n";

    text += "\n" + tr("Tevredenheid per rol (R5.5, 1–5)") + "\n";
    for (const RoleSatisfaction &s : f.satisfaction) {
        if (s.suppressed) {
            text += "  " + words::roleWord(s.role).leftJustified(44) +
                    tr("niet getoond: van minder dan %1 gedetineerden").arg(r.scope.minimumGroup) +
                    "\n";
            continue;
        }
        QStringList counts;
        for (size_t i = 0; i < s.distribution.size(); ++i) {
            counts << QString("%1: %2").arg(i + 1).arg(s.distribution[i]);
        }
        text += "  " + words::roleWord(s.role).leftJustified(44) +
                tr("gemiddeld %1; %2")
                    .arg(office::meanLabel(outputLocale(), s.mean(), s.count()))
                    .arg(counts.join(", ")) +
                "\n";
    }

    text += bothViewsText(r);

    if (r.trend.size() > 1) {
        // Each column under its head, as in the table of R5.4.
        text += "\n" + tr("Per maand") + "\n";
        text += "  " + tr("maand").leftJustified(20) + tr("aanwezig").rightJustified(10) +
                tr("geen contact").rightJustified(16) +
                tr("geen casemanager/mentor").rightJustified(26) +
                tr("mentorgesprek over termijn").rightJustified(29) + "\n";
        for (const MonthFigures &m : r.trend) {
            const RuleCompliance &mentor = m.figures.compliance.at(1);
            text += "  " + office::monthLabel(m).leftJustified(20) +
                    QString::number(m.figures.present).rightJustified(10) +
                    percent(m.figures.noContact).rightJustified(16) +
                    percent(m.figures.noInternalContact).rightJustified(26) +
                    percent({mentor.overdue, mentor.applicable()}).rightJustified(29) + "\n";
        }
        if (const QString note = office::partMonthNote(r); !note.isEmpty()) {
            text += "  " + note + "\n";
        }
    }
    return text;
}

QString reportJson(const Report &r)
{
    QJsonArray trend;
    for (const MonthFigures &m : r.trend) {
        QJsonObject o = figuresJson(m.figures);
        o["month"] = QString::fromStdString(m.month);
        o["from"] = QString::fromStdString(m.from.iso()); // a month not whole: its days
        o["to"] = QString::fromStdString(m.to.iso());
        trend.append(o);
    }
    QJsonObject root{
        {"facilityId", QString::fromStdString(r.scope.facilityId)},
        {"facility", QString::fromStdString(r.facilityName)},
        {"unitId", QString::fromStdString(r.scope.unitId)},
        {"unit", QString::fromStdString(r.unitName)},
        {"from", QString::fromStdString(r.scope.from.iso())},
        {"to", QString::fromStdString(r.scope.to.iso())},
        {"minimumGroup", r.scope.minimumGroup},
        {"latestRecord", r.latestRecordMs ? QJsonValue(qint64(*r.latestRecordMs)) : QJsonValue()},
        {"figures", figuresJson(r.figures)},
        {"bothViews", bothViewsJson(r.bothViews)},
        {"trend", trend}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString reportCsv(const Report &r)
{
    QStringList lines{"maand;inrichting;periode_van;periode_tot;figuur;onderdeel;aantal;totaal;"
                      "aandeel"};
    const QString facility = field(r.facilityName.empty() ? tr("alle inrichtingen")
                                                          : QString::fromStdString(r.facilityName));
    // The days a row's figures cover: the report's period, or the part of a month in it (a
    // month not yet over counts fewer days).
    Date rowFrom = r.scope.from;
    Date rowTo = r.scope.to;
    const auto add = [&](const QString &month, const QString &figure, const QString &part,
                         int64_t count, int64_t total) {
        lines << QStringList{month,
                             facility,
                             QString::fromStdString(rowFrom.iso()),
                             QString::fromStdString(rowTo.iso()),
                             figure,
                             field(part),
                             QString::number(count),
                             QString::number(total),
                             decimal(total ? double(count) / double(total) : 0.0)}
                     .join(';');
    };
    const auto figures = [&](const QString &month, const Figures &f) {
        add(month, "aanwezig", "", f.present, f.present);
        for (const auto &[role, share] : f.contactByRole) {
            add(month, "contact_per_rol", QString::fromLatin1(nameOf(role)), share.count,
                share.total);
        }
        add(month, "geen_intern_contact", "", f.noInternalContact.count, f.noInternalContact.total);
        add(month, "geen_contact", "", f.noContact.count, f.noContact.total);
        add(month, "geen_contact_langer_dan_2_weken", "", f.noContactLongerThanTwoWeeks.count,
            f.noContactLongerThanTwoWeeks.total);
        add(month, "geen_hulp_dr_plan", "", f.noPlanHelp.count, f.noPlanHelp.total);
        for (const RuleCompliance &c : f.compliance) {
            const QString rule = QString::fromLatin1(nameOf(c.rule));
            add(month, "naleving_op_tijd", rule, c.onTime, c.applicable());
            // The words of words::complianceWord: "te laat" alone would read as overdue.
            add(month, "naleving_te_laat_gedaan", rule, c.late, c.applicable());
            add(month, "naleving_over_termijn", rule, c.overdue, c.applicable());
            add(month, "naleving_nog_open", rule, c.open, c.applicable());
        }
        for (const RoleSatisfaction &s : f.satisfaction) {
            if (s.suppressed) {
                continue; // R5.5: a small group leaves no trace in the export
            }
            for (size_t i = 0; i < s.distribution.size(); ++i) {
                add(month, "tevredenheid_" + QString::number(i + 1),
                    QString::fromLatin1(nameOf(s.role)), s.distribution[i], s.count());
            }
        }
    };
    // R7.5. A suppressed figure leaves one row that says why: the group's size against the
    // minimum, under "niet_getoond".
    const auto bothViews = [&](const QString &month, const BothViews &v) {
        add(month, "vragenlijst_respons", "", v.respondents, v.offered);
        for (const RoleViews &rv : v.roles) {
            const QString role = QString::fromLatin1(nameOf(rv.role));
            if (rv.suppressed) {
                add(month, "beide_kanten_niet_getoond", role, rv.answered, r.scope.minimumGroup);
            } else {
                add(month, "contact_volgens_registratie", role, rv.byRecords, rv.answered);
                add(month, "contact_volgens_gedetineerden", role, rv.byDetainees, rv.answered);
                add(month, "geregistreerd_niet_ervaren", role, rv.registeredNotExperienced,
                    rv.answered);
                add(month, "ervaren_niet_geregistreerd", role, rv.experiencedNotRegistered,
                    rv.answered);
            }
            if (!rv.ratingsSuppressed) {
                for (size_t i = 0; i < rv.ratings.size(); ++i) {
                    add(month, "vragenlijst_tevredenheid_" + QString::number(i + 1), role,
                        rv.ratings[i], rv.ratingCount());
                }
            }
        }
        for (const auto &[name, records, detainees, suppressed] :
             {std::tuple{QString("geen_contact"), v.noContactByRecords, v.noContactByDetainees,
                         v.noContactSuppressed},
              std::tuple{QString("hulp_dr_plan"), v.planHelpByRecords, v.planHelpByDetainees,
                         v.planHelpSuppressed}}) {
            if (suppressed) {
                add(month, "beide_kanten_niet_getoond", name, records.total, r.scope.minimumGroup);
            } else {
                add(month, name + "_volgens_registratie", "", records.count, records.total);
                add(month, name + "_volgens_gedetineerden", "", detainees.count, detainees.total);
            }
        }
    };
    figures(tr("periode"), r.figures);
    bothViews(tr("periode"), r.bothViews);
    for (const MonthFigures &m : r.trend) {
        rowFrom = m.from;
        rowTo = m.to;
        figures(QString::fromStdString(m.month), m.figures);
    }
    return lines.join("\r\n") + "\r\n";
}

} // namespace ronde::server
