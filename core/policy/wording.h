#pragma once

#include "util/date.h"

#include <string>

// How policy reasons say dates and day counts, in Dutch and English. The year is added only
// when it differs from the reference (as-of) date's year.
namespace ronde::wording {

std::string dutchDate(Date day, Date reference);
std::string englishDate(Date day, Date reference);
std::string dutchDays(int days);   // "1 dag", "4 dagen"
std::string englishDays(int days); // "1 day", "4 days"
// "Intake" from "intake": reasons start a sentence with a subject.
std::string capitalised(std::string text);

} // namespace ronde::wording
