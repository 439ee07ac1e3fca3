#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ronde {

// A calendar day without time zone: the unit every policy deadline is counted in (R0.3).
// Stored as days since 1970-01-01 so that "N days later" is plain integer arithmetic.
class Date
{
public:
    constexpr Date() = default;
    static constexpr Date fromDays(int32_t daysSinceEpoch) { return Date(daysSinceEpoch); }
    // Returns nothing for an impossible day (30 February, month 13).
    static std::optional<Date> fromCivil(int year, int month, int day);
    // Accepts exactly YYYY-MM-DD.
    static std::optional<Date> parseIso(std::string_view text);
    // YYYY-MM-DD, or D-M-YYYY / DD-MM-YYYY as Dutch people and Dutch Excel write a day.
    static std::optional<Date> parseIsoOrDayMonthYear(std::string_view text);

    constexpr int32_t daysSinceEpoch() const { return m_days; }
    int year() const;
    int month() const;
    int day() const;
    // 1 = Monday … 7 = Sunday (ISO 8601).
    int isoWeekday() const;
    std::string iso() const;

    constexpr Date plusDays(int32_t days) const { return Date(m_days + days); }
    // R0.3: the same day number N months later, clamped to that month's last day
    // (31 January + 1 month = 28 or 29 February).
    Date plusMonthsClamped(int months) const;

    friend constexpr auto operator<=>(Date, Date) = default;
    friend constexpr int32_t operator-(Date a, Date b) { return a.m_days - b.m_days; }

private:
    constexpr explicit Date(int32_t days)
        : m_days(days)
    {}
    int32_t m_days = 0;
};

int daysInMonth(int year, int month);

} // namespace ronde
