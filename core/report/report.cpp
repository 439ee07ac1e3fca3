#include "report.h"

#include "policy/evaluation.h"

namespace ronde {

ComplianceClass complianceClassOf(const Obligation &o)
{
    const bool recurring = isRecurring(o.rule);
    switch (o.status) {
    case Status::Met:
        return ComplianceClass::OnTime;
    case Status::MetLate:
        return ComplianceClass::Late;
    case Status::Overdue:
        return ComplianceClass::Overdue;
    case Status::Due:
        if (!recurring) {
            return ComplianceClass::Open;
        }
        return o.lateIntervals > 0 ? ComplianceClass::Late : ComplianceClass::OnTime;
    case Status::NotApplicable:
        break;
    }
    return ComplianceClass::NotApplicable;
}

int64_t ratingCount(const std::array<int64_t, 5> &distribution)
{
    int64_t total = 0;
    for (int64_t n : distribution) {
        total += n;
    }
    return total;
}

double ratingMean(const std::array<int64_t, 5> &distribution)
{
    int64_t sum = 0;
    for (size_t i = 0; i < distribution.size(); ++i) {
        sum += int64_t(i + 1) * distribution[i];
    }
    const int64_t n = ratingCount(distribution);
    return n ? double(sum) / double(n) : 0.0;
}

bool MonthFigures::whole() const
{
    return from.day() == 1 && to.day() == daysInMonth(to.year(), to.month());
}

int64_t RoleSatisfaction::count() const
{
    return ratingCount(distribution);
}

double RoleSatisfaction::mean() const
{
    return ratingMean(distribution);
}

int64_t RoleViews::ratingCount() const
{
    return ronde::ratingCount(ratings);
}

double RoleViews::ratingMean() const
{
    return ronde::ratingMean(ratings);
}

const std::vector<Role> &reportRoles()
{
    // The six professionals, in one order with R7.5's roles (report and PDF pair them by place).
    static const std::vector<Role> roles(kProfessionalRoles.begin(), kProfessionalRoles.end());
    return roles;
}

} // namespace ronde
