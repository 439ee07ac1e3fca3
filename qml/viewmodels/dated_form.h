#pragma once

#include "record_form.h"

#include <QDate>

// A record dated on a day the user picks, recorded later: the day an MDO met (R3.3) or a
// decision was taken (R4.5), up to maxDaysBack days back and never before admission (R1.5).
// `daysAgo` counts back from today; `dayChosen` is the same day as "yyyy-MM-dd", to keep
// with a draft: a day, not a count, so that a form kept today and opened again tomorrow is
// still dated today's date. The contact form has a moment of its own (a time of day too,
// ContactMoment).
class DatedForm : public RecordForm
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int daysAgo READ daysAgo WRITE setDaysAgo NOTIFY dayChanged)
    Q_PROPERTY(int maxDaysBack READ maxDaysBack NOTIFY dayChanged)
    Q_PROPERTY(QDate day READ day NOTIFY dayChanged)
    Q_PROPERTY(QString dayChosen READ dayChosen WRITE setDayChosen NOTIFY dayChanged)

public:
    explicit DatedForm(QObject *parent = nullptr);
    // How far back the day goes: RecordForm::kMaxDaysBack, and not before earliestDay().
    int maxDaysBack() const { return maxDaysBackTo(earliestDay()); }
    int daysAgo() const;
    void setDaysAgo(int days);
    QDate day() const;
    QString dayChosen() const;
    void setDayChosen(const QString &isoDay);

signals:
    void dayChanged();

protected:
    // A header by the signed-in user on the day chosen, at the time of day it is recorded.
    ronde::EventHeader headerOnDay() const;
    // The first day a record may be dated: the admission (R1.5) here.
    virtual std::optional<ronde::Date> earliestDay() const { return admittedOn(); }
    // Today again, for the next record after a save (a review).
    void resetDay() { setDay(std::nullopt); }
    // The day as a date from now on, today included, so that a page done with its record (a
    // decision) shows the day it recorded past midnight too.
    void pinDay();

private:
    // A day before today, chosen (or the day recorded, once pinned); none: today.
    std::optional<ronde::Date> m_day;
    void setDay(std::optional<ronde::Date> day);
    QMetaObject::Connection m_dayTurned;
};
