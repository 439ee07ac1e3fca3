#include "demo/demo.h"
#include "store/store.h"

#include <gtest/gtest.h>
#include <set>

using namespace ronde;

namespace {

const Date kToday = *Date::fromCivil(2026, 11, 22);

DemoOptions options(uint64_t seed = 7)
{
    DemoOptions o;
    o.today = kToday;
    o.seed = seed;
    return o;
}

Clock fixedClock()
{
    return [] { return int64_t(kToday.daysSinceEpoch()) * 86'400'000 + 12 * 3'600'000; };
}

} // namespace

TEST(Demo, BuildsAPrisonWithTwoUnitsAndSixtyDetainees)
{
    Store store(":memory:", fixedClock());
    int lastProgress = 0;
    DemoOptions o = options();
    o.progress = [&](int done, int total) {
        EXPECT_EQ(done, lastProgress + 1);
        EXPECT_EQ(total, 60);
        lastProgress = done;
    };
    const DemoSummary summary = generateDemo(store, o);
    EXPECT_EQ(lastProgress, 60);
    EXPECT_EQ(summary.facilities, 1);
    EXPECT_EQ(summary.detainees, 60);
    const auto facility = store.registry().facility(summary.firstFacilityId);
    ASSERT_TRUE(facility);
    EXPECT_EQ(facility->kind, FacilityKind::Prison);
    EXPECT_EQ(store.registry().units(facility->id).size(), 2u);
    EXPECT_EQ(store.registry().detainees(facility->id).size(), 60u);
    EXPECT_EQ(store.outbox().size(), 0) << "demo history arrives as synced, not pending";

    std::set<Role> roles;
    for (const User &u : store.registry().users(facility->id)) {
        roles.insert(u.role);
    }
    for (Role r : {Role::Mentor, Role::CaseManager, Role::Municipality, Role::Probation,
                   Role::CareProvider, Role::Volunteer, Role::Director}) {
        EXPECT_TRUE(roles.contains(r)) << nameOf(r);
    }
}

TEST(Demo, HasWorkOnTimeLateAndMissingAndNothingInTheFuture)
{
    Store store(":memory:", fixedClock());
    const DemoSummary summary = generateDemo(store, options());
    int intakeOnTime = 0;
    int intakeLateOrMissing = 0;
    int contacts = 0;
    int rated = 0;
    int reviews = 0;
    for (const Detainee &d : store.registry().detainees(summary.firstFacilityId)) {
        std::optional<Date> intake;
        for (const Contact &c : store.events().contacts(d.id)) {
            ++contacts;
            rated += c.rated() ? 1 : 0;
            const Date day = Date::fromDays(int32_t(c.header.occurredAtMs / 86'400'000));
            EXPECT_LT(day, kToday);
            EXPECT_GE(day.plusDays(1), d.admittedOn);
            if (c.kind == ContactKind::Intake) {
                intake = day;
            }
        }
        reviews += int(store.events().reviews(d.id).size());
        if (kToday - d.admittedOn <= 14) {
            continue; // intake not yet due (R1.1)
        }
        if (intake && *intake - d.admittedOn <= 14) {
            ++intakeOnTime;
        } else {
            ++intakeLateOrMissing;
        }
    }
    EXPECT_GT(intakeOnTime, 20);
    EXPECT_GT(intakeLateOrMissing, 2);
    EXPECT_GT(contacts, 200);
    EXPECT_GT(rated, contacts / 3);
    EXPECT_GT(reviews, 20);
}

TEST(Demo, IsReproducibleForASeedAndDiffersAcrossSeeds)
{
    auto fingerprint = [](uint64_t seed) {
        Store store(":memory:", fixedClock());
        const DemoSummary summary = generateDemo(store, options(seed));
        std::string text = std::to_string(summary.events);
        for (const Detainee &d : store.registry().detainees(summary.firstFacilityId)) {
            text += "|" + d.id + d.name + d.admittedOn.iso();
        }
        return text;
    };
    EXPECT_EQ(fingerprint(11), fingerprint(11));
    EXPECT_NE(fingerprint(11), fingerprint(12));
}

TEST(Demo, ScalesToSeveralFacilities)
{
    Store store(":memory:", fixedClock());
    DemoOptions o = options();
    o.facilities = 3;
    o.detaineesPerFacility = 10;
    const DemoSummary summary = generateDemo(store, o);
    EXPECT_EQ(summary.facilities, 3);
    EXPECT_EQ(summary.detainees, 30);
    std::set<std::string> names;
    for (const Facility &f : store.registry().facilities()) {
        names.insert(f.name);
        EXPECT_EQ(store.registry().detainees(f.id).size(), 10u);
    }
    EXPECT_EQ(names.size(), 3u);
}
