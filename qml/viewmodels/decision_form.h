#pragma once

#include "dated_form.h"
#include "model/events.h"

#include <QDate>
#include <optional>

// Besluit (R4.5): promote, demote, not yet or revoke — only a director, or a mandated MDO
// member (checked in core). It is dated the day it was taken (DatedForm) and records the
// review it is based on (R4.5). After saving it shows until when a complaint can be lodged
// (R6.1).
class DecisionForm : public DatedForm
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString decision MEMBER m_decision NOTIFY changed)
    Q_PROPERTY(QDate complaintDeadline READ complaintDeadline NOTIFY outcomeChanged)
    // Why the decision chosen cannot be recorded in the detainee's standing (ronde::
    // decisionBar: promoting someone in plus, demoting someone in basic, …), or "".
    Q_PROPERTY(QString bar READ bar NOTIFY changed)
    // What the director is told before the decision is recorded, or "": a promotion the
    // reviews do not support yet (R4.2: allowed, the director decides, R4.5), a decision on a
    // day that has one already, a day before the last review.
    Q_PROPERTY(QString caution READ caution NOTIFY changed)
    // The day of the review the decision will record as its basis (R4.5: the last one held
    // on the decision's day or before); invalid when there is none.
    Q_PROPERTY(QDate reviewDay READ reviewDay NOTIFY changed)

public:
    explicit DecisionForm(QObject *parent = nullptr);
    QDate complaintDeadline() const { return m_complaintDeadline; }
    QString bar() const;
    QString caution() const;
    QDate reviewDay() const;
    Q_INVOKABLE bool save();

signals:
    void changed();
    void outcomeChanged();

protected:
    // Not before admission, nor before the detainee's last decision (R4.5): a decision dated
    // before another would be judged on a standing that the other has changed since.
    std::optional<ronde::Date> earliestDay() const override;

private:
    // The detainee's latest decision, by its moment; none when there is none.
    std::optional<ronde::ProgramDecision> lastDecision() const;
    // The standing on the day chosen, which the decision is judged on.
    std::optional<Standing> standingOnDay() const;
    // The day of this stay's last review held after `chosen`, if any.
    std::optional<ronde::Date> lastReviewAfter(ronde::Date chosen) const;
    // The review behind a decision on the day chosen (R4.5), or none.
    std::optional<ronde::CaseReview> reviewBehindDay() const;
    // What the page shows of the detainee's records, read again when the database changed (a
    // sync brought a review or a decision): the page hears of it only when it differs, so
    // that a sync that changes nothing here does not drop a confirmation under way.
    struct Shown
    {
        QString bar;
        QString caution;
        QDate reviewDay;
        int maxDaysBack = 0;
        bool operator==(const Shown &) const = default;
    };
    Shown shownNow() const { return {bar(), caution(), reviewDay(), maxDaysBack()}; }
    void followRecords();
    Shown m_shown;
    QMetaObject::Connection m_recordsChanged;
    QString m_decision;        // nothing chosen yet: a decision is never a default
    QDate m_complaintDeadline; // valid once saved
    QDate m_recordedReviewDay; // once saved: the day of the review it recorded, if any
};
