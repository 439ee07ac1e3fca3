#pragma once

#include "dated_form.h"

// D&R-plan (R3.1, R3.2, R3.3): the MDO sets the concept plan, the director the definitive
// one, and after a review it may be revised. The form records that the plan was set, at its
// stage, on the day it was set (today, or a day back when recorded later, as a review); the
// plan itself lives in the facility's own system.
class PlanForm : public DatedForm
{
    Q_OBJECT
    QML_ELEMENT
    // "concept", "definitive" or "revised"; nothing until chosen: a stage is never a default.
    Q_PROPERTY(QString stage MEMBER m_stage NOTIFY changed)
    // Why the stage chosen cannot be recorded (a revision of a plan not there on the day
    // chosen), or "".
    Q_PROPERTY(QString bar READ bar NOTIFY changed)
    // The stages the signed-in user may record: "definitive" for the director only (R3.2).
    Q_PROPERTY(QStringList stages READ stages NOTIFY sessionChanged)

public:
    explicit PlanForm(QObject *parent = nullptr);
    QString bar() const;
    QStringList stages() const;
    Q_INVOKABLE bool save();

signals:
    void changed();

private:
    QString m_stage;
};
