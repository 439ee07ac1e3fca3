#pragma once

#include "../support/postgres_test_database.h"
#include "model/problem.h"
#include "store/store.h"
#include "util/local_time.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>

enum class Backing
{
    File,
    Memory,
    Postgres
};

inline std::string backingName(const ::testing::TestParamInfo<Backing> &info)
{
    switch (info.param) {
    case Backing::File:
        return "File";
    case Backing::Memory:
        return "Memory";
    case Backing::Postgres:
        break;
    }
    return "Postgres";
}

// The same test sources build two binaries: the unit tests on SQLite (a file and memory), and
// the PostgreSQL suite (RONDE_TEST_ON_POSTGRES), which needs the server the CTest fixture
// starts.
inline std::vector<Backing> storeBackings()
{
#ifdef RONDE_TEST_ON_POSTGRES
    return {Backing::Postgres};
#else
    return {Backing::File, Backing::Memory};
#endif
}

// Where a central (server) store lives in the sync tests: in memory, or in PostgreSQL.
inline std::vector<Backing> centralBackings()
{
#ifdef RONDE_TEST_ON_POSTGRES
    return {Backing::Postgres};
#else
    return {Backing::Memory};
#endif
}

// Where tests that reopen a store or restart a server keep it: a file, or PostgreSQL.
inline Backing durableBacking()
{
#ifdef RONDE_TEST_ON_POSTGRES
    return Backing::Postgres;
#else
    return Backing::File;
#endif
}

inline std::string currentTestName()
{
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::replace(name.begin(), name.end(), '/', '-');
    return name;
}

// A store with one prison, one unit, staff in several roles and one detainee admitted on
// 2026-01-05, on a real temporary SQLite file, in memory, or in a fresh PostgreSQL database
// (the test's parameter). The clock is a variable the test can move.
class StoreTest : public ::testing::TestWithParam<Backing>
{
protected:
    void SetUp() override
    {
        const std::string name = currentTestName();
        if (GetParam() == Backing::Postgres) {
            m_postgres = std::make_unique<PostgresTestDatabase>(name);
            m_path = m_postgres->uri();
        } else {
            m_path =
                GetParam() == Backing::Memory
                    ? std::filesystem::path(":memory:")
                    : std::filesystem::temp_directory_path() /
                          ("ronde-test-" + std::to_string(::getpid()) + "-" + name + ".sqlite");
        }
        removeFiles();
        open();
        using namespace ronde;
        store().registry().upsert(Facility{"fac-1", "PI Test", FacilityKind::Prison, "dbt-2014"});
        store().registry().upsert(Unit{"unit-a", "fac-1", "Afdeling A"});
        for (const auto &[id, role] :
             {std::pair{"mentor-1", Role::Mentor}, std::pair{"cm-1", Role::CaseManager},
              std::pair{"gem-1", Role::Municipality}, std::pair{"vol-1", Role::Volunteer},
              std::pair{"dir-1", Role::Director}}) {
            User u;
            u.id = id;
            u.facilityId = "fac-1";
            u.name = std::string("Naam ") + id;
            u.role = role;
            store().registry().upsert(u);
        }
        Detainee d;
        d.id = "det-1";
        d.facilityId = "fac-1";
        d.unitId = "unit-a";
        d.number = "0100001";
        d.name = "Jan de Vries";
        d.admittedOn = day("2026-01-05");
        store().registry().upsert(d);
    }

    void TearDown() override
    {
        m_store.reset();
        removeFiles();
    }

    void open(ronde::StoreRole role = ronde::StoreRole::Reporting)
    {
        m_store = std::make_unique<ronde::Store>(
            m_path.string(), [this] { return m_now; }, std::nullopt, role);
    }
    void reopen(ronde::StoreRole role = ronde::StoreRole::Reporting)
    {
        m_store.reset();
        open(role);
    }
    ronde::Store &store() { return *m_store; }

    static ronde::Date day(const char *iso) { return ronde::Date::parseIso(iso).value(); }
    static int64_t at(const char *iso, int hour = 10)
    {
        return ronde::utcFromAmsterdam({day(iso), hour * 60});
    }

    static ronde::Contact mentorTalk(const char *iso)
    {
        ronde::Contact c;
        c.header.detaineeId = "det-1";
        c.header.authorId = "mentor-1";
        c.header.occurredAtMs = at(iso);
        c.roles = {ronde::Role::Mentor};
        c.kind = ronde::ContactKind::MentorTalk;
        return c;
    }

    int64_t rows(const char *table)
    {
        return store().database().scalar(std::string("SELECT COUNT(*) FROM ") + table);
    }

    // Runs a write that must be refused; checks it names the right problem and field and
    // that no event table changed.
    template <typename Write>
    void expectRefused(Write write, ronde::ProblemCode code, const std::string &field)
    {
        const auto count = [&] {
            int64_t total = 0;
            for (const char *table : {"events", "contacts", "reviews", "review_lights", "plans",
                                      "decisions", "complaints", "questionnaires",
                                      "questionnaire_answers", "questionnaire_ratings", "outbox"}) {
                total += rows(table);
            }
            return total;
        };
        const int64_t before = count();
        try {
            write();
            ADD_FAILURE() << "write was accepted";
        } catch (const ronde::ValidationError &e) {
            EXPECT_EQ(e.problem().code, code) << e.what();
            EXPECT_EQ(e.problem().field, field) << e.what();
        }
        EXPECT_EQ(count(), before) << "a refused write changed the database";
    }

    int64_t m_now = at("2026-03-01", 12);
    std::filesystem::path m_path;

private:
    void removeFiles()
    {
        if (GetParam() != Backing::File) {
            return;
        }
        for (const char *suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(m_path.string() + suffix);
        }
    }
    std::unique_ptr<PostgresTestDatabase> m_postgres;
    std::unique_ptr<ronde::Store> m_store;
};
