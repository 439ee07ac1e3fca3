#include "record_form.h"

#include "conversions.h"
#include "model/events.h"
#include "model/problem.h"
#include "policy/profile.h"
#include "store/store.h"
#include "words/words.h"

#include <QLocale>
#include <algorithm>

void RecordForm::setSession(Session *session)
{
    if (m_session != session) {
        m_session = session;
        readAdmission();
        emit sessionChanged();
    }
}

void RecordForm::setDetaineeId(const QString &id)
{
    if (m_detaineeId != id) {
        m_detaineeId = id;
        readAdmission();
        setErrorString({});
        emit detaineeIdChanged();
    }
}

void RecordForm::readAdmission()
{
    ronde::Store *store = m_session ? m_session->store() : nullptr;
    const auto detainee =
        store ? store->registry().detainee(m_detaineeId.toStdString()) : std::nullopt;
    m_admittedOn = detainee ? std::optional(detainee->admittedOn) : std::nullopt;
}

int RecordForm::maxDaysBack() const
{
    return maxDaysBackTo(m_admittedOn);
}

int RecordForm::maxDaysBackTo(std::optional<ronde::Date> earliest) const
{
    if (!earliest || !m_session) {
        return kMaxDaysBack;
    }
    return std::clamp(fromQDate(m_session->today()) - *earliest, 0, kMaxDaysBack);
}

void RecordForm::setErrorString(const QString &text)
{
    if (m_errorString != text) {
        m_errorString = text;
        emit errorStringChanged();
    }
}

ronde::EventHeader RecordForm::headerNow() const
{
    ronde::EventHeader h;
    h.detaineeId = m_detaineeId.toStdString();
    h.authorId = m_session && m_session->user() ? m_session->user()->id : std::string();
    h.occurredAtMs = m_session && m_session->store() ? m_session->store()->clock()() : 0;
    return h;
}

const ronde::User *RecordForm::signedInUser()
{
    const ronde::User *user = m_session && m_session->store() ? m_session->user() : nullptr;
    if (!user) {
        setErrorString(tr("Meld u eerst aan."));
    }
    return user;
}

void RecordForm::showProblem(const ronde::Problem &problem)
{
    setErrorString(QString::fromStdString(ronde::describe(
        problem, ronde::words::dutch() ? ronde::Language::Dutch : ronde::Language::English)));
}

bool RecordForm::attempt(const std::function<void()> &write, const std::function<void()> &done,
                         InputKept kept)
{
    if (!m_session || !m_session->store() || !m_session->user()) {
        setErrorString(tr("Meld u eerst aan."));
        return false;
    }
    try {
        // What the record changed is told (the detainee's page, the rounds) after the commit,
        // not at the record's own commit inside this one.
        ronde::ChangeNotifier::Hold notices(m_session->store()->changes());
        ronde::Transaction transaction = m_session->store()->transaction();
        write();
        if (kept == InputKept::Yes) {
            m_session->eraseKeptDraft();
        }
        transaction.commit();
        notices.deliver();
    } catch (const ronde::ValidationError &e) {
        showProblem(e.problem());
        return false;
    } catch (const std::exception &e) {
        setErrorString(tr("Niet bewaard: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    if (done) {
        done();
    }
    setErrorString({});
    emit saved();
    return true;
}

std::optional<RecordForm::Standing> RecordForm::standingNow() const
{
    return m_session ? standingOn(fromQDate(m_session->today())) : std::nullopt;
}

std::optional<RecordForm::Standing> RecordForm::standingOn(ronde::Date asOf) const
{
    ronde::Store *store = m_session ? m_session->store() : nullptr;
    const auto detainee =
        store ? store->registry().detainee(m_detaineeId.toStdString()) : std::nullopt;
    if (!detainee) {
        return std::nullopt;
    }
    const auto facility = store->registry().facility(detainee->facilityId);
    const ronde::Profile *profile = facility ? ronde::findProfile(facility->profile) : nullptr;
    const ronde::FacilityKind kind = facility ? facility->kind : ronde::FacilityKind::Prison;
    return Standing{ronde::evaluate(profile ? *profile : ronde::defaultProfile(), kind, *detainee,
                                    store->events().allOf(detainee->id), asOf),
                    kind};
}
