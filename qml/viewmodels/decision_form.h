#pragma once

#include "record_form.h"

#include <QDate>

// Besluit (R4.5): promote, demote, not yet or revoke — only a director, or a mandated MDO
// member (checked in core). After saving it shows until when a complaint can be lodged (R6.1).
class DecisionForm : public RecordForm
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString decision MEMBER m_decision NOTIFY changed)
    Q_PROPERTY(QDate complaintDeadline READ complaintDeadline NOTIFY outcomeChanged)
    // Why the decision chosen cannot be recorded in the detainee's standing (ronde::
    // decisionBar: promoting someone in plus, demoting someone in basic, …), or "".
    Q_PROPERTY(QString bar READ bar NOTIFY changed)
    // A promotion the reviews do not support yet (R4.2): allowed, the director decides (R4.5),
    // but said before it is recorded; else "".
    Q_PROPERTY(QString caution READ caution NOTIFY changed)

public:
    using RecordForm::RecordForm;
    QDate complaintDeadline() const { return m_complaintDeadline; }
    QString bar() const;
    QString caution() const;
    Q_INVOKABLE bool save();

signals:
    void changed();
    void outcomeChanged();

private:
    QString m_decision; // nothing chosen yet: a decision is never a default
    QDate m_complaintDeadline;
};
