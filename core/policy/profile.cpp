#include "profile.h"

namespace ronde {

const std::vector<Profile> &allProfiles()
{
    static const std::vector<Profile> profiles = [] {
        Profile dbt2014;
        dbt2014.name = "dbt-2014"; // the seeds: DBT of 1 March 2014
        dbt2014.validFrom = *Date::fromCivil(2014, 3, 1);
        dbt2014.intakeDays = 14;
        dbt2014.mentorIntervalDays = 14;
        dbt2014.planTalkDays = 28;
        dbt2014.conceptPlanDays = 13;
        dbt2014.definitivePlanMonths = 1;
        dbt2014.reviewIntervalDays = 42;
        dbt2014.promotionGreenDays = 42;
        dbt2014.complaintDays = 7;
        dbt2014.appealDays = 7;
        dbt2014.reviewDomains = {"safety", "care", "reintegration"};

        Profile dbt2020 = dbt2014; // R6.6: the revision of 1 October 2020
        dbt2020.name = "dbt-2020";
        dbt2020.validFrom = *Date::fromCivil(2020, 10, 1);
        dbt2020.reviewDomains = {"reintegration", "stay"};
        return std::vector<Profile>{dbt2014, dbt2020};
    }();
    return profiles;
}

const Profile *findProfile(std::string_view name)
{
    for (const Profile &p : allProfiles()) {
        if (p.name == name) {
            return &p;
        }
    }
    return nullptr;
}

const Profile &defaultProfile()
{
    return allProfiles().front();
}

} // namespace ronde
