#include "detainee_model.h"

#include "conversions.h"
#include "model/access.h"
#include "policy/evaluation.h"
#include "questionnaire_form.h"
#include "store/store.h"
#include "words/words.h"

#include <QLocale>
#include <algorithm>

namespace {

QString reasonText(const ronde::Reason &reason)
{
    return keepNumbersWithTheirWord(
        QString::fromStdString(ronde::words::dutch() ? reason.dutch : reason.english));
}

QString contactTitle(ronde::ContactKind kind)
{
    switch (kind) {
    case ronde::ContactKind::Intake:
        return DetaineeModel::tr("Intake");
    case ronde::ContactKind::MentorTalk:
        return DetaineeModel::tr("Mentorgesprek");
    case ronde::ContactKind::PlanTalk:
        return DetaineeModel::tr("Gesprek D&R-plan");
    case ronde::ContactKind::Other:
        break;
    }
    return DetaineeModel::tr("Contact");
}

QString exclusionLabel(ronde::ExclusionGround ground)
{
    switch (ground) {
    case ronde::ExclusionGround::Isd:
        return DetaineeModel::tr("ISD-maatregel");
    case ronde::ExclusionGround::PreIsd:
        return DetaineeModel::tr("Pre-ISD");
    case ronde::ExclusionGround::CrimeInDetention:
        return DetaineeModel::tr("Delict tijdens detentie");
    case ronde::ExclusionGround::Jmc:
        return DetaineeModel::tr("JMC");
    case ronde::ExclusionGround::Ppc:
        return DetaineeModel::tr("PPC");
    case ronde::ExclusionGround::ControlGroup:
        return DetaineeModel::tr("Beheersgroep");
    }
    return {};
}

} // namespace

DetaineeModel::DetaineeModel(QObject *parent)
    : QObject(parent)
{}

void DetaineeModel::setSession(Session *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::changed, this, &DetaineeModel::reload);
        connect(m_session, &Session::userChanged, this, &DetaineeModel::reload);
        connect(m_session, &Session::todayChanged, this, &DetaineeModel::reload); // due dates
    }
    emit sessionChanged();
    reload();
}

void DetaineeModel::setDetaineeId(const QString &id)
{
    if (m_detaineeId != id) {
        m_detaineeId = id;
        emit detaineeIdChanged();
        reload();
    }
}

QString DetaineeModel::decisionTitle(ronde::DecisionKind decision)
{
    switch (decision) {
    case ronde::DecisionKind::Promote:
        return tr("Besluit: promoveren");
    case ronde::DecisionKind::Demote:
        return tr("Besluit: degraderen");
    case ronde::DecisionKind::Revoke:
        return tr("Besluit: intrekken");
    case ronde::DecisionKind::NotYet:
        break;
    }
    return tr("Besluit: nog niet");
}

QString DetaineeModel::domainLabel(const QString &domain)
{
    if (domain == "safety") {
        return tr("Veiligheid en beveiliging");
    }
    if (domain == "care") {
        return tr("Zorg en begeleiding");
    }
    if (domain == "reintegration") {
        return tr("Re-integratie en resocialisatie");
    }
    if (domain == "stay") {
        return tr("Verblijf en leefbaarheid");
    }
    return domain;
}

std::vector<std::string>
DetaineeModel::domainsInOrder(const std::map<std::string, ronde::Light> &lights,
                              const std::vector<std::string> &domainOrder)
{
    std::vector<std::string> domains;
    for (const std::string &domain : domainOrder) {
        if (lights.contains(domain)) {
            domains.push_back(domain);
        }
    }
    for (const auto &[domain, light] : lights) {
        if (std::find(domainOrder.begin(), domainOrder.end(), domain) == domainOrder.end()) {
            domains.push_back(domain);
        }
    }
    return domains;
}

QStringList DetaineeModel::lightTexts(const std::map<std::string, ronde::Light> &lights,
                                      const std::vector<std::string> &domainOrder)
{
    QStringList texts;
    for (const std::string &domain : domainsInOrder(lights, domainOrder)) {
        texts.append(domainLabel(QString::fromStdString(domain)) + ": " +
                     lightLabel(qtName(nameOf(lights.at(domain)))));
    }
    return texts;
}

QString DetaineeModel::lightLabel(const QString &light)
{
    if (light == "green") {
        return tr("Groen");
    }
    if (light == "orange") {
        return tr("Oranje");
    }
    if (light == "red") {
        return tr("Rood");
    }
    return light;
}

void DetaineeModel::clear()
{
    m_name.clear();
    m_number.clear();
    m_unitName.clear();
    m_admittedOn = {};
    m_program.clear();
    m_eligible = false;
    m_exclusions.clear();
    m_obligations.clear();
    m_decisionsDue.clear();
    m_timeline.clear();
    m_mayOfferQuestionnaire = false;
    m_questionnaireNote.clear();
    m_reviews.clear();
    m_mentorName.clear();
    m_mentorIsViewer = false;
}

void DetaineeModel::reload()
{
    clear();
    m_accessDenied = false;
    ronde::Store *store = m_session ? m_session->store() : nullptr;
    const ronde::User *viewer = m_session ? m_session->user() : nullptr;
    const auto detainee =
        store ? store->registry().detainee(m_detaineeId.toStdString()) : std::nullopt;
    if (!store || !detainee) {
        emit loaded();
        return;
    }
    // Need to know, checked here and not only by hiding rows in the list.
    const auto isAssigned = [&] {
        const auto ids = store->registry().assignedDetaineeIds(viewer->id);
        return std::find(ids.begin(), ids.end(), detainee->id) != ids.end();
    };
    const bool denied = !viewer || (ronde::seesOnlyAssigned(*viewer) && !isAssigned());
    // The audit log: who opened which detainee, and who tried to but may not. Once per
    // visit: the page reloads on every change.
    if (viewer && m_auditedOpen != m_detaineeId) {
        store->audit().record(ronde::AuditAction::OpenedDetainee, viewer->id, detainee->id,
                              denied ? "geweigerd" : "");
        m_auditedOpen = m_detaineeId;
    }
    if (denied) {
        m_accessDenied = true;
        emit loaded();
        return;
    }

    m_name = QString::fromStdString(detainee->name);
    m_number = QString::fromStdString(detainee->number);
    m_admittedOn = toQDate(detainee->admittedOn);
    for (const ronde::Unit &u : store->registry().units(detainee->facilityId)) {
        if (u.id == detainee->unitId) {
            m_unitName = QString::fromStdString(u.name);
        }
    }
    // Whom to ask about them, and whether that is the viewer (R1.2's caseload).
    // (The facility's assignments: one query of about a row per detainee present, small
    // beside the detainee's events and evaluation read on every load.) A mentor who was
    // disabled keeps their assignments, and is not named.
    for (const auto &[userId, detaineeId] : store->registry().assignmentsOf(detainee->facilityId)) {
        if (detaineeId != detainee->id) {
            continue;
        }
        if (const auto user = store->registry().user(userId);
            user && user->role == ronde::Role::Mentor && user->active) {
            m_mentorName = QString::fromStdString(user->name);
            m_mentorIsViewer = user->id == viewer->id;
            break;
        }
    }
    // Need to know (DOMAIN "Privacy"): the MDO's standing is facility business; an external
    // visitor sees the D&R-plan's deadlines when they take part in its talk (R1.3).
    const bool standing = ronde::seesStanding(*viewer);
    const bool planTalk = ronde::canRecordContactKind(*viewer, ronde::ContactKind::PlanTalk);
    const auto aboutThePlan = [](ronde::Rule r) {
        return r == ronde::Rule::R1_3 || r == ronde::Rule::R3_1 || r == ronde::Rule::R3_2;
    };
    static const ronde::Detainee nobody;         // no exclusions
    static const ronde::DetaineeEvents noEvents; // what a visitor is not shown
    // Dates written out as in the line above them ("binnen sinds 19 september 2026").
    for (const ronde::Exclusion &e : (standing ? *detainee : nobody).exclusions) {
        m_exclusions.append(keepNumbersWithTheirWord(
            e.to ? tr("%1 (%2 t/m %3)")
                       .arg(exclusionLabel(e.ground), writtenDay(e.from), writtenDay(*e.to))
                 : tr("%1 (sinds %2)").arg(exclusionLabel(e.ground), writtenDay(e.from))));
    }

    const auto facility = store->registry().facility(detainee->facilityId);
    const ronde::Profile *profile = facility ? ronde::findProfile(facility->profile) : nullptr;
    const QDate today = m_session->today();
    const auto asOf = fromQDate(today);
    const ronde::DetaineeEvents events = store->events().allOf(detainee->id);
    const ronde::Evaluation evaluation = ronde::evaluate(
        profile ? *profile : ronde::defaultProfile(),
        facility ? facility->kind : ronde::FacilityKind::Prison, *detainee, events, asOf);
    m_program = standing ? qtName(nameOf(evaluation.program)) : QString();
    const ronde::QuestionnaireTiming &timing = evaluation.questionnaire;
    m_mayOfferQuestionnaire = timing.mayAskNow && ronde::canOfferQuestionnaire(*viewer);
    m_questionnaireNote =
        !standing ? QString()
                  : keepNumbersWithTheirWord(QuestionnaireForm::staffNote(
                        timing, detainee->dischargedOn && *detainee->dischargedOn <= asOf,
                        ronde::canOfferQuestionnaire(*viewer)));
    m_eligible = standing && evaluation.eligibleForPromotion;
    for (const ronde::Obligation &o : evaluation.obligations) {
        if (!standing && !(planTalk && aboutThePlan(o.rule))) {
            continue;
        }
        // Met today with the next one open (a mentor talk every two weeks): "Vandaag gedaan",
        // as Mijn werk says, not "Nog open", which read as "not done" right after the save.
        const bool doneToday = o.status == ronde::Status::Due && o.metOn && *o.metOn == asOf;
        m_obligations.append(QVariantMap{
            {"rule", qtName(nameOf(o.rule))},
            {"title", ronde::words::ruleTitle(o.rule)},
            {"status", qtName(nameOf(o.status))},
            {"doneToday", doneToday},
            {"statusLabel", doneToday ? tr("Vandaag gedaan") : ronde::words::statusWord(o.status)},
            {"reason", reasonText(o.reason)}});
    }
    for (const ronde::DecisionDue &d : evaluation.decisionsDue) {
        if (standing) {
            m_decisionsDue.append(
                QVariantMap{{"rule", qtName(nameOf(d.rule))}, {"reason", reasonText(d.reason)}});
        }
    }

    // Timeline, newest first. Notes only where the viewer may read them.
    struct Entry
    {
        int64_t at;
        QVariantMap item;
    };
    std::vector<Entry> entries;
    auto authorOf = [&](const std::string &id) { return store->registry().user(id); };
    auto whoOf = [](const std::optional<ronde::User> &author) {
        return author ? QString::fromStdString(author->name) + " · " +
                            ronde::words::roleName(author->role)
                      : QString();
    };
    for (const ronde::Contact &c : events.contacts) {
        const auto author = authorOf(c.header.authorId);
        if (author ? !ronde::canSeeContactOf(*viewer, *author, c.roles) : !standing) {
            continue; // who else met the detainee is need to know too
        }
        // What was talked about and the note, need to know as notes are.
        QStringList detail;
        if (author && ronde::canReadNotesOf(*viewer, *author)) {
            QStringList topics;
            for (const auto &[topic, name] : ronde::EnumNames<ronde::Topic>::table) {
                if (c.topics.contains(topic)) {
                    topics.append(ronde::words::topicName(topic));
                }
            }
            if (!topics.isEmpty()) {
                detail.append(tr("Onderwerpen: %1").arg(topics.join(", ")));
            }
            if (!c.notes.empty()) {
                detail.append(QString::fromStdString(c.notes));
            }
        }
        // DOMAIN "Privacy": nobody on a tablet sees a rating, only that it was asked.
        if (c.rated()) {
            detail.append(tr("tevredenheid gevraagd"));
        }
        // A correction replaced what it names; it says so, and its author may correct it
        // again (DESIGN "Core": the old one stays stored, unseen here).
        entries.push_back(
            {c.header.occurredAtMs,
             {{"day", toQDate(ronde::eventDay(c.header))},
              {"kind", "contact"},
              {"title", c.header.supersedes ? tr("%1 (gecorrigeerd)").arg(contactTitle(c.kind))
                                            : contactTitle(c.kind)},
              {"who", whoOf(author)},
              {"detail", detail.join(" · ")},
              {"eventId", QString::fromStdString(c.header.id)},
              {"contactKind", qtName(nameOf(c.kind))},
              {"correctable", ronde::canCorrectContactBy(*viewer, c.header.authorId)}}});
    }
    // Shown only to who sees the standing (and the plans also to who takes part in its talk).
    const ronde::DetaineeEvents &standingEvents = standing ? events : noEvents;
    // The review form's order, in the timeline and in the last reviews' lights alike.
    const std::vector<std::string> domainOrder =
        (profile ? *profile : ronde::defaultProfile()).reviewDomains;
    for (const ronde::CaseReview &r : standingEvents.reviews) {
        QStringList lights = lightTexts(r.lights, domainOrder);
        // The behaviours seen and the note, for who may read the author's notes.
        const auto author = authorOf(r.header.authorId);
        if (author && ronde::canReadNotesOf(*viewer, *author)) {
            for (const std::string &behaviour : r.behaviours) {
                lights.append(QString::fromStdString(behaviour));
            }
            if (!r.note.empty()) {
                lights.append(QString::fromStdString(r.note));
            }
        }
        // Corrected by its author, as a contact is (model/access.h).
        entries.push_back(
            {r.header.occurredAtMs,
             {{"day", toQDate(ronde::eventDay(r.header))},
              {"kind", "review"},
              {"title",
               r.header.supersedes ? tr("Bespreking MDO (gecorrigeerd)") : tr("Bespreking MDO")},
              {"who", whoOf(author)},
              {"detail", lights.join(" · ")},
              {"eventId", QString::fromStdString(r.header.id)},
              {"correctable", ronde::canCorrectReviewBy(*viewer, r.header.authorId)}}});
    }
    for (const ronde::ReintegrationPlan &p : (standing || planTalk ? events : noEvents).plans) {
        entries.push_back(
            {p.header.occurredAtMs,
             {{"day", toQDate(ronde::eventDay(p.header))},
              {"kind", "plan"},
              {"title", p.stage == ronde::PlanStage::Concept   ? tr("Concept-D&R-plan vastgesteld")
                        : p.stage == ronde::PlanStage::Revised ? tr("D&R-plan herzien")
                                                               : tr("D&R-plan vastgesteld")},
              {"who", whoOf(authorOf(p.header.authorId))},
              {"detail", QString()}}});
    }
    for (const ronde::ProgramDecision &d : standingEvents.decisions) {
        const QString title = decisionTitle(d.decision);
        // R4.5: who decided, as the record keeps it.
        entries.push_back({d.header.occurredAtMs,
                           {{"day", toQDate(ronde::eventDay(d.header))},
                            {"kind", "decision"},
                            {"title", title},
                            {"who", whoOf(authorOf(d.header.authorId))},
                            {"detail", QString()}}});
    }
    // R7.3: the questionnaire as staff may know it: offered, and whether it was filled in.
    for (const ronde::Questionnaire &q : standingEvents.questionnaires) {
        const auto author = authorOf(q.header.authorId);
        entries.push_back(
            {q.header.occurredAtMs,
             {{"day", toQDate(ronde::eventDay(q.header))},
              {"kind", "questionnaire"},
              {"title", q.completed ? tr("Vragenlijst ingevuld")
                                    : tr("Vragenlijst aangeboden, niet ingevuld")},
              {"who", author ? tr("aangeboden door %1").arg(QString::fromStdString(author->name))
                             : QString()},
              {"detail", QString()}}});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.at > b.at; });
    for (const Entry &e : entries) {
        m_timeline.append(e.item);
    }

    // The lights of the last three reviews, newest first.
    for (auto r = standingEvents.reviews.rbegin();
         r != standingEvents.reviews.rend() && m_reviews.size() < 3; ++r) {
        QVariantList lights;
        for (const std::string &domain : domainsInOrder(r->lights, domainOrder)) {
            const QString lightName = qtName(nameOf(r->lights.at(domain)));
            lights.append(QVariantMap{{"domain", domainLabel(QString::fromStdString(domain))},
                                      {"light", lightName},
                                      {"label", lightLabel(lightName)}});
        }
        m_reviews.append(
            QVariantMap{{"day", toQDate(ronde::eventDay(r->header))}, {"lights", lights}});
    }
    emit loaded();
}
