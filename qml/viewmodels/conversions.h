#pragma once

#include "util/date.h"

#include <QDate>
#include <QString>
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

// An enum's stable name (EnumNames) as a QString, e.g. for QML to compare against.
inline QString qtName(std::string_view name)
{
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}
