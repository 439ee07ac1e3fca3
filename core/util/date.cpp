#include "date.h"

#include <charconv>
#include <cstdio>

namespace ronde {
namespace {

// Days from civil and back: the proleptic Gregorian algorithms by Howard Hinnant
// (public domain), valid far beyond any admission date we will see.
int32_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil
{
    int year;
    int month;
    int day;
};

Civil civilFromDays(int32_t z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

std::optional<int> parseDigits(std::string_view text)
{
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

int daysInMonth(int year, int month)
{
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : lengths[month - 1];
}

std::optional<Date> Date::fromCivil(int year, int month, int day)
{
    if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 ||
        day > daysInMonth(year, month)) {
        return std::nullopt;
    }
    return Date(daysFromCivil(year, month, day));
}

std::optional<Date> Date::parseIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto y = parseDigits(text.substr(0, 4));
    const auto m = parseDigits(text.substr(5, 2));
    const auto d = parseDigits(text.substr(8, 2));
    if (!y || !m || !d) {
        return std::nullopt;
    }
    return fromCivil(*y, *m, *d);
}

std::optional<Date> Date::parseIsoOrDayMonthYear(std::string_view text)
{
    if (auto iso = parseIso(text)) {
        return iso;
    }
    // D-M-YYYY or DD-MM-YYYY, as Dutch Excel shows dates (its short form has no leading zero).
    const size_t firstDash = text.find('-');
    const size_t secondDash = firstDash == std::string_view::npos ? std::string_view::npos
                                                                  : text.find('-', firstDash + 1);
    if (secondDash == std::string_view::npos || firstDash < 1 || firstDash > 2 ||
        secondDash - firstDash - 1 < 1 || secondDash - firstDash - 1 > 2 ||
        text.size() - secondDash - 1 != 4) {
        return std::nullopt;
    }
    const auto twoDigits = [](std::string_view part) {
        return part.size() == 1 ? "0" + std::string(part) : std::string(part);
    };
    const std::string iso = std::string(text.substr(secondDash + 1)) + "-" +
                            twoDigits(text.substr(firstDash + 1, secondDash - firstDash - 1)) +
                            "-" + twoDigits(text.substr(0, firstDash));
    return parseIso(iso);
}

int Date::year() const
{
    return civilFromDays(m_days).year;
}

int Date::month() const
{
    return civilFromDays(m_days).month;
}

int Date::day() const
{
    return civilFromDays(m_days).day;
}

int Date::isoWeekday() const
{
    // 1970-01-01 was a Thursday (4).
    const int fromMonday = ((m_days % 7) + 7 + 3) % 7;
    return fromMonday + 1;
}

std::string Date::iso() const
{
    const Civil c = civilFromDays(m_days);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buffer;
}

Date Date::plusMonthsClamped(int months) const
{
    const Civil c = civilFromDays(m_days);
    const int monthIndex = c.year * 12 + (c.month - 1) + months;
    const int year = monthIndex / 12;
    const int month = monthIndex % 12 + 1;
    const int day = std::min(c.day, daysInMonth(year, month));
    return Date(daysFromCivil(year, month, day));
}

} // namespace ronde
