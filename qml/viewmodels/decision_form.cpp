#include "decision_form.h"

#include "conversions.h"
#include "detainee_model.h"
#include "model/events.h"
#include "model/problem.h"
#include "policy/evaluation.h"
#include "store/store.h"

DecisionForm::DecisionForm(QObject *parent)
    : DatedForm(parent)
{
    // The bar, the caution and the review are of the standing on the day chosen. Whatever the
    // page is told of (a new session or detainee emits dayChanged too) is what it shows.
    connect(this, &DatedForm::dayChanged, this, &DecisionForm::changed);
    connect(this, &DecisionForm::changed, this, [this] { m_shown = shownNow(); });
    connect(this, &RecordForm::sessionChanged, this, [this] {
        disconnect(m_recordsChanged);
        if (session()) {
            m_recordsChanged =
                connect(session(), &Session::changed, this, &DecisionForm::followRecords);
        }
    });
}

void DecisionForm::followRecords()
{
    // Once saved, the page shows what it recorded (its review among it), not what came since.
    if (!m_complaintDeadline.isValid() && shownNow() != m_shown) {
        emit dayChanged(); // the stepper's bounds (a later decision), and changed() with it
    }
}

std::optional<ronde::ProgramDecision> DecisionForm::lastDecision() const
{
    ronde::Store *store = session() ? session()->store() : nullptr;
    if (!store || detaineeId().isEmpty()) {
        return std::nullopt;
    }
    std::optional<ronde::ProgramDecision> last;
    for (ronde::ProgramDecision &d : store->events().decisions(detaineeId().toStdString())) {
        if (!last || d.header.occurredAtMs > last->header.occurredAtMs) {
            last = std::move(d);
        }
    }
    return last;
}

std::optional<ronde::Date> DecisionForm::earliestDay() const
{
    std::optional<ronde::Date> earliest = admittedOn();
    if (const auto last = lastDecision()) {
        const ronde::Date day = ronde::eventDay(last->header);
        if (!earliest || day > *earliest) {
            earliest = day;
        }
    }
    return earliest;
}

std::optional<RecordForm::Standing> DecisionForm::standingOnDay() const
{
    return session() ? standingOn(fromQDate(day())) : std::nullopt;
}

QString DecisionForm::bar() const
{
    const auto kind = ronde::parseEnum<ronde::DecisionKind>(m_decision.toStdString());
    const auto standing = standingOnDay();
    if (!kind || !standing) {
        return {};
    }
    switch (ronde::decisionBar(*kind, standing->evaluation, standing->facility)) {
    case ronde::DecisionBar::None:
        return {};
    case ronde::DecisionBar::AlreadyInPlus:
        return tr("Zit al in het plusprogramma: promoveren kan niet.");
    case ronde::DecisionBar::NotInPlus:
        return tr("Zit niet in het plusprogramma: degraderen of intrekken kan niet (het zou "
                  "alleen de zes weken opnieuw laten beginnen).");
    case ronde::DecisionBar::Excluded:
        return tr("Valt buiten promotie en degradatie (eigen dagprogramma, art. 1e Regeling "
                  "SPOG).");
    case ronde::DecisionBar::NoPlusHere:
        return tr("Deze inrichting heeft geen plusprogramma.");
    }
    return {};
}

QString DecisionForm::caution() const
{
    if (m_decision.isEmpty()) {
        return {};
    }
    QStringList said;
    const auto standing = standingOnDay(); // one evaluation: the bar is asked of it too
    if (m_decision == "promote" && standing && !standing->evaluation.eligibleForPromotion &&
        ronde::decisionBar(ronde::DecisionKind::Promote, standing->evaluation,
                           standing->facility) == ronde::DecisionBar::None) {
        said.append(tr("Let op: volgens de beoordelingen komt de gedetineerde nog niet in "
                       "aanmerking (zes weken groen). Leg dit alleen vast als de directeur zo "
                       "besloot, bijvoorbeeld op een uitzondering."));
    }
    // Two on one day stand side by side (none can be withdrawn): a second is for a second
    // decision, not for a tap that went wrong.
    const ronde::Date chosen = fromQDate(day());
    if (const auto last = lastDecision(); last && ronde::eventDay(last->header) == chosen) {
        said.append(tr("Op deze dag is al vastgelegd: „%1”. Leg dit alleen vast als er opnieuw "
                       "is besloten; het eerdere besluit blijft staan.")
                        .arg(DetaineeModel::decisionTitle(last->decision)));
    }
    // A day before the last review: the decision does not rest on it (R4.5), and the standing
    // it is judged on is from before it.
    if (const auto later = lastReviewAfter(chosen)) {
        said.append(tr("Na deze dag is nog een bespreking gehouden (%1). Gaat het besluit "
                       "daarover, kies dan die dag of later.")
                        .arg(QLocale().toString(toQDate(*later), "d MMMM")));
    }
    return said.join("\n⚠ ");
}

std::optional<ronde::Date> DecisionForm::lastReviewAfter(ronde::Date chosen) const
{
    ronde::Store *store = session() ? session()->store() : nullptr;
    const auto admitted = admittedOn();
    if (!store || !admitted) {
        return std::nullopt;
    }
    std::optional<ronde::Date> last;
    for (const ronde::CaseReview &r : store->events().reviews(detaineeId().toStdString())) {
        const ronde::Date held = ronde::eventDay(r.header);
        if (held > chosen && held >= *admitted && (!last || held > *last)) {
            last = held;
        }
    }
    return last;
}

std::optional<ronde::CaseReview> DecisionForm::reviewBehindDay() const
{
    ronde::Store *store = session() ? session()->store() : nullptr;
    const auto admitted = admittedOn();
    if (!store || !admitted) {
        return std::nullopt;
    }
    const auto reviews = store->events().reviews(detaineeId().toStdString());
    const ronde::CaseReview *behind = ronde::reviewBehind(reviews, fromQDate(day()), *admitted);
    return behind ? std::optional(*behind) : std::nullopt;
}

QDate DecisionForm::reviewDay() const
{
    if (m_complaintDeadline.isValid()) {
        return m_recordedReviewDay; // saved: the review it recorded, whatever came since
    }
    const auto review = reviewBehindDay();
    return review ? toQDate(ronde::eventDay(review->header)) : QDate();
}

bool DecisionForm::save()
{
    if (const QString why = bar(); !why.isEmpty()) {
        setErrorString(why); // nothing written
        return false;
    }
    // A later decision came meanwhile (a sync): the day chosen is no longer open to this one.
    if (const auto earliest = earliestDay(); earliest && fromQDate(day()) < *earliest) {
        setErrorString(tr("Intussen is een later besluit vastgelegd. Kies de dag opnieuw."));
        emit dayChanged(); // the stepper's bounds
        return false;
    }
    QDate lodgeComplaintBy;
    QDate recordedReviewDay;
    const auto write = [this, &lodgeComplaintBy, &recordedReviewDay] {
        ronde::ProgramDecision d;
        d.header = headerOnDay(); // R4.5: the day it was taken
        // On the day of the last decision it follows that one (two on a day count in the order
        // taken), also when it is recorded later at an earlier hour of the day.
        if (const auto last = lastDecision();
            last && ronde::eventDay(last->header) == ronde::eventDay(d.header) &&
            last->header.occurredAtMs >= d.header.occurredAtMs) {
            d.header.occurredAtMs = last->header.occurredAtMs + 1;
        }
        if (const auto review = reviewBehindDay()) {
            d.reviewId = review->header.id; // R4.5: the review it is based on
            recordedReviewDay = toQDate(ronde::eventDay(review->header));
        }
        const auto kind = ronde::parseEnum<ronde::DecisionKind>(m_decision.toStdString());
        if (!kind) {
            throw ronde::ValidationError(
                {ronde::ProblemCode::Invalid, "decision", m_decision.toStdString()});
        }
        d.decision = *kind;
        const ronde::User &user = *session()->user();
        d.capacity = user.role == ronde::Role::Director ? ronde::DecisionCapacity::Director
                                                        : ronde::DecisionCapacity::MandatedReview;
        ronde::Store &store = *session()->store();
        store.events().record(d); // refuses anyone who may not decide (R4.5)
        const auto detainee = store.registry().detainee(detaineeId().toStdString());
        const auto facility = store.registry().facility(detainee->facilityId);
        const ronde::Profile *profile = facility ? ronde::findProfile(facility->profile) : nullptr;
        const ronde::Date day = ronde::eventDay(d.header);
        const ronde::Date lodgeBy =
            day.plusDays((profile ? *profile : ronde::defaultProfile()).complaintDays);
        lodgeComplaintBy = toQDate(lodgeBy);
    };
    return attempt(
        write,
        [this, &lodgeComplaintBy, &recordedReviewDay] {
            m_recordedReviewDay = recordedReviewDay;
            m_complaintDeadline = lodgeComplaintBy;
            emit outcomeChanged();
            pinDay(); // the page is done: it shows the day recorded, also past midnight
        },
        InputKept::Yes);
}
