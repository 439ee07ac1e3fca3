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

public:
    using RecordForm::RecordForm;
    QDate complaintDeadline() const { return m_complaintDeadline; }
    Q_INVOKABLE bool save();

signals:
    void changed();
    void outcomeChanged();

private:
    QString m_decision; // nothing chosen yet: a decision is never a default
    QDate m_complaintDeadline;
};
