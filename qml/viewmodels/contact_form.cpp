#include "contact_form.h"

#include "conversions.h"
#include "model/access.h"
#include "model/events.h"
#include "model/problem.h"
#include "policy/evaluation.h"
#include "store/store.h"
#include "util/local_time.h"

#include <QLocale>
#include <QTime>
#include <algorithm>

namespace {

template <typename E> E parseOrRefuse(const QString &name, const char *field)
{
    const auto value = ronde::parseEnum<E>(name.toStdString());
    if (!value) {
        throw ronde::ValidationError({ronde::ProblemCode::Invalid, field, name.toStdString()});
    }
    return *value;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

ContactForm::ContactForm(QObject *parent)
    : RecordForm(parent)
{
    // "Niets gewijzigd" goes once something is.
    connect(this, &ContactForm::changed, this, [this] {
        if (m_refusedUnchanged && unsaved()) {
            m_refusedUnchanged = false;
            setErrorString({});
        }
    });
    // The detainee's admission bounds the day (maxDaysBack).
    connect(this, &RecordForm::detaineeIdChanged, this, [this] {
        refreshEarlierOnDay();
        emit changed();
    });
    connect(this, &RecordForm::sessionChanged, this, [this] {
        startMoment();
        refreshEarlierOnDay();
        emit changed();
        // At midnight the day chosen is a day further back ("Vandaag" becomes "Gisteren").
        disconnect(m_dayTurned);
        disconnect(m_sessionChanges);
        if (session()) {
            m_dayTurned = connect(session(), &Session::todayChanged, this, [this] {
                refreshEarlierOnDay();
                emit changed();
            });
            // A talk a sync brings, recorded by a colleague on another tablet.
            m_sessionChanges =
                connect(session(), &Session::changed, this, &ContactForm::refreshEarlierOnDay);
        }
    });
}

void ContactForm::startMoment()
{
    const ronde::Store *store = session() ? session()->store() : nullptr;
    m_moment = ContactMoment(store ? store->clock()() : 0);
    m_start.moment = m_moment;
}

void ContactForm::setKind(const QString &kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        refreshEarlierOnDay();
        emit changed();
    }
}

ContactForm::Fields ContactForm::fields() const
{
    return {m_mode,           sorted(m_topics), sorted(m_otherRoles),
            m_note.trimmed(), m_satisfaction,   m_moment};
}

QDate ContactForm::day() const
{
    return toQDate(m_moment.day());
}

int ContactForm::daysAgo() const
{
    return session() ? int(day().daysTo(session()->today())) : 0;
}

int ContactForm::minuteOfDay() const
{
    // "Nu" once the day has turned (a form left open overnight) is the time it was opened.
    if (const auto minute = m_moment.minute()) {
        return *minute;
    }
    return daysAgo() == 0 ? -1 : m_moment.openedMinute();
}

void ContactForm::setDaysAgo(int days)
{
    if (!session()) {
        return;
    }
    days = std::clamp(days, 0, maxDaysBack());
    // Never after the day the form was opened: "Nu" has no later day.
    const ronde::Date wanted =
        std::min(fromQDate(session()->today().addDays(-days)), m_moment.openedOn());
    if (wanted != m_moment.day()) {
        m_moment.setDay(wanted);
        refreshEarlierOnDay();
        emit changed();
    }
}

void ContactForm::stepTime(int direction)
{
    const ContactMoment before = m_moment;
    m_moment.step(direction);
    if (!(m_moment == before)) {
        emit changed();
    }
}

bool ContactForm::save()
{
    // A correction that changes nothing would still replace the contact and wait for the
    // next sync as a change: refused, nothing written.
    if (!m_corrects.empty() && !unsaved()) {
        setErrorString(tr("Er is niets gewijzigd. Pas eerst aan wat niet klopt."));
        m_refusedUnchanged = true;
        return false;
    }
    const auto write = [this] {
        ronde::Contact c;
        c.header = headerNow();
        c.header.occurredAtMs = m_moment.utcMs(); // R1.5: when it took place
        c.kind = parseOrRefuse<ronde::ContactKind>(m_kind, "kind");
        c.mode = parseOrRefuse<ronde::ContactMode>(m_mode, "mode");
        for (const QString &topic : m_topics) {
            c.topics.insert(parseOrRefuse<ronde::Topic>(topic, "topics"));
        }
        c.roles.insert(session()->user()->role);
        if (c.kind == ronde::ContactKind::PlanTalk) {
            for (const QString &role : m_otherRoles) {
                c.roles.insert(parseOrRefuse<ronde::Role>(role, "roles"));
            }
        }
        c.notes = m_note.trimmed().toStdString();
        if (m_satisfaction != 0) {
            c.satisfaction = m_satisfaction;
        }
        if (!m_corrects.empty()) {
            // The talk took place when it did, to the minute, unless the correction moves it
            // (R1.5: a talk recorded on the wrong day or time).
            c.header.occurredAtMs = momentMoved() ? m_moment.utcMs() : m_correctedAtMs;
            c.header.supersedes = m_corrects;
            c.satisfaction.reset(); // R5.5: the store keeps the corrected contact's rating
        }
        session()->store()->events().record(c);
    };
    return attempt(
        write, [this] { reset(); }, InputKept::Yes);
}

void ContactForm::reset()
{
    m_mode = "inPerson";
    m_topics.clear();
    m_otherRoles.clear();
    m_note.clear();
    m_satisfaction = 0;
    m_start = Fields{};
    startMoment();
    m_corrects.clear();
    m_correctedDay = {};
    m_correctedAtMs = 0;
    m_momentMovable = false;
    emit changed();
}

void ContactForm::refreshEarlierOnDay()
{
    const QString line = lineForEarlierOnDay();
    if (line != m_earlierOnDay) {
        m_earlierOnDay = line;
        emit earlierOnDayChanged();
    }
}

QString ContactForm::lineForEarlierOnDay() const
{
    const ronde::User *user = session() ? session()->user() : nullptr;
    const auto kind = ronde::parseEnum<ronde::ContactKind>(m_kind.toStdString());
    if (!user || !session()->store() || !kind) {
        return {};
    }
    // A correction says it only once moved onto another day (a talk recorded on the wrong
    // day, moved onto one that has it already).
    if (!m_corrects.empty() && day() == m_correctedDay) {
        return {};
    }
    const QDate day = this->day();
    const ronde::Date wanted = fromQDate(day);
    std::optional<int64_t> ownLatestMs;
    // Someone else's talk of this kind that day, the latest, as far as the user may see it:
    // two mentors, or a joint D&R-plan talk one of its roles recorded already (R1.3). Not
    // "Ander contact": several professionals meeting a detainee on one day is ordinary.
    std::optional<std::pair<int64_t, std::string>> othersLatest;
    for (const ronde::Contact &c :
         session()->store()->events().contacts(detaineeId().toStdString())) {
        const ronde::LocalDateTime at = ronde::amsterdamFromUtc(c.header.occurredAtMs);
        if (c.kind != *kind || at.date != wanted || c.header.id == m_corrects) {
            continue;
        }
        const int64_t ms = c.header.occurredAtMs;
        if (c.header.authorId == user->id) {
            ownLatestMs = std::max(ownLatestMs.value_or(ms), ms);
        } else if (*kind != ronde::ContactKind::Other &&
                   (!othersLatest || ms >= othersLatest->first)) {
            const auto author = session()->store()->registry().user(c.header.authorId);
            if (author && ronde::canSeeContactOf(*user, *author, c.roles)) {
                othersLatest = {ms, author->name};
            }
        }
    }
    const bool today = day == session()->today();
    // The kind is the page's title.
    if (ownLatestMs) {
        if (today) {
            return tr("U legde vandaag om %1 al zo'n gesprek met deze gedetineerde vast. Sla "
                      "alleen op als dit een nieuw gesprek is; een fout in het eerste verbetert u "
                      "met ‘Corrigeren’ in de tijdlijn.")
                .arg(amsterdamText(*ownLatestMs));
        }
        return tr("U legde op %1 om %2 al zo'n gesprek met deze gedetineerde vast. Sla alleen op "
                  "als dit een ander gesprek is; een fout in het eerste verbetert u met "
                  "‘Corrigeren’ in de tijdlijn.")
            .arg(QLocale().toString(day, "d MMMM"), amsterdamText(*ownLatestMs));
    }
    if (othersLatest) {
        const QString who = QString::fromStdString(othersLatest->second);
        return today ? tr("%1 legde vandaag om %2 al zo'n gesprek met deze gedetineerde vast. "
                          "Sla alleen op als dit een ander gesprek is.")
                           .arg(who, amsterdamText(othersLatest->first))
                     : tr("%1 legde op %2 om %3 al zo'n gesprek met deze gedetineerde vast. Sla "
                          "alleen op als dit een ander gesprek is.")
                           .arg(who, QLocale().toString(day, "d MMMM"),
                                amsterdamText(othersLatest->first));
    }
    return {};
}

bool ContactForm::correct(const QString &contactId)
{
    const ronde::User *user = signedInUser();
    if (!user) {
        return false;
    }
    // Only a contact that is still current: one corrected already is replaced by its
    // correction, which is the one to correct.
    const std::vector<ronde::Contact> current =
        session()->store()->events().contacts(detaineeId().toStdString());
    const ronde::Contact *found = withId(current, contactId);
    if (!found) {
        setErrorString(tr("Dit gesprek is al gecorrigeerd, of hoort niet bij deze gedetineerde."));
        return false;
    }
    if (!ronde::canCorrectContactBy(*user, found->header.authorId)) {
        setErrorString(tr("Alleen wie dit gesprek vastlegde, kan het corrigeren."));
        return false;
    }
    const ronde::Contact &c = *found;
    m_kind = qtName(nameOf(c.kind));
    m_mode = qtName(nameOf(c.mode));
    m_topics.clear();
    for (const auto &[topic, name] : ronde::EnumNames<ronde::Topic>::table) {
        if (c.topics.contains(topic)) {
            m_topics.append(qtName(name));
        }
    }
    // The others who took part in a plan talk, as the page offers them (R1.3); the author's
    // own role is added at the save, as for a new talk.
    m_otherRoles.clear();
    if (c.kind == ronde::ContactKind::PlanTalk) {
        for (const ronde::Role role :
             {ronde::Role::CaseManager, ronde::Role::Municipality, ronde::Role::Probation}) {
            if (role != user->role && c.roles.contains(role)) {
                m_otherRoles.append(qtName(nameOf(role)));
            }
        }
    }
    m_note = QString::fromStdString(c.notes);
    m_satisfaction = 0;
    m_corrects = c.header.id;
    m_correctedAtMs = c.header.occurredAtMs;
    m_correctedDay = toQDate(ronde::eventDay(c.header));
    // Its moment as recorded, to step if it was wrong (R1.5), with "now" as the latest it
    // can be moved to; decided once whether the day's stepper reaches it.
    startMoment();
    m_moment = correctedMoment(m_moment.parts().openedAtMs);
    m_momentMovable = daysAgo() <= maxDaysBack();
    m_start = fields();
    setErrorString({});
    refreshEarlierOnDay();
    emit changed();
    return true;
}

ContactMoment ContactForm::correctedMoment(int64_t openedAtMs) const
{
    // The contact's time to the quarter. A time after the opening (a tablet's clock a few
    // minutes ahead) falls back to the opening: shown as "bij openen", kept to the minute.
    const ronde::LocalDateTime was = ronde::amsterdamFromUtc(m_correctedAtMs);
    return ContactMoment::fromParts(
        {openedAtMs, was.date,
         was.minuteOfDay / ContactMoment::kStepMinutes * ContactMoment::kStepMinutes, true});
}

QVariantMap ContactForm::draft() const
{
    if (!unsaved()) {
        return {};
    }
    const ContactMoment::Parts moment = m_moment.parts();
    return {{"kind", m_kind},
            {"corrects", corrects()},
            {"mode", m_mode},
            {"topics", m_topics},
            {"otherRoles", m_otherRoles},
            {"note", m_note},
            {"satisfaction", m_satisfaction},
            {"openedAtMs", qint64(moment.openedAtMs)},
            {"day", QString::fromStdString(moment.day.iso())},
            {"minute", moment.minute.value_or(-1)},
            {"timeStepped", moment.timeStepped},
            {"momentMoved", momentMoved()}};
}

bool ContactForm::momentMoved() const
{
    return !m_corrects.empty() && !(m_moment == m_start.moment);
}

bool ContactForm::resume(const QVariantMap &draft)
{
    const QString corrects = draft.value("corrects").toString();
    if (!corrects.isEmpty() && !correct(corrects)) {
        return false;
    }
    // The kind is the page's, opened with the draft's. A correction keeps its contact's
    // moment unless it was moved.
    if (corrects.isEmpty() || draft.value("momentMoved").toBool()) {
        const auto day = ronde::Date::parseIso(draft.value("day").toString().toStdString());
        const int minute = draft.value("minute", -1).toInt();
        if (day && draft.contains("openedAtMs")) {
            const int64_t openedAtMs = draft.value("openedAtMs").toLongLong();
            m_moment = ContactMoment::fromParts({openedAtMs, *day,
                                                 minute < 0 ? std::nullopt : std::optional(minute),
                                                 draft.value("timeStepped").toBool()});
            if (!corrects.isEmpty()) {
                // Stepped back to the contact's own moment, it is unmoved again: compared
                // from the same opening.
                m_start.moment = correctedMoment(openedAtMs);
            }
        }
    }
    m_mode = draft.value("mode", m_mode).toString();
    m_topics = draft.value("topics").toStringList();
    m_otherRoles = draft.value("otherRoles").toStringList();
    m_note = draft.value("note").toString();
    // The rating a detainee gave before the tablet stopped; a correction keeps the old one.
    const int satisfaction = draft.value("satisfaction").toInt();
    m_satisfaction =
        corrects.isEmpty() && satisfaction >= 1 && satisfaction <= 5 ? satisfaction : 0;
    refreshEarlierOnDay();
    emit changed();
    return true;
}
