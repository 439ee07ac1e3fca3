#include "rounds_model.h"

#include "conversions.h"
#include "model/access.h"
#include "questionnaire_form.h"
#include "store/facility_evaluations.h"
#include "store/store.h"
#include "util/text.h"
#include "words/words.h"

#include <QHash>
#include <QLocale>
#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

namespace {

// The most pressing obligation's reason: the most overdue first, then what is due today,
// then a decision that is due.
QString attentionOf(const ronde::Evaluation &e, ronde::Date today, int &daysOverdue)
{
    const bool dutch = ronde::words::dutch();
    const ronde::Obligation *worst = nullptr;
    for (const ronde::Obligation &o : e.obligations) {
        const bool overdue = o.status == ronde::Status::Overdue;
        const bool dueToday = o.status == ronde::Status::Due && o.due == today;
        if (!overdue && !dueToday) {
            continue;
        }
        if (!worst || o.daysOverdue > worst->daysOverdue ||
            (overdue && worst->status != ronde::Status::Overdue)) {
            worst = &o;
        }
    }
    daysOverdue = worst ? worst->daysOverdue : 0;
    if (worst) {
        return (worst->status == ronde::Status::Overdue ? RoundsModel::tr("⚠ Over termijn: ")
                                                        : RoundsModel::tr("● Vandaag: ")) +
               QString::fromStdString(dutch ? worst->reason.dutch : worst->reason.english);
    }
    if (!e.decisionsDue.empty()) {
        const auto &reason = e.decisionsDue.front().reason;
        return RoundsModel::tr("Besluit: ") +
               QString::fromStdString(dutch ? reason.dutch : reason.english);
    }
    return {};
}

// One short line: why the row is in Mijn werk.
QString workLine(const ronde::WorkItem &item)
{
    using State = ronde::WorkItem::State;
    const QString reason =
        QString::fromStdString(ronde::words::dutch() ? item.reason.dutch : item.reason.english);
    switch (item.state) {
    case State::Overdue:
        return RoundsModel::tr("⚠ Over termijn: ") + reason;
    case State::DueToday:
        return RoundsModel::tr("● Vandaag: ") + reason;
    case State::Decision:
        return RoundsModel::tr("Besluit: ") + reason;
    case State::DueSoon:
        return RoundsModel::tr("Binnen %1 dagen: ").arg(ronde::kWorkHorizonDays) + reason;
    case State::DoneToday:
        return RoundsModel::tr("✓ Vandaag gedaan. ") + reason;
    case State::Assigned:
        break;
    }
    // "Aan u toegewezen", or, for an own detainee whose work has deadlines, the next one.
    return item.due ? RoundsModel::tr("Niets open binnen %1 dagen. ").arg(ronde::kWorkHorizonDays) +
                          reason
                    : reason;
}

// The strip's colour, as in the full list: 3 overdue, 2 due today, 1 a decision or this week.
int urgencyOf(const ronde::WorkItem &item)
{
    using State = ronde::WorkItem::State;
    switch (item.state) {
    case State::Overdue:
        return 3;
    case State::DueToday:
        return 2;
    case State::Decision:
    case State::DueSoon:
        return 1;
    case State::Assigned:
    case State::DoneToday:
        break;
    }
    return 0;
}

} // namespace

RoundsModel::RoundsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

RoundsModel::~RoundsModel() = default;

void RoundsModel::setSession(Session *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_evaluations.reset();
    if (m_session) {
        // Also at midnight: what is due, and "Vandaag gedaan", are counted in days.
        connect(m_session, &Session::todayChanged, this, &RoundsModel::reload);
        connect(m_session, &Session::userChanged, this, &RoundsModel::reload);
        connect(m_session, &Session::closing, this, [this] { m_evaluations.reset(); });
    }
    emit sessionChanged();
    reload();
}

void RoundsModel::setUnitId(const QString &unitId)
{
    if (m_unitId != unitId) {
        m_unitId = unitId;
        emit unitIdChanged();
        reload();
    }
}

void RoundsModel::setMine(bool mine)
{
    if (m_mine != mine) {
        m_mine = mine;
        emit mineChanged();
        reload();
    }
}

void RoundsModel::setAskable(bool askable)
{
    if (m_askable != askable) {
        m_askable = askable;
        emit askableChanged();
        reload();
    }
}

void RoundsModel::setSearch(const QString &search)
{
    if (m_search != search) {
        m_search = search;
        emit searchChanged();
        reload();
    }
}

std::optional<RoundsModel::Row> RoundsModel::rowFor(const ronde::Detainee &d,
                                                    std::optional<ronde::Date> lastContact) const
{
    const ronde::Date today = fromQDate(m_session->today());
    if (d.dischargedOn && *d.dischargedOn <= today) {
        return std::nullopt; // left the facility: not on anyone's rounds (R0.5)
    }
    if (m_onlyAssigned && !m_assigned.contains(d.id)) {
        return std::nullopt; // need to know: a volunteer sees only who is assigned to them
    }
    if (!m_unitId.isEmpty() && QString::fromStdString(d.unitId) != m_unitId) {
        return std::nullopt;
    }
    Row row;
    row.id = QString::fromStdString(d.id);
    row.name = QString::fromStdString(d.name);
    row.number = QString::fromStdString(d.number);
    const QString needle = m_search.trimmed();
    if (!needle.isEmpty() && !row.name.contains(needle, Qt::CaseInsensitive) &&
        !row.number.contains(needle)) {
        return std::nullopt;
    }
    row.unitName = m_unitNames.value(QString::fromStdString(d.unitId));
    row.admittedOn = toQDate(d.admittedOn);
    row.discharged = d.dischargedOn.has_value();
    row.own = m_assigned.contains(d.id);
    const ronde::Evaluation *e = m_evaluations->of(d.id);
    if (m_askable && !m_mine) { // R7.4: who may be asked now, and when they were last
        if (!e || !e->questionnaire.mayAskNow) {
            return std::nullopt;
        }
        row.lastOffered = e->questionnaire.lastOffered;
        row.attention = QuestionnaireForm::staffNote(e->questionnaire, false, true);
    } else if (m_mine) {
        row.work = e ? ronde::workItem(m_focus, *e, row.own, today, m_role) : std::nullopt;
        if (!row.work) {
            return std::nullopt; // not this person's work today
        }
        row.urgency = urgencyOf(*row.work);
        row.attention = workLine(*row.work);
    } else if (e && seesStanding()) {
        row.urgency = e->urgency(today);
        row.attention = attentionOf(*e, today, row.daysOverdue);
    } else if (e && m_focus == ronde::WorkFocus::PlanTalks) {
        // The gemeente and the reclassering: of the deadlines, the D&R-plan talk their part
        // of is missing (R1.3), as in their Mijn werk.
        if (const auto talk = ronde::workItem(m_focus, *e, false, today, m_role)) {
            row.urgency = urgencyOf(*talk);
            row.attention = workLine(*talk);
        }
    }
    if (e && seesStanding()) { // the facility's business (DOMAIN "Privacy")
        row.program = qtName(nameOf(e->program));
    }
    // Anyone's last contact for the facility's staff; for a visitor, the last one they may
    // see (their organisation's): anyone's would tell who else met the detainee. Last, as it
    // reads the detainee's contacts: only for a row that stays.
    row.contactOfViewer = !seesStanding();
    if (const auto shown = row.contactOfViewer ? lastContactSeen(d.id) : lastContact) {
        row.lastContactOn = toQDate(*shown);
    }
    row.sortName = ronde::surnameSortKey(d.name); // only for a row that is shown
    return row;
}

bool RoundsModel::seesStanding() const
{
    // Nobody signed in: the whole facility, as the office's tools and the tests read it.
    const ronde::User *user = m_session ? m_session->user() : nullptr;
    return !user || ronde::seesStanding(*user);
}

std::optional<ronde::Date> RoundsModel::lastContactSeen(const std::string &detaineeId) const
{
    const ronde::User *viewer = m_session ? m_session->user() : nullptr;
    ronde::Store *store = m_session ? m_session->store() : nullptr;
    if (!viewer || !store) {
        return std::nullopt;
    }
    std::optional<ronde::Date> last;
    for (const ronde::Contact &c : store->events().contacts(detaineeId)) {
        const ronde::Date day = ronde::eventDay(c.header);
        if (last && day <= *last) {
            continue;
        }
        // Who wrote it, looked up once a reload. An author not in the registry is seen by
        // nobody but the facility's staff, as on the detainee's page.
        auto [author, inserted] = m_authors.try_emplace(c.header.authorId);
        if (inserted) {
            author->second = store->registry().user(c.header.authorId);
        }
        if (author->second && ronde::canSeeContactOf(*viewer, *author->second, c.roles)) {
            last = day;
        }
    }
    return last;
}

void RoundsModel::sortRows(std::vector<Row> &rows) const
{
    // By surname first, as sign-in lists staff; every order below keeps it among its ties.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.sortName, a.name) < std::tie(b.sortName, b.name);
    });
    if (m_askable && !m_mine) { // never asked first, then the longest ago
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.lastOffered.value_or(ronde::Date()) < b.lastOffered.value_or(ronde::Date());
        });
        return;
    }
    if (m_mine) {
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return ronde::comesBefore(*a.work, *b.work);
        });
        return;
    }
    // Most urgent first (R0.4 statuses), then the longest overdue; ties by surname.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.urgency != b.urgency) {
            return a.urgency > b.urgency;
        }
        return a.daysOverdue > b.daysOverdue;
    });
}

void RoundsModel::setRows(std::vector<Row> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    m_sections = {};
    bool anyOwn = false;
    bool anyOthers = false;
    for (const Row &row : m_rows) {
        ++(row.own ? m_sections.own : row.doneToday() ? m_sections.done : m_sections.others);
        (row.own ? anyOwn : anyOthers) = true;
    }
    m_sections.mixes = anyOwn && anyOthers;
    endResetModel();
    if (countChanges) {
        emit countChanged();
    }
}

void RoundsModel::reload()
{
    ronde::Store *store = m_session ? m_session->store() : nullptr;
    m_authors.clear(); // the registry may have changed
    std::vector<Row> rows;
    QVariantList units;
    m_unitNames.clear();
    if (store) {
        const std::string facilityId = m_session->facilityId().toStdString();
        for (const ronde::Unit &u : store->registry().units(facilityId)) {
            m_unitNames.insert(QString::fromStdString(u.id), QString::fromStdString(u.name));
            units.append(QVariantMap{{"id", QString::fromStdString(u.id)},
                                     {"name", QString::fromStdString(u.name)}});
        }
        const ronde::Date today = fromQDate(m_session->today());
        // A tablet linked to its facility after it opened (the first sync) evaluates that one.
        std::optional<ronde::PreparedEvaluations> prepared = m_session->takeEvaluations();
        // Made on the sync's worker with the evaluations, when it brought them.
        std::optional<std::map<std::string, ronde::Date>> preparedLastContacts;
        if (prepared && prepared->facilityId == facilityId) {
            preparedLastContacts = std::move(prepared->lastContactDays);
        }
        if (!m_evaluations || m_evaluations->facilityId() != facilityId) {
            m_evaluations = std::make_unique<ronde::FacilityEvaluations>(*store, facilityId, today,
                                                                         std::move(prepared));
            // After a change the evaluations re-read that one detainee; then so does the list.
            m_evaluations->setListener([this](const std::string &id) { refreshDetainee(id); });
        } else if (prepared && !m_evaluations->adopt(std::move(*prepared))) {
            m_evaluations->reloadAll(); // made for another day: what arrived still counts
        }
        m_evaluations->setAsOf(today);
        const ronde::User *user = m_session->user();
        m_onlyAssigned = user && ronde::seesOnlyAssigned(*user);
        m_focus = user ? ronde::workFocusOf(user->role) : ronde::WorkFocus::Assigned;
        m_role = user ? user->role : ronde::Role::Office;
        m_assigned.clear();
        if (user) {
            for (const std::string &id : store->registry().assignedDetaineeIds(user->id)) {
                m_assigned.insert(id);
            }
        }
        const auto lastContacts = preparedLastContacts
                                      ? std::move(*preparedLastContacts)
                                      : store->events().lastContactDays(facilityId);
        for (const ronde::Detainee &d : store->registry().detainees(facilityId)) {
            const auto found = lastContacts.find(d.id);
            if (auto row = rowFor(d, found == lastContacts.end() ? std::nullopt
                                                                 : std::optional(found->second))) {
                rows.push_back(std::move(*row));
            }
        }
        sortRows(rows);
    }
    setRows(std::move(rows));
    if (units != m_units) {
        m_units = units;
        emit unitsChanged();
    }
}

void RoundsModel::refreshDetainee(const std::string &detaineeId)
{
    if (m_marked.empty()) {
        QMetaObject::invokeMethod(this, &RoundsModel::refreshMarked, Qt::QueuedConnection);
    }
    m_marked.insert(detaineeId);
}

void RoundsModel::refreshMarked()
{
    const std::set<std::string> marked = std::exchange(m_marked, {});
    ronde::Store *store = m_session ? m_session->store() : nullptr;
    if (!store || marked.empty()) {
        return;
    }
    // Each row read again in its place, a new one at the end, a gone one out; sortRows then
    // puts them in order.
    std::vector<Row> rows;
    rows.reserve(m_rows.size());
    std::set<std::string> placed;
    const std::string facilityId = m_session->facilityId().toStdString();
    const auto reread = [&](const std::string &detaineeId) -> std::optional<Row> {
        const auto detainee = store->registry().detainee(detaineeId);
        if (!detainee || detainee->facilityId != facilityId) {
            return std::nullopt;
        }
        return rowFor(*detainee, store->events().lastContactDay(detaineeId));
    };
    for (const Row &row : m_rows) {
        const std::string id = row.id.toStdString();
        if (!marked.contains(id)) {
            rows.push_back(row);
        } else if (auto again = reread(id)) {
            rows.push_back(std::move(*again));
        }
        placed.insert(id);
    }
    for (const std::string &detaineeId : marked) {
        if (!placed.contains(detaineeId)) {
            if (auto row = reread(detaineeId)) {
                rows.push_back(std::move(*row));
            }
        }
    }
    sortRows(rows);
    QStringList changed;
    for (const std::string &detaineeId : marked) {
        changed << QString::fromStdString(detaineeId);
    }
    emit listAboutToBeReread(changed);
    setRows(std::move(rows));
    emit listReread();
}

int RoundsModel::rowOf(const QString &detaineeId) const
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [&](const Row &row) { return row.id == detaineeId; });
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

int RoundsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoundsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[size_t(index.row())];
    const QDate today = m_session ? m_session->today() : QDate::currentDate();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case DetaineeIdRole:
        return row.id;
    case NumberRole:
        return row.number;
    case UnitNameRole:
        return row.unitName;
    case AdmittedOnRole:
        return row.admittedOn;
    case DaysInCustodyRole:
        return int(row.admittedOn.daysTo(today));
    case LastContactOnRole:
        return row.lastContactOn;
    case DaysSinceContactRole:
        return row.lastContactOn.isValid() ? int(row.lastContactOn.daysTo(today)) : -1;
    case DischargedRole:
        return row.discharged;
    case UrgencyRole:
        return row.urgency;
    case AttentionRole:
        return keepNumbersWithTheirWord(row.attention);
    case ProgramRole:
        return row.program;
    case DoneRole:
        return row.doneToday();
    case OwnRole:
        return row.own;
    case SectionRole:
        return sectionOf(row);
    case ContactOfViewerRole:
        return row.contactOfViewer;
    default:
        return {};
    }
}

QHash<int, QByteArray> RoundsModel::roleNames() const
{
    return {
        {DetaineeIdRole, "detaineeId"},
        {NameRole, "name"},
        {NumberRole, "number"},
        {UnitNameRole, "unitName"},
        {AdmittedOnRole, "admittedOn"},
        {DaysInCustodyRole, "daysInCustody"},
        {LastContactOnRole, "lastContactOn"},
        {DaysSinceContactRole, "daysSinceContact"},
        {DischargedRole, "discharged"},
        {UrgencyRole, "urgency"},
        {AttentionRole, "attention"},
        {ProgramRole, "program"},
        {ContactOfViewerRole, "contactOfViewer"},
        {DoneRole, "done"},
        {OwnRole, "own"},
        {SectionRole, "section"},
    };
}

QString RoundsModel::sectionOf(const Row &row) const
{
    // Only where the list mixes: a volunteer's list is all their own, everyone's list none.
    // An own row done today stays with the own caseload, which the heading counts whole; what
    // was done today for others comes last.
    if (!m_mine || !m_sections.mixes) {
        return {};
    }
    if (row.own) {
        return tr("Uw eigen gedetineerden (%1)").arg(m_sections.own);
    }
    return row.doneToday() ? tr("Vandaag gedaan (%1)").arg(m_sections.done)
                           : tr("Andere gedetineerden (%1)").arg(m_sections.others);
}
