#pragma once

#include "policy/evaluation.h"
#include "session.h"
#include "util/date.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace ronde {
struct EventHeader;
struct Problem;
} // namespace ronde

// What every "record something about a detainee" form shares: the session, the detainee, and
// a save that either writes everything or nothing and says why in the user's language.
class RecordForm : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString detaineeId READ detaineeId WRITE setDetaineeId NOTIFY detaineeIdChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // kMaxDaysBack, for the day's stepper to name its limit.
    Q_PROPERTY(int longestBack READ longestBack CONSTANT)

public:
    using QObject::QObject;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString detaineeId() const { return m_detaineeId; }
    void setDetaineeId(const QString &id);
    QString errorString() const { return m_errorString; }
    // How far back a record's day goes: kMaxDaysBack, and not before the detainee's admission
    // (R1.5): a talk or a review recorded the day after, or after a weekend, is dated when it
    // was held.
    static constexpr int kMaxDaysBack = 30;
    static int longestBack() { return kMaxDaysBack; }
    int maxDaysBack() const;

signals:
    void sessionChanged();
    void detaineeIdChanged();
    void errorStringChanged();
    void saved();

protected:
    // A header for an event happening now, by the signed-in user.
    ronde::EventHeader headerNow() const;
    // Whether the form's unsaved input is kept in the database (Session::keepDraft).
    enum class InputKept
    {
        No,
        Yes
    };
    // Runs write in one transaction, with the kept draft dropped in it when the form's input
    // is kept; a refusal from core becomes errorString, and nothing is written. After the
    // commit, runs done (what the form shows next) and emits saved().
    bool attempt(const std::function<void()> &write, const std::function<void()> &done = {},
                 InputKept kept = InputKept::No);
    // A refusal found before anything is written, in the user's language.
    void showProblem(const ronde::Problem &problem);
    // The signed-in user, for a form that starts from a stored record (a correction); none,
    // after saying "Meld u eerst aan.", when nobody is signed in.
    const ronde::User *signedInUser();
    // The record of `records` (a detainee's current ones) with the id, if any.
    template <typename Record>
    static const Record *withId(const std::vector<Record> &records, const QString &id)
    {
        const std::string wanted = id.toStdString();
        const auto found = std::find_if(records.begin(), records.end(),
                                        [&](const Record &r) { return r.header.id == wanted; });
        return found == records.end() ? nullptr : &*found;
    }
    void setErrorString(const QString &text);
    // The detainee's standing today by the facility's profile (the same evaluation as the
    // detainee page), and the kind of their facility; nothing without a detainee.
    struct Standing
    {
        ronde::Evaluation evaluation;
        ronde::FacilityKind facility;
    };
    std::optional<Standing> standingNow() const;
    // The same as of another day (a decision dated the day it was taken).
    std::optional<Standing> standingOn(ronde::Date asOf) const;
    // The detainee's admission, none for a detainee not (yet) known.
    std::optional<ronde::Date> admittedOn() const { return m_admittedOn; }
    // maxDaysBack counted to another first day (DatedForm: a decision's).
    int maxDaysBackTo(std::optional<ronde::Date> earliest) const;

private:
    QPointer<Session> m_session;
    QString m_detaineeId;
    QString m_errorString;
    // The detainee's admission (maxDaysBack), read when the detainee or session changes, not
    // at every letter of a note; none for a detainee not (yet) known.
    std::optional<ronde::Date> m_admittedOn;
    void readAdmission();
};
