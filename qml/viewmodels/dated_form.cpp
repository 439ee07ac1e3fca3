#include "dated_form.h"

#include "conversions.h"
#include "model/events.h"
#include "util/local_time.h"

#include <algorithm>

DatedForm::DatedForm(QObject *parent)
    : RecordForm(parent)
{
    // The day's bounds follow the detainee's admission and today (midnight: "Gisteren" is a
    // day further back).
    connect(this, &RecordForm::detaineeIdChanged, this, &DatedForm::dayChanged);
    connect(this, &RecordForm::sessionChanged, this, [this] {
        emit dayChanged();
        disconnect(m_dayTurned);
        if (session()) {
            m_dayTurned = connect(session(), &Session::todayChanged, this, &DatedForm::dayChanged);
        }
    });
}

int DatedForm::daysAgo() const
{
    return m_day && session() ? fromQDate(session()->today()) - *m_day : 0;
}

void DatedForm::setDaysAgo(int days)
{
    if (!session()) {
        return;
    }
    days = std::clamp(days, 0, maxDaysBack());
    setDay(days == 0 ? std::nullopt : std::optional(fromQDate(session()->today().addDays(-days))));
}

void DatedForm::setDay(std::optional<ronde::Date> day)
{
    if (day != m_day) {
        m_day = day;
        emit dayChanged();
    }
}

QDate DatedForm::day() const
{
    return session() ? session()->today().addDays(-daysAgo()) : QDate();
}

QString DatedForm::dayChosen() const
{
    return day().toString(Qt::ISODate); // "" without a session
}

void DatedForm::setDayChosen(const QString &isoDay)
{
    const QDate chosen = QDate::fromString(isoDay, Qt::ISODate);
    if (!chosen.isValid() || !session()) {
        setDaysAgo(0);
        return;
    }
    // A day kept with a draft stays the day it was, also when a restart made it one more than
    // the stepper goes back; never before admission (R1.5), never today or later. Before the
    // form's own earliest day (a decision that came meanwhile) it stays too: the save then
    // asks for another day rather than record one the user did not choose.
    ronde::Date day = fromQDate(chosen);
    if (const auto admitted = admittedOn(); admitted && day < *admitted) {
        day = *admitted;
    }
    setDay(day < fromQDate(session()->today()) ? std::optional(day) : std::nullopt);
}

void DatedForm::pinDay()
{
    if (session()) {
        setDay(fromQDate(day()));
    }
}

ronde::EventHeader DatedForm::headerOnDay() const
{
    ronde::EventHeader header = headerNow();
    if (m_day) {
        const ronde::LocalDateTime now = ronde::amsterdamFromUtc(header.occurredAtMs);
        header.occurredAtMs = ronde::utcFromAmsterdam({*m_day, now.minuteOfDay});
    }
    return header;
}
