#pragma once

#include "util/date.h"
#include "util/local_time.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QString>
#include <QTime>
#include <string_view>

// Between core's values and Qt's, for the view models.

inline QDate toQDate(ronde::Date d)
{
    return QDate(d.year(), d.month(), d.day());
}

inline ronde::Date fromQDate(QDate d)
{
    return *ronde::Date::fromCivil(d.year(), d.month(), d.day());
}

// A day written out in the user's language, "19 september 2026".
inline QString writtenDay(ronde::Date d)
{
    return QLocale().toString(toQDate(d), "d MMMM yyyy");
}

// An enum's stable name (EnumNames) as a QString, e.g. for QML to compare against.
inline QString qtName(std::string_view name)
{
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

// An instant as the facility's clock shows it (R0.3: Europe/Amsterdam), in the user's locale:
// the tablet's own time zone may be set otherwise. `format` as QLocale's, e.g. "d MMM HH:mm";
// empty: the time only, short.
inline QString amsterdamText(int64_t utcMs, const QString &format = {})
{
    const ronde::LocalDateTime at = ronde::amsterdamFromUtc(utcMs);
    const QTime time(at.minuteOfDay / 60, at.minuteOfDay % 60);
    if (format.isEmpty()) {
        return QLocale().toString(time, QLocale::ShortFormat);
    }
    // As UTC: the wall clock's fields as they are, whatever gaps the tablet's zone has.
    return QLocale().toString(QDateTime(toQDate(at.date), time, Qt::UTC), format);
}

// "25 november", "14 dagen", "december 2026": on a line that wraps, a number stays with the
// word after it, and a year with its month (non-breaking spaces between them), so that no
// "november)" or "2026" stands alone on the next line.
inline QString keepNumbersWithTheirWord(QString text)
{
    static const QRegularExpression gap(QStringLiteral("(\\d) (?=\\p{L})|(\\p{L}) (?=\\d{4}\\b)"));
    return text.replace(gap, QStringLiteral("\\1\\2\u00A0"));
}
