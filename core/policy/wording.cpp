#include "wording.h"

#include <array>

namespace ronde::wording {
namespace {

constexpr std::array kDutchMonths{"januari",   "februari", "maart",    "april",
                                  "mei",       "juni",     "juli",     "augustus",
                                  "september", "oktober",  "november", "december"};
constexpr std::array kEnglishMonths{"January",   "February", "March",    "April",
                                    "May",       "June",     "July",     "August",
                                    "September", "October",  "November", "December"};

template <typename Months> std::string formatDate(const Months &months, Date day, Date reference)
{
    std::string text = std::to_string(day.day()) + " " + months[size_t(day.month() - 1)];
    if (day.year() != reference.year()) {
        text += " " + std::to_string(day.year());
    }
    return text;
}

} // namespace

std::string dutchDate(Date day, Date reference)
{
    return formatDate(kDutchMonths, day, reference);
}

std::string englishDate(Date day, Date reference)
{
    return formatDate(kEnglishMonths, day, reference);
}

std::string dutchDays(int days)
{
    return std::to_string(days) + (days == 1 ? " dag" : " dagen");
}

std::string englishDays(int days)
{
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

std::string capitalised(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
        text[0] = char(text[0] - 'a' + 'A');
    }
    return text;
}

} // namespace ronde::wording
