#include "questionnaire_form.h"

#include "conversions.h"
#include "model/problem.h"
#include "store/store.h"
#include "util/local_time.h"

#include <QLocale>

namespace {

using ronde::Answer;
using ronde::Role;
using ronde::Topic;

// The questions name each professional in a whole sentence, so that every language can
// put the words in its own order.
QString contactQuestion(Role role)
{
    switch (role) {
    case Role::CaseManager:
        return QuestionnaireForm::tr(
            "Heeft u in de afgelopen vier weken contact gehad met uw casemanager?");
    case Role::Mentor:
        return QuestionnaireForm::tr(
            "Heeft u in de afgelopen vier weken contact gehad met uw mentor?");
    case Role::Municipality:
        return QuestionnaireForm::tr(
            "Heeft u in de afgelopen vier weken contact gehad met iemand van de gemeente?");
    case Role::Probation:
        return QuestionnaireForm::tr(
            "Heeft u in de afgelopen vier weken contact gehad met de reclassering?");
    case Role::CareProvider:
        return QuestionnaireForm::tr(
            "Heeft u in de afgelopen vier weken contact gehad met een zorgverlener?");
    default:
        break;
    }
    return QuestionnaireForm::tr(
        "Heeft u in de afgelopen vier weken contact gehad met een vrijwilliger?");
}

QString satisfactionQuestion(Role role)
{
    switch (role) {
    case Role::CaseManager:
        return QuestionnaireForm::tr("Hoe tevreden bent u over het contact met uw casemanager?");
    case Role::Mentor:
        return QuestionnaireForm::tr("Hoe tevreden bent u over het contact met uw mentor?");
    case Role::Municipality:
        return QuestionnaireForm::tr("Hoe tevreden bent u over het contact met de gemeente?");
    case Role::Probation:
        return QuestionnaireForm::tr("Hoe tevreden bent u over het contact met de reclassering?");
    case Role::CareProvider:
        return QuestionnaireForm::tr("Hoe tevreden bent u over het contact met de zorgverlener?");
    default:
        break;
    }
    return QuestionnaireForm::tr("Hoe tevreden bent u over het contact met de vrijwilliger?");
}

// The detainee's words for the professionals, in this catalogue rather than words::roleWord's:
// a language added by one translation file then translates the whole questionnaire.
QString roleWord(Role role)
{
    switch (role) {
    case Role::CaseManager:
        return QuestionnaireForm::tr("Casemanager");
    case Role::Mentor:
        return QuestionnaireForm::tr("Mentor");
    case Role::Municipality:
        return QuestionnaireForm::tr("Gemeente");
    case Role::Probation:
        return QuestionnaireForm::tr("Reclassering");
    case Role::CareProvider:
        return QuestionnaireForm::tr("Zorgverlener");
    default:
        break;
    }
    return QuestionnaireForm::tr("Vrijwilliger");
}

QString topicWord(Topic topic)
{
    switch (topic) {
    case Topic::Work:
        return QuestionnaireForm::tr("Werk");
    case Topic::Housing:
        return QuestionnaireForm::tr("Wonen");
    case Topic::Finances:
        return QuestionnaireForm::tr("Geld en schulden");
    case Topic::Care:
        return QuestionnaireForm::tr("Zorg");
    default:
        break;
    }
    return QuestionnaireForm::tr("Geldige papieren");
}

template <typename E> QString keyOf(E value)
{
    return qtName(ronde::nameOf(value));
}

} // namespace

QuestionnaireForm::QuestionnaireForm(QObject *parent)
    : RecordForm(parent)
{}

QString QuestionnaireForm::answerWord(const QString &key)
{
    if (key == "yes") {
        return tr("Ja");
    }
    if (key == "no") {
        return tr("Nee");
    }
    if (key == "dontKnow") {
        return tr("Weet ik niet");
    }
    // Made at every call: the words follow the language chosen on the start screen.
    const QStringList faces{tr("Heel ontevreden"), tr("Ontevreden"), tr("Neutraal"), tr("Tevreden"),
                            tr("Heel tevreden")};
    const int score = key.toInt();
    return score >= 1 && score <= 5 ? faces[score - 1] : QString();
}

QString QuestionnaireForm::staffNote(const ronde::QuestionnaireTiming &timing, bool left,
                                     bool mayOffer)
{
    // The last offer first when nothing was filled in then: it is what the four weeks count
    // from (R7.4), and a stop today would otherwise read as the answers of weeks ago.
    const bool offeredSince = timing.lastOffered && (!timing.lastCompleted ||
                                                     *timing.lastOffered > *timing.lastCompleted);
    const QString last =
        offeredSince && timing.lastCompleted
            ? tr("aangeboden op %1, niet ingevuld (laatst ingevuld op %2)")
                  .arg(writtenDay(*timing.lastOffered), writtenDay(*timing.lastCompleted))
        : offeredSince ? tr("aangeboden op %1, niet ingevuld").arg(writtenDay(*timing.lastOffered))
        : timing.lastCompleted ? tr("laatst ingevuld op %1").arg(writtenDay(*timing.lastCompleted))
                               : tr("nog niet aangeboden");
    if (left || !mayOffer) {
        return tr("Vragenlijst: %1").arg(last);
    }
    if (timing.mayAskNow) {
        return tr("Vragenlijst: %1 · kan nu worden aangeboden").arg(last);
    }
    return timing.lastOffered
               ? tr("Vragenlijst: %1 · kan weer vanaf %2").arg(last, writtenDay(timing.from))
               : tr("Vragenlijst: %1 · kan vanaf %2").arg(last, writtenDay(timing.from));
}

std::vector<QuestionnaireForm::Step> QuestionnaireForm::path() const
{
    std::vector<Step> steps;
    for (const Role role : ronde::kProfessionalRoles) {
        steps.push_back({Kind::Contact, role});
        const auto said = m_contact.find(role);
        if (said != m_contact.end() && said->second == Answer::Yes) {
            steps.push_back({Kind::Satisfaction, role});
        }
    }
    steps.push_back({Kind::PlanHelp});
    steps.push_back({Kind::HelpWanted});
    return steps;
}

std::optional<QuestionnaireForm::Step> QuestionnaireForm::current() const
{
    const std::vector<Step> steps = path();
    if (!m_begun || m_stored || m_at >= steps.size()) {
        return std::nullopt;
    }
    return steps[m_at];
}

QString QuestionnaireForm::screen() const
{
    if (m_stored) {
        return "done";
    }
    const std::optional<Step> step = current();
    if (!step) {
        return "start";
    }
    switch (step->kind) {
    case Kind::Contact:
        return "contact";
    case Kind::Satisfaction:
        return "satisfaction";
    case Kind::PlanHelp:
        return "planHelp";
    case Kind::HelpWanted:
        break;
    }
    return "helpWanted";
}

QString QuestionnaireForm::subject() const
{
    const std::optional<Step> step = current();
    if (!step || step->kind == Kind::HelpWanted) {
        return {};
    }
    return step->kind == Kind::PlanHelp ? QString("planHelp") : keyOf(step->role);
}

QString QuestionnaireForm::subjectWord() const
{
    const std::optional<Step> step = current();
    if (!step || step->kind == Kind::HelpWanted) {
        return {};
    }
    return step->kind == Kind::PlanHelp ? tr("D&R-plan") : roleWord(step->role);
}

QString QuestionnaireForm::question() const
{
    const std::optional<Step> step = current();
    if (!step) {
        return {};
    }
    switch (step->kind) {
    case Kind::Contact:
        return contactQuestion(step->role);
    case Kind::Satisfaction:
        return satisfactionQuestion(step->role);
    case Kind::PlanHelp:
        return tr("Heeft iemand u geholpen met uw D&R-plan?");
    case Kind::HelpWanted:
        break;
    }
    return tr("Waarbij wilt u hulp?");
}

QString QuestionnaireForm::hint() const
{
    const std::optional<Step> step = current();
    if (step && step->kind == Kind::PlanHelp) {
        return tr("Het D&R-plan is uw plan voor nu en voor later: werk, wonen, geld.");
    }
    if (step && step->kind == Kind::HelpWanted) {
        return tr("U mag meer dan één kiezen. Tik daarna op Klaar.");
    }
    return {};
}

QVariantList QuestionnaireForm::options() const
{
    const std::optional<Step> step = current();
    QVariantList list;
    if (!step) {
        return list;
    }
    const auto add = [&](const QString &key, const QString &word) {
        list.append(QVariantMap{{"key", key}, {"word", word}});
    };
    switch (step->kind) {
    case Kind::Contact:
    case Kind::PlanHelp:
        for (const Answer a : {Answer::Yes, Answer::No, Answer::DontKnow}) {
            add(keyOf(a), answerWord(keyOf(a)));
        }
        break;
    case Kind::Satisfaction:
        for (int score = 1; score <= 5; ++score) {
            add(QString::number(score), answerWord(QString::number(score)));
        }
        break;
    case Kind::HelpWanted:
        for (const Topic topic : ronde::kHelpTopics) {
            add(keyOf(topic), topicWord(topic));
        }
        break;
    }
    return list;
}

QStringList QuestionnaireForm::chosen() const
{
    const std::optional<Step> step = current();
    QStringList keys;
    if (!step) {
        return keys;
    }
    switch (step->kind) {
    case Kind::Contact:
        if (const auto said = m_contact.find(step->role); said != m_contact.end()) {
            keys << keyOf(said->second);
        }
        break;
    case Kind::PlanHelp:
        if (m_planHelp) {
            keys << keyOf(*m_planHelp);
        }
        break;
    case Kind::Satisfaction:
        if (const auto given = m_satisfaction.find(step->role); given != m_satisfaction.end()) {
            keys << QString::number(given->second);
        }
        break;
    case Kind::HelpWanted:
        for (const Topic topic : ronde::kHelpTopics) {
            if (m_helpWanted.contains(topic)) {
                keys << keyOf(topic);
            }
        }
        break;
    }
    return keys;
}

void QuestionnaireForm::forgetAnswers()
{
    m_contact.clear();
    m_satisfaction.clear();
    m_planHelp.reset();
    m_helpWanted = {};
}

void QuestionnaireForm::changed()
{
    emit screenChanged();
    emit answersChanged();
}

QString QuestionnaireForm::readAloudText() const
{
    QStringList parts;
    if (!question().isEmpty()) {
        parts.append(question());
    }
    if (!hint().isEmpty()) {
        parts.append(hint());
    }
    for (const QVariant &option : options()) {
        parts.append(option.toMap().value("word").toString() + ".");
    }
    return parts.join(' ');
}

bool QuestionnaireForm::begin()
{
    if (m_begun || m_stored) {
        return m_begun;
    }
    ronde::Store *store = session() ? session()->store() : nullptr;
    if (!store) {
        return false;
    }
    // R7.4, checked now rather than at the end: answers are never refused once given, even
    // when a sync brought another tablet's offer in the two minutes they took.
    try {
        const ronde::QuestionnaireTiming timing = store->events().questionnaireTimingOf(
            detaineeId().toStdString(), ronde::amsterdamFromUtc(store->clock()()).date);
        if (!timing.mayAskNow) {
            showProblem({ronde::ProblemCode::QuestionnaireNotYet, "occurredAt",
                         writtenDay(timing.from).toStdString()});
            return false;
        }
    } catch (const ronde::ValidationError &e) {
        showProblem(e.problem());
        return false;
    }
    m_begun = true;
    m_begunAtMs = store->clock()();
    m_at = 0;
    changed();
    return true;
}

void QuestionnaireForm::answer(const QString &key)
{
    const std::optional<Step> step = current();
    if (!step) {
        return;
    }
    switch (step->kind) {
    case Kind::Contact:
    case Kind::PlanHelp: {
        const auto said = ronde::parseEnum<Answer>(key.toStdString());
        if (!said) {
            return;
        }
        if (step->kind == Kind::PlanHelp) {
            m_planHelp = *said;
        } else {
            m_contact[step->role] = *said;
            if (*said != Answer::Yes) {
                m_satisfaction.erase(step->role); // no rating without contact
            }
        }
        break;
    }
    case Kind::Satisfaction: {
        const int score = key.toInt();
        if (score < 1 || score > 5) {
            return;
        }
        m_satisfaction[step->role] = score;
        break;
    }
    case Kind::HelpWanted:
        return; // several answers: toggle, then next
    }
    ++m_at;
    changed();
}

void QuestionnaireForm::toggle(const QString &topic)
{
    const std::optional<Step> step = current();
    const auto chosen = ronde::parseEnum<Topic>(topic.toStdString());
    if (!step || step->kind != Kind::HelpWanted || !chosen) {
        return;
    }
    ronde::TopicSet topics;
    for (const Topic t : ronde::kHelpTopics) {
        if (m_helpWanted.contains(t) != (t == *chosen)) {
            topics.insert(t);
        }
    }
    m_helpWanted = topics;
    emit answersChanged(); // the same screen: its buttons stay
}

void QuestionnaireForm::next()
{
    const std::optional<Step> step = current();
    if (step && step->kind == Kind::HelpWanted) {
        ++m_at;
        stop(); // the last question: the whole questionnaire is stored
    }
}

void QuestionnaireForm::back()
{
    if (!m_begun || m_stored) {
        return;
    }
    if (m_at == 0) {
        m_begun = false; // back to the start screen
    } else {
        --m_at;
    }
    changed();
}

bool QuestionnaireForm::stop()
{
    if (m_stored) {
        return true;
    }
    ronde::Questionnaire q;
    q.header = headerNow();
    if (m_begunAtMs) {
        q.header.occurredAtMs = m_begunAtMs;
    }
    q.completed = finished();
    if (q.completed) {
        ronde::QuestionnaireAnswers &a = q.answers.emplace();
        for (const auto &[role, said] : m_contact) {
            (said == Answer::Yes  ? a.contactYes
             : said == Answer::No ? a.contactNo
                                  : a.contactDontKnow)
                .insert(role);
        }
        a.satisfaction = m_satisfaction;
        a.planHelp = m_planHelp.value_or(Answer::DontKnow);
        a.helpWanted = m_helpWanted;
    }
    const bool ok = attempt([&] { session()->store()->events().record(q); });
    if (ok) {
        m_stored = true;
        m_completed = q.completed;
        forgetAnswers(); // not kept in this form once stored (R7.3)
        changed();
    } else if (q.completed) {
        --m_at; // back on the last screen, with the reason shown
        changed();
    }
    return ok;
}

void QuestionnaireForm::reset()
{
    m_begun = false;
    m_begunAtMs = 0;
    m_at = 0;
    forgetAnswers();
    m_stored = false;
    m_completed = false;
    changed();
}
