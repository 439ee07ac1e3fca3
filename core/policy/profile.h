#pragma once

#include "util/date.h"

#include <string>
#include <string_view>
#include <vector>

namespace ronde {

// R0.1: every deadline, interval and threshold is data of a named, dated profile, never a
// literal in logic.
struct Profile
{
    std::string name;
    Date validFrom;
    int intakeDays = 0;                     // R1.1
    int mentorIntervalDays = 0;             // R1.2
    int planTalkDays = 0;                   // R1.3
    int conceptPlanDays = 0;                // R3.1
    int definitivePlanMonths = 0;           // R3.2
    int reviewIntervalDays = 0;             // R3.3
    int promotionGreenDays = 0;             // R4.2 / R6.6
    int complaintDays = 0;                  // R6.1
    int appealDays = 0;                     // R6.2
    std::vector<std::string> reviewDomains; // R4.1 / R6.6
};

const std::vector<Profile> &allProfiles();
// Nothing when the name is unknown.
const Profile *findProfile(std::string_view name);
const Profile &defaultProfile();

} // namespace ronde
