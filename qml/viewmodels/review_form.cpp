#include "review_form.h"

#include "conversions.h"
#include "detainee_model.h"
#include "model/access.h"
#include "model/events.h"
#include "model/problem.h"
#include "policy/evaluation.h"
#include "store/store.h"
#include "words/words.h"

#include <QLocale>
#include <algorithm>

namespace {

const ronde::Profile &profileOf(Session *session)
{
    if (session && session->store()) {
        const auto facility =
            session->store()->registry().facility(session->facilityId().toStdString());
        if (const ronde::Profile *p = facility ? ronde::findProfile(facility->profile) : nullptr) {
            return *p;
        }
    }
    return ronde::defaultProfile();
}

} // namespace

ReviewForm::ReviewForm(QObject *parent)
    : DatedForm(parent)
{
    // Read when asked: a detainee's reviews are few. Asked again whenever the answer may
    // have changed: another day or detainee, or a review just saved.
    connect(this, &DatedForm::dayChanged, this, &ReviewForm::earlierOnDayChanged);
    connect(this, &RecordForm::detaineeIdChanged, this, &ReviewForm::earlierOnDayChanged);
    connect(this, &RecordForm::sessionChanged, this, [this] {
        emit earlierOnDayChanged();
        // A review a sync brings (by anyone: the MDO is one meeting), or another language.
        disconnect(m_sessionChanges);
        if (session()) {
            m_sessionChanges =
                connect(session(), &Session::changed, this, &ReviewForm::earlierOnDayChanged);
        }
    });
    connect(this, &ReviewForm::outcomeChanged, this, &ReviewForm::earlierOnDayChanged);
    // "Niets gewijzigd" goes once something is.
    connect(this, &ReviewForm::changed, this, [this] {
        if (m_refusedUnchanged && correctionChanges()) {
            m_refusedUnchanged = false;
            setErrorString({});
        }
    });
}

QString ReviewForm::earlierOnDay() const
{
    if (!session() || !session()->store() || detaineeId().isEmpty() || !m_corrects.empty()) {
        return {};
    }
    const ronde::Date wanted = fromQDate(day());
    std::optional<ronde::CaseReview> found;
    for (const ronde::CaseReview &r :
         session()->store()->events().reviews(detaineeId().toStdString())) {
        if (ronde::eventDay(r.header) == wanted) {
            found = r; // the last of the day
        }
    }
    if (!found) {
        return {};
    }
    const QString lights =
        DetaineeModel::lightTexts(found->lights, profileOf(session()).reviewDomains).join(" · ");
    // The signed-in person's own review is theirs to correct: a light chosen wrong is mended
    // there, not by a second review.
    const ronde::User *user = session()->user();
    if (user && ronde::canCorrectReviewBy(*user, found->header.authorId)) {
        return day() == session()->today()
                   ? tr("U legde vandaag al een bespreking vast (%1). Sla alleen op als het MDO "
                        "opnieuw bijeenkwam; een fout in de eerste verbetert u met ‘Corrigeren’ "
                        "in de tijdlijn.")
                         .arg(lights)
                   : tr("U legde op deze dag al een bespreking vast (%1). Sla alleen op als het "
                        "MDO opnieuw bijeenkwam; een fout in de eerste verbetert u met "
                        "‘Corrigeren’ in de tijdlijn.")
                         .arg(lights);
    }
    return day() == session()->today()
               ? tr("Vandaag is al een bespreking vastgelegd (%1). Sla alleen op als het MDO "
                    "opnieuw bijeenkwam.")
                     .arg(lights)
               : tr("Op deze dag is al een bespreking vastgelegd (%1). Sla alleen op als het "
                    "MDO opnieuw bijeenkwam.")
                     .arg(lights);
}

QVariantList ReviewForm::domains() const
{
    QVariantList list;
    for (const std::string &domain : profileOf(session()).reviewDomains) {
        const QString name = QString::fromStdString(domain);
        list.append(QVariantMap{{"domain", name}, {"label", DetaineeModel::domainLabel(name)}});
    }
    return list;
}

// Seed 003: behaviour the traffic lights are about, in the facility's own words.
QStringList ReviewForm::positiveBehaviours() const
{
    return {tr("Neemt deel aan arbeid en activiteiten"), tr("Houdt zich aan afspraken"),
            tr("Werkt mee aan het D&R-plan"), tr("Respectvol naar personeel en medegedetineerden")};
}

QStringList ReviewForm::concerningBehaviours() const
{
    return {tr("Verbaal agressief"), tr("Weigert het dagprogramma"), tr("Positieve urinecontrole"),
            tr("Bezit van contrabande")};
}

QStringList ReviewForm::domainsWithoutLight() const
{
    QStringList missing;
    for (const std::string &domain : profileOf(session()).reviewDomains) {
        if (!m_lights.contains(QString::fromStdString(domain))) {
            missing.append(QString::fromStdString(domain));
        }
    }
    return missing;
}

void ReviewForm::showMissingLights()
{
    QStringList names;
    for (const QString &domain : domainsWithoutLight()) {
        names.append(DetaineeModel::domainLabel(domain));
    }
    setErrorString(names.isEmpty() ? QString()
                                   : tr("Kies nog een kleur voor: %1.").arg(names.join(", ")));
}

void ReviewForm::setLight(const QString &domain, const QString &light)
{
    m_lights.insert(domain, light);
    if (m_showMissing) {
        showMissingLights(); // the message follows what is still missing
    }
    emit changed();
}

void ReviewForm::toggleBehaviour(const QString &behaviour)
{
    if (!m_behaviours.removeOne(behaviour)) {
        m_behaviours.append(behaviour);
    }
    emit changed();
}

ReviewForm::Fields ReviewForm::fields() const
{
    QStringList behaviours = m_behaviours;
    behaviours.sort(); // chosen in another order, they are the same behaviours
    return {m_lights, behaviours, m_note.trimmed(), m_exception.trimmed()};
}

bool ReviewForm::correctionChanges() const
{
    return !m_corrects.empty() && !(fields() == m_corrected);
}

bool ReviewForm::correct(const QString &reviewId)
{
    const ronde::User *user = signedInUser();
    if (!user) {
        return false;
    }
    // Only a review that is still current: one corrected already is replaced by its
    // correction, which is the one to correct.
    const std::vector<ronde::CaseReview> current =
        session()->store()->events().reviews(detaineeId().toStdString());
    const ronde::CaseReview *found = withId(current, reviewId);
    if (!found) {
        setErrorString(
            tr("Deze bespreking is al gecorrigeerd, of hoort niet bij deze gedetineerde."));
        return false;
    }
    if (!ronde::canCorrectReviewBy(*user, found->header.authorId)) {
        setErrorString(tr("Alleen wie deze bespreking vastlegde, kan haar corrigeren."));
        return false;
    }
    m_lights.clear();
    for (const auto &[domain, light] : found->lights) {
        m_lights.insert(QString::fromStdString(domain), qtName(nameOf(light)));
    }
    m_behaviours.clear();
    for (const std::string &behaviour : found->behaviours) {
        m_behaviours.append(QString::fromStdString(behaviour));
    }
    m_note = QString::fromStdString(found->note);
    m_exception = QString::fromStdString(found->exceptionJustification);
    m_showMissing = false;
    m_corrects = found->header.id;
    m_correctedAtMs = found->header.occurredAtMs;
    m_correctedDay = toQDate(ronde::eventDay(found->header));
    m_corrected = fields();
    m_decisionOnIt = decisionResting(*found);
    m_refusedUnchanged = false;
    setErrorString({});
    emit changed();
    emit otherBehavioursChanged();
    emit earlierOnDayChanged();
    return true;
}

QString ReviewForm::decisionResting(const ronde::CaseReview &review) const
{
    // R4.5: a decision names the review it rests on, as it was then; the correction does not
    // change it. That review may be this one or one it corrected, earlier in the chain.
    ronde::EventRepository &events = session()->store()->events();
    std::vector<std::string> versions{review.header.id};
    for (std::optional<std::string> earlier = review.header.supersedes; earlier;) {
        versions.push_back(*earlier);
        const std::optional<ronde::AnyEvent> was = events.byId(*earlier);
        earlier = was ? ronde::headerOf(*was).supersedes : std::nullopt;
    }
    for (const ronde::ProgramDecision &d : events.decisions(detaineeId().toStdString())) {
        if (d.reviewId &&
            std::find(versions.begin(), versions.end(), *d.reviewId) != versions.end()) {
            return tr("Op deze bespreking rust ‘%1’ van %2. Dat besluit blijft staan; klopt het na "
                      "uw correctie niet meer, dan beslist de directeur opnieuw.")
                .arg(DetaineeModel::decisionTitle(d.decision),
                     QLocale().toString(toQDate(ronde::eventDay(d.header)), "d MMMM yyyy"));
        }
    }
    return {};
}

QStringList ReviewForm::otherBehaviours() const
{
    // Behaviours the review holds that neither list offers (recorded in another language):
    // shown, so that they can be left out of the correction.
    QStringList others;
    const QStringList offered = positiveBehaviours() + concerningBehaviours();
    for (const QString &behaviour : m_corrected.behaviours) {
        if (!offered.contains(behaviour)) {
            others.append(behaviour);
        }
    }
    return others;
}

bool ReviewForm::save()
{
    // A correction that changes nothing would still replace the review and wait for the next
    // sync as a change: refused, nothing written.
    if (!m_corrects.empty() && !correctionChanges()) {
        setErrorString(tr("Er is niets gewijzigd. Pas eerst aan wat niet klopt."));
        m_refusedUnchanged = true;
        return false;
    }
    // Every domain needs a light (R4.1). Said here by the domains' names, all at once, before
    // anything is written: the store would name only the first, by its key.
    if (session() && session()->store() && session()->user() && !domainsWithoutLight().isEmpty()) {
        m_showMissing = true;
        showMissingLights();
        emit changed();
        return false;
    }
    ronde::Evaluation evaluation;
    ronde::CaseReview r;
    const auto write = [this, &evaluation, &r] {
        r.header = headerOnDay(); // R3.3: the day it met
        if (!m_corrects.empty()) {
            // The MDO met when it did; only what was recorded of it changes.
            r.header.occurredAtMs = m_correctedAtMs;
            r.header.supersedes = m_corrects;
        }
        for (auto it = m_lights.cbegin(); it != m_lights.cend(); ++it) {
            const auto light = ronde::parseEnum<ronde::Light>(it.value().toString().toStdString());
            if (!light) {
                throw ronde::ValidationError({ronde::ProblemCode::Invalid,
                                              "lights." + it.key().toStdString(),
                                              it.value().toString().toStdString()});
            }
            r.lights[it.key().toStdString()] = *light;
        }
        for (const QString &b : m_behaviours) {
            r.behaviours.push_back(b.toStdString());
        }
        r.note = m_note.trimmed().toStdString();
        r.exceptionJustification = m_exception.trimmed().toStdString();
        r = session()->store()->events().record(r);
        // What the review means for promotion, from the policy engine (R4.2, R4.6), read in
        // the same transaction; shown once it is committed.
        evaluation = standingNow()->evaluation;
    };
    return attempt(
        write, [this, &evaluation, &r] { showOutcome(r, evaluation); }, InputKept::Yes);
}

void ReviewForm::showOutcome(const ronde::CaseReview &saved, const ronde::Evaluation &e)
{
    // Done with the correction before anything is told (earlierOnDay reads it again).
    m_corrects.clear();
    m_correctedAtMs = 0;
    m_correctedDay = {};
    m_corrected = {};
    m_decisionOnIt.clear();
    emit otherBehavioursChanged();
    m_savedDay = toQDate(ronde::eventDay(saved.header));
    m_savedLights = DetaineeModel::lightTexts(saved.lights, profileOf(session()).reviewDomains);
    m_eligible = e.eligibleForPromotion;
    const bool dutch = ronde::words::dutch();
    // A decision the director must take because of this review (a promotion, R4.2; a
    // demotion, R4.3, R6.6) is what it changed: said instead of the standing. One due since
    // an earlier review is not this review's outcome.
    const ronde::Date savedOn = ronde::eventDay(saved.header);
    const auto byThis =
        std::find_if(e.decisionsDue.begin(), e.decisionsDue.end(),
                     [savedOn](const ronde::DecisionDue &d) { return d.due == savedOn; });
    const auto promotion =
        std::find_if(e.decisionsDue.begin(), e.decisionsDue.end(),
                     [](const auto &d) { return d.suggested == ronde::DecisionKind::Promote; });
    const auto reasonOf = [dutch](const ronde::DecisionDue &d) {
        return QString::fromStdString(dutch ? d.reason.dutch : d.reason.english) + ".";
    };
    if (byThis != e.decisionsDue.end()) {
        m_outcome = reasonOf(*byThis);
    } else if (m_eligible && promotion != e.decisionsDue.end()) {
        m_outcome = reasonOf(*promotion); // a review dated before the one that made it so
    } else if (e.program == ronde::Program::Plus) {
        m_outcome = e.decisionsDue.empty()
                        ? tr("Zit in het plusprogramma.")
                        : tr("Zit in het plusprogramma; een besluit over degraderen na een "
                             "eerdere bespreking staat nog open.");
    } else if (e.excluded) {
        m_outcome = tr("Uitgesloten van promotie (art. 1e Regeling SPOG).");
    } else {
        m_outcome = tr("Komt nog niet in aanmerking voor promotie: zes weken groen nodig.");
    }
    emit outcomeChanged();
    m_lights.clear();
    m_showMissing = false;
    m_behaviours.clear();
    m_note.clear();
    m_exception.clear();
    emit changed();
    resetDay();
}
