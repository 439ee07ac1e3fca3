#include "office_dashboard.h"

#include "demo/demo.h"
#include "office/report_charts.h"
#include "office/report_labels.h"
#include "store/database.h"
#include "store/report_queries.h"
#include "store/store.h"
#include "util/local_time.h"
#include "viewmodels/conversions.h"
#include "words/words.h"

#include <QColor>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace {

using ronde::office::Chart;

QVariantMap chartToVariant(const Chart &chart)
{
    QVariantList series;
    for (const ronde::office::ChartSeries &s : chart.series) {
        QVariantList values;
        for (double v : s.values) {
            values << v;
        }
        series << QVariantMap{{"name", s.name},
                              {"color", s.color},
                              {"labelColor", ronde::office::inkOn(s.color)},
                              {"values", values}};
    }
    QVariantList partCategories;
    for (bool part : chart.partCategories) {
        partCategories << part;
    }
    return {{"title", chart.title},
            {"kind", chart.kind == Chart::Kind::Lines         ? "lines"
                     : chart.kind == Chart::Kind::GroupedBars ? "grouped"
                                                              : "bars"},
            {"categories", chart.categories},
            {"shortCategories", chart.shortCategories},
            {"series", series},
            {"partCategories", partCategories},
            {"note", chart.note}};
}

// The office's database must be there: opening a Store would make a new, empty one.
void requireExisting(const std::string &location)
{
    const QString path = QString::fromStdString(location);
    if (!ronde::Database::isPostgresUri(location) && !QFileInfo::exists(path)) {
        throw std::runtime_error(
            OfficeDashboard::tr("%1 bestaat niet. Geef de database van de centrale server.")
                .arg(path)
                .toStdString());
    }
}

} // namespace

// On the worker thread, with a connection of its own: SQLite and libpq connections stay on
// the thread that opened them. Errors come back as words, not exceptions across threads.
OfficeDashboard::Computed OfficeDashboard::compute(const std::string &location,
                                                   const ronde::ReportScope &scope)
{
    try {
        requireExisting(location); // the office reads; it never makes a database
        ronde::Store store(location);
        return {std::make_shared<const ronde::Report>(ronde::buildReport(store, scope)), {}};
    } catch (const std::exception &e) {
        return {nullptr,
                tr("De cijfers konden niet worden berekend: %1").arg(QString::fromUtf8(e.what()))};
    }
}

OfficeDashboard::OfficeDashboard(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OfficeDashboard::reportArrived);
    const ronde::Date today = ronde::todayInAmsterdam();
    m_scope.to = today;
    m_scope.from = today.plusDays(1 - today.day()).plusMonthsClamped(-2);
}

OfficeDashboard::~OfficeDashboard()
{
    m_watcher.waitForFinished();
}

bool OfficeDashboard::open(const QString &location, bool createDemo)
{
    try {
        const std::string where = location.toStdString();
        if (!createDemo) {
            requireExisting(where);
        }
        auto store = std::make_unique<ronde::Store>(where);
        if (createDemo && store->registry().facilities().empty()) {
            ronde::DemoOptions options;
            options.today = ronde::todayInAmsterdam();
            options.facilities = 3;
            options.detaineesPerFacility = 60;
            ronde::generateDemo(*store, options);
        }
        m_facilities.clear();
        for (const ronde::Facility &facility : store->registry().facilities()) {
            m_facilities << QVariantMap{{"id", QString::fromStdString(facility.id)},
                                        {"name", QString::fromStdString(facility.name)}};
        }
        // For the title bar: what a reader recognises (the file's name, or the PostgreSQL
        // database's), not a path.
        const QString shown = QString::fromStdString(store->displayName());
        m_databaseName = shown.startsWith("postgresql://")
                             ? tr("PostgreSQL-database %1").arg(shown.section('/', -1))
                             : QFileInfo(shown).completeBaseName();
        m_location = where;
        m_store = std::move(store);
        m_errorString.clear();
    } catch (const std::exception &e) {
        m_errorString =
            tr("De database kon niet worden geopend: %1").arg(ronde::words::openingFailure(e));
        emit errorChanged();
        return false;
    }
    emit errorChanged();
    emit opened();
    loadUnits();
    refresh();
    return true;
}

void OfficeDashboard::loadUnits()
{
    m_units.clear();
    if (m_store && !m_scope.facilityId.empty()) {
        for (const ronde::Unit &unit : m_store->registry().units(m_scope.facilityId)) {
            m_units << QVariantMap{{"id", QString::fromStdString(unit.id)},
                                   {"name", QString::fromStdString(unit.name)}};
        }
    }
    emit unitsChanged();
}

void OfficeDashboard::setFacilityId(const QString &id)
{
    if (id.toStdString() == m_scope.facilityId) {
        return;
    }
    m_scope.facilityId = id.toStdString();
    m_scope.unitId.clear(); // a unit belongs to one facility
    loadUnits();
    emit scopeChanged();
}

void OfficeDashboard::setUnitId(const QString &id)
{
    if (id.toStdString() == m_scope.unitId) {
        return;
    }
    m_scope.unitId = id.toStdString();
    emit scopeChanged();
}

QString OfficeDashboard::setPeriod(const QString &from, const QString &to)
{
    // As the page shows a day (1-10-2026), or as ISO writes it (2026-10-01).
    const auto first = ronde::Date::parseIsoOrDayMonthYear(from.trimmed().toStdString());
    const auto last = ronde::Date::parseIsoOrDayMonthYear(to.trimmed().toStdString());
    if (from.trimmed().isEmpty()) {
        return tr("Vul de eerste dag van de periode in, zoals 1-10-2026.");
    }
    if (to.trimmed().isEmpty()) {
        return tr("Vul de laatste dag van de periode in, zoals 31-10-2026.");
    }
    if (!first) {
        return tr("'%1' is geen datum: schrijf dag-maand-jaar, zoals 1-10-2026.").arg(from);
    }
    if (!last) {
        return tr("'%1' is geen datum: schrijf dag-maand-jaar, zoals 1-10-2026.").arg(to);
    }
    if (*first > *last) {
        return tr("De periode begint na het einde.");
    }
    // Deadlines are measured on the period's last day: one still to come would count every
    // talk not yet held as late.
    if (const ronde::Date today = ronde::todayInAmsterdam(); *last > today) {
        return tr("De periode eindigt na vandaag (vandaag is %1): de cijfers gaan over wat al "
                  "gebeurd is.")
            .arg(writtenDay(today));
    }
    m_scope.from = *first;
    m_scope.to = *last;
    emit scopeChanged();
    return {};
}

void OfficeDashboard::refresh()
{
    if (!m_store) {
        return;
    }
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    emit busyChanged();
    m_watcher.setFuture(QtConcurrent::run(&OfficeDashboard::compute, m_location, m_scope));
}

void OfficeDashboard::reportArrived()
{
    if (!m_busy || !m_watcher.isFinished()) {
        return; // already taken in by waitForReport()
    }
    const Computed computed = m_watcher.result();
    // On failure the figures on screen stay those of the last good computation; the page
    // says why.
    if (computed.report) {
        m_report = computed.report;
    }
    m_errorString = computed.error;
    emit errorChanged();
    m_busy = false;
    emit busyChanged();
    emit reportChanged();
    if (m_again) {
        m_again = false;
        refresh();
    }
}

void OfficeDashboard::waitForReport()
{
    while (m_busy) {
        m_watcher.waitForFinished();
        reportArrived();
    }
}

QString OfficeDashboard::scopeLabel() const
{
    return m_report ? ronde::office::scopeLabel(*m_report) : QString();
}

QString OfficeDashboard::periodLabel() const
{
    return m_report ? ronde::office::periodLabel(*m_report) : QString();
}

QString OfficeDashboard::dataUpToLabel() const
{
    // On screen the moment wraps whole: its time alone on a line read as a stray.
    return m_report ? ronde::office::dataUpToLabel(*m_report, true) : QString();
}

int OfficeDashboard::present() const
{
    return m_report ? int(m_report->figures.present) : 0;
}

QVariantList OfficeDashboard::keyFigures() const
{
    if (!m_report) {
        return {};
    }
    const ronde::Figures &f = m_report->figures;
    const QLocale locale;
    QVariantList figures;
    // The tile's words are those of the list it opens.
    const auto add = [&](const QString &kind, ronde::FigureKind figure, const ronde::Share &share,
                         const QString &detail) {
        figures << QVariantMap{{"kind", kind},
                               {"label", keepNumbersWithTheirWord(ronde::office::selectionLabel(
                                             ronde::FigureSelection::of(figure)))},
                               {"count", qint64(share.count)},
                               {"total", qint64(share.total)},
                               {"percent", ronde::office::percentLabel(locale, share)},
                               {"detail", detail}};
    };
    const auto ofAll = [](const ronde::Share &share) {
        return tr("%1 van %2").arg(share.count).arg(share.total);
    };
    add("noInternalContact", ronde::FigureKind::NoInternalContact, f.noInternalContact,
        ofAll(f.noInternalContact));
    add("noContact", ronde::FigureKind::NoContact, f.noContact, ofAll(f.noContact));
    // R5.2: a share of those without contact, not of everyone. "0 van de 1 zonder contact"
    // was read as a riddle: the total says what it counts.
    const ronde::Share &longer = f.noContactLongerThanTwoWeeks;
    add("noContactLongerThanTwoWeeks", ronde::FigureKind::NoContactLongerThanTwoWeeks, longer,
        tr("%1 van de %n gedetineerde(n) zonder contact", "", int(longer.total)).arg(longer.count));
    add("noPlanHelp", ronde::FigureKind::NoPlanHelp, f.noPlanHelp, ofAll(f.noPlanHelp));
    return figures;
}

QVariantMap OfficeDashboard::contactChart() const
{
    return m_report ? chartToVariant(ronde::office::contactChart(*m_report)) : QVariantMap();
}

QVariantMap OfficeDashboard::complianceChart() const
{
    return m_report ? chartToVariant(ronde::office::complianceChart(*m_report)) : QVariantMap();
}

QVariantMap OfficeDashboard::satisfactionChart() const
{
    return m_report ? chartToVariant(ronde::office::satisfactionChart(*m_report)) : QVariantMap();
}

QVariantMap OfficeDashboard::trendChart() const
{
    return m_report ? chartToVariant(ronde::office::trendChart(*m_report)) : QVariantMap();
}

QVariantMap OfficeDashboard::bothViewsChart() const
{
    return m_report ? chartToVariant(ronde::office::bothViewsChart(*m_report)) : QVariantMap();
}

bool OfficeDashboard::openList(const QString &chart, int category, int series)
{
    if (!m_report) {
        return false;
    }
    std::optional<Chart> shown;
    if (chart == "contact") {
        shown = ronde::office::contactChart(*m_report);
    } else if (chart == "compliance") {
        shown = ronde::office::complianceChart(*m_report);
    }
    const std::optional<ronde::FigureSelection> selection =
        shown ? shown->selectionAt(category, series) : std::nullopt;
    if (!selection) {
        return false;
    }
    const double share = shown->series.value(series).values.value(category);
    // Rounded as the bar's label is (Math.round in ReportChart).
    showList(*selection, QLocale().toString(qlonglong(std::lround(share))) + "%");
    return true;
}

bool OfficeDashboard::openKeyFigureList(const QString &kind)
{
    if (!m_report) {
        return false;
    }
    const std::map<QString, ronde::FigureKind> kinds{
        {"noInternalContact", ronde::FigureKind::NoInternalContact},
        {"noContact", ronde::FigureKind::NoContact},
        {"noContactLongerThanTwoWeeks", ronde::FigureKind::NoContactLongerThanTwoWeeks},
        {"noPlanHelp", ronde::FigureKind::NoPlanHelp}};
    const auto found = kinds.find(kind);
    if (found == kinds.end()) {
        return false;
    }
    showList(ronde::FigureSelection::of(found->second));
    return true;
}

void OfficeDashboard::showList(const ronde::FigureSelection &selection, const QString &share)
{
    m_listShare = share;
    // The list belongs to the figures on screen: the scope they were computed for.
    const std::vector<ronde::ReportDetainee> detainees =
        ronde::detaineesBehind(*m_store, m_report->scope, selection);
    m_listTitle = ronde::office::selectionLabel(selection);
    m_listRows.clear();
    for (const ronde::ReportDetainee &d : detainees) {
        m_listRows << QVariantMap{{"id", QString::fromStdString(d.id)},
                                  {"number", QString::fromStdString(d.number)},
                                  {"name", QString::fromStdString(d.name)},
                                  {"facility", QString::fromStdString(d.facilityName)},
                                  {"unit", QString::fromStdString(d.unitName)},
                                  {"admitted", ronde::office::dateLabel(d.admitted, "d MMM yyyy")}};
    }
    emit listChanged();
}
