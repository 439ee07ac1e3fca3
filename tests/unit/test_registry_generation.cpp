// A facility's registry generation (RegistryRepository::generation) changes with every change
// of what its tablets get as their registry, made through any connection, and with nothing
// else: the server keeps a facility's registry while it is unchanged (RegistryCache). Also
// that the office's change of a user leaves what another connection changed meanwhile. On a
// file, or in the PostgreSQL suite on PostgreSQL.
#include "server/registry_cache.h"
#include "store/server_log.h"
#include "store/store.h"
#include "store_fixture.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

using namespace ronde;
using ronde::sync::FacilityRegistry;
using ronde::sync::RegistryCache;

class RegistryGenerationTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        store().registry().upsert(Facility{"fac-2", "PI Ander", FacilityKind::Prison, "dbt-2014"});
        store().registry().upsert(Unit{"unit-b", "fac-2", "Afdeling B"});
    }

    // Whether `change`, made through a connection of its own (as another process makes it),
    // gives each facility a new generation.
    std::pair<bool, bool> changes(const std::function<void(Store &)> &change)
    {
        const int64_t first = store().registry().generation("fac-1");
        const int64_t second = store().registry().generation("fac-2");
        {
            Store other(m_path.string(), [this] { return m_now; });
            change(other);
        }
        for (const char *facility : {"fac-1", "fac-2"}) {
            EXPECT_EQ(generationWithTheLogsBound(facility), store().registry().generation(facility))
                << facility;
        }
        return {store().registry().generation("fac-1") != first,
                store().registry().generation("fac-2") != second};
    }

    // What a docking reads with its log's bound instead (LogBound::registryGeneration).
    int64_t generationWithTheLogsBound(const std::string &facility)
    {
        ReadSnapshot snapshot = store().readSnapshot();
        return store().serverLog().bound(facility, 0).registryGeneration;
    }
};

INSTANTIATE_TEST_SUITE_P(, RegistryGenerationTest, ::testing::Values(durableBacking()),
                         backingName);

TEST_P(RegistryGenerationTest, EveryChangeOfATabletsRegistryChangesItsFacilitysGeneration)
{
    using Changed = std::pair<bool, bool>; // fac-1, fac-2
    EXPECT_EQ(
        changes([](Store &s) {
            s.registry().upsert(Facility{"fac-1", "PI Nieuw", FacilityKind::Prison, "dbt-2014"});
        }),
        Changed(true, false))
        << "the facility's name";
    EXPECT_EQ(changes([](Store &s) {
                  s.registry().upsert(Unit{"unit-c", "fac-1", "Afdeling C"});
              }),
              Changed(true, false))
        << "a unit";
    EXPECT_EQ(changes([](Store &s) {
                  User u = *s.registry().user("vol-1");
                  u.active = false;
                  s.registry().upsert(u);
              }),
              Changed(true, false))
        << "a user made inactive";
    EXPECT_EQ(changes([](Store &s) { s.registry().setOrganisation("vol-1", "Humanitas"); }),
              Changed(true, false))
        << "a visitor's organisation";
    EXPECT_EQ(changes([](Store &s) { s.registry().setPinHash("mentor-1", "$argon2id$x"); }),
              Changed(true, false))
        << "a PIN";
    EXPECT_EQ(changes([](Store &s) {
                  Detainee d = *s.registry().detainee("det-1");
                  d.id = "det-2";
                  d.number = "0100002";
                  s.registry().upsert(d);
              }),
              Changed(true, false))
        << "a detainee admitted";
    EXPECT_EQ(changes([](Store &s) {
                  Detainee d = *s.registry().detainee("det-2");
                  d.exclusions = {{ExclusionGround::Jmc, day("2026-01-05"), std::nullopt}};
                  s.registry().upsert(d);
              }),
              Changed(true, false))
        << "an exclusion";
    EXPECT_EQ(changes([](Store &s) { s.registry().assign("vol-1", "det-2"); }),
              Changed(true, false))
        << "an assignment";
    EXPECT_EQ(changes([](Store &s) { s.registry().assignMentor("mentor-1", "det-2"); }),
              Changed(true, false))
        << "a mentor in the place of another";
    EXPECT_EQ(changes([](Store &s) { s.registry().clearAssignments(); }), Changed(true, false))
        << "the assignments gone";
    EXPECT_EQ(changes([](Store &s) {
                  s.registry().transfer("det-2", "fac-2", "unit-b", day("2026-02-01"));
              }),
              Changed(true, true))
        << "a transfer: both facilities";
    EXPECT_EQ(changes([](Store &s) {
                  s.registry().upsert(Unit{"unit-d", "fac-2", "Afdeling D"});
              }),
              Changed(false, true))
        << "a unit of the other facility";
    EXPECT_EQ(
        changes([](Store &s) {
            s.registry().upsert(Facility{"fac-2", "PI Ander", FacilityKind::Prison, "dbt-2019"});
        }),
        Changed(false, true))
        << "the other facility's profile";
    EXPECT_EQ(changes([](Store &s) {
                  User u = *s.registry().user("gem-1");
                  u.facilityId = "fac-2";
                  s.registry().upsert(u);
              }),
              Changed(true, true))
        << "a user who moves to the other facility";
    EXPECT_EQ(changes([](Store &s) {
                  Detainee d = *s.registry().detainee("det-1");
                  d.dischargedOn = day("2026-02-20");
                  s.registry().upsert(d);
              }),
              Changed(true, false))
        << "a discharge";

    // What tablets record is no change of the registry: the registry stays held while they
    // push.
    EXPECT_EQ(changes([](Store &s) {
                  Contact talk = mentorTalk("2026-02-10");
                  const std::string id = s.events().record(talk).header.id;
                  Transaction tx = s.transaction();
                  s.serverLog().holdSequenceLocksFor({"det-1"}, "fac-1");
                  s.serverLog().append({id}, "dev-x");
                  tx.commit();
              }),
              Changed(false, false))
        << "a talk recorded and numbered";
}

// RegistryRepository::holdNames: an administrator's check that a name is free and the write
// that takes it stay together when another process does the same (two `user add` of one name
// at once). The second waits at its hold until the first has committed. On SQLite the write
// transaction waits already; on PostgreSQL it is the advisory lock (without it, the second
// passes at once and the test fails).
TEST_P(RegistryGenerationTest, HeldNamesKeepAnotherWriterWaitingUntilTheCommit)
{
    for (const std::string facility : {"fac-1", ""}) { // a facility's staff, the facilities
        std::atomic<bool> held = false;
        std::atomic<bool> committed = false;
        std::thread first([&] {
            Transaction tx = store().transaction();
            store().registry().holdNames(facility);
            store().registry().facilities(); // the check that the name is free (PostgreSQL
            held = true;                     // sends the hold with this statement)
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            committed = true;
            tx.commit();
        });
        while (!held) {
            std::this_thread::yield();
        }
        {
            Store other(m_path.string(), [this] { return m_now; });
            Transaction tx = other.transaction();
            other.registry().holdNames(facility);
            other.registry().facilities();
            EXPECT_TRUE(committed) << "'" << facility << "' was not held";
            tx.commit();
        }
        first.join();
    }
}

// The cache gives what it holds only for the generation and the retention it was built for.
TEST(RegistryCache, BuildsAgainForAnotherGenerationOrRetention)
{
    RegistryCache cache;
    int builds = 0;
    const auto build = [&builds] {
        FacilityRegistry r;
        r.snapshot.version = ++builds;
        return r;
    };
    const Date from = Date::parseIso("2026-01-01").value();
    EXPECT_EQ(cache.get("fac-1", 7, from, build)->snapshot.version, 1);
    EXPECT_EQ(cache.get("fac-1", 7, from, build)->snapshot.version, 1) << "held";
    EXPECT_EQ(cache.get("fac-2", 7, from, build)->snapshot.version, 2) << "per facility";
    EXPECT_EQ(cache.get("fac-1", 8, from, build)->snapshot.version, 3) << "a new generation";
    EXPECT_EQ(cache.get("fac-1", 8, from.plusDays(1), build)->snapshot.version, 4) << "a day later";
    EXPECT_EQ(builds, 4);
}

// The office's `user disable`, `enable` and `organisation` write through these, each its one
// field, instead of writing back the user they read (user.cpp): so what another connection
// changed meanwhile stays, a PIN a tablet's sync stored or another office command's change.
TEST_P(RegistryGenerationTest, EachOfficeChangeOfAUserWritesItsOwnFieldOnly)
{
    ASSERT_TRUE(store().registry().user("vol-1")->active);
    {
        Store elsewhere(m_path.string(), [this] { return m_now; });
        elsewhere.registry().setPinHash("vol-1", "$argon2id$meanwhile");
        elsewhere.registry().setActive("vol-1", false);
    }
    store().registry().setOrganisation("vol-1", "Humanitas Zwolle");
    User stored = *store().registry().user("vol-1");
    EXPECT_FALSE(stored.active) << "disabled meanwhile";
    EXPECT_EQ(stored.organisation, "Humanitas Zwolle");
    EXPECT_EQ(stored.pinHash, "$argon2id$meanwhile");

    {
        Store elsewhere(m_path.string(), [this] { return m_now; });
        elsewhere.registry().setOrganisation("vol-1", "Humanitas Deventer");
    }
    store().registry().setActive("vol-1", true);
    stored = *store().registry().user("vol-1");
    EXPECT_TRUE(stored.active);
    EXPECT_EQ(stored.organisation, "Humanitas Deventer");
    EXPECT_EQ(stored.pinHash, "$argon2id$meanwhile");
}
