#pragma once

#include "util/date.h"

#include <cstdint>
#include <functional>
#include <string>

namespace ronde {

class Store;

// Every demo user signs in with this PIN.
constexpr const char *kDemoPin = "123456";

struct DemoOptions
{
    int facilities = 1;
    int detaineesPerFacility = 60;
    // People who may sign in, per facility: the 11 named staff, and as many more as asked
    // (visiting professionals, volunteers, mentors and casemanagers with made-up names), so
    // that sign-in can be tried with a real facility's 100–200.
    int staffPerFacility = 0;
    uint64_t seed = 2014;
    // The demo's history ends the day before this date, so that it looks current.
    Date today;
    // Called after each detainee with (done, total), for a progress display.
    std::function<void(int, int)> progress;
};

struct DemoSummary
{
    int facilities = 0;
    int units = 0;
    int users = 0;
    int detainees = 0;
    int64_t events = 0;
    std::string firstFacilityId;
};

// Fills a store with plausible, reproducible demo data: facilities (the first one a prison
// with two units), staff in every role, detainees admitted over the last five months, and
// their contacts, plans, reviews and decisions — mostly on time, some late, some missing,
// so that the rounds list has overdue work to show. Events arrive as synced history (no
// outbox rows). Everything for one facility is written in one transaction.
DemoSummary generateDemo(Store &store, const DemoOptions &options);

} // namespace ronde
