// The national R5 report over 30 facilities, 10,000 detainees and 2,000,000 contacts (issue
// #6 target: < 1 s), on SQLite and, when a PostgreSQL server is given, on PostgreSQL.
// Usage: ronde_bench_report [SQLITE_FILE]; RONDE_TEST_POSTGRES=DIR adds PostgreSQL (the
// directory of tests/postgres/cluster, as scripts/bench sets it), or
// RONDE_BENCH_POSTGRES_URI=postgresql://… measures (and first loads) that database instead.
#include "../support/postgres_test_database.h"
#include "report/report.h"
#include "store/report_facts.h"
#include "store/report_queries.h"
#include "store/store.h"
#include "util/local_time.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>

namespace {

using namespace ronde;

constexpr int kFacilities = 30;
constexpr int kDetainees = 10'000;
constexpr int kContacts = 2'000'000;
const Date kToday = *Date::fromCivil(2026, 11, 22);

// Rows go in as multi-row INSERTs of literal values, a thousand at a time: the same text for
// both engines, and fast enough to load two million rows in a bench.
class BulkInsert
{
public:
    BulkInsert(Database &db, std::string head)
        : m_db(db)
        , m_head(std::move(head))
    {}
    ~BulkInsert() { flush(); }
    void add(const std::string &values)
    {
        m_sql += (m_rows++ ? "," : "") + ("(" + values + ")");
        if (m_rows == 1000) {
            flush();
        }
    }
    void flush()
    {
        if (m_rows) {
            m_db.exec(m_head + " VALUES " + m_sql);
        }
        m_sql.clear();
        m_rows = 0;
    }

private:
    Database &m_db;
    std::string m_head;
    std::string m_sql;
    int m_rows = 0;
};

std::string quoted(const std::string &text)
{
    return "'" + text + "'";
}

void load(Store &store)
{
    Database &db = store.database();
    std::mt19937 random(30);
    Transaction tx(db);
    const Role roles[] = {Role::CaseManager, Role::Mentor,       Role::Municipality,
                          Role::Probation,   Role::CareProvider, Role::Volunteer};
    for (int f = 0; f < kFacilities; ++f) {
        const std::string id = "fac-" + std::to_string(f);
        store.registry().upsert(Facility{id, "PI " + std::to_string(f), FacilityKind::Prison,
                                         f % 5 == 4 ? "dbt-2020" : "dbt-2014"});
        store.registry().upsert(Unit{id + "-a", id, "A"});
        for (Role role : roles) {
            User u;
            u.id = id + "-" + std::string(nameOf(role));
            u.facilityId = id;
            u.name = u.id;
            u.role = role;
            store.registry().upsert(u);
        }
    }
    {
        BulkInsert detainees(db, "INSERT INTO detainees (id, facility_id, unit_id, number, name, "
                                 "admitted_on, discharged_on)");
        for (int d = 0; d < kDetainees; ++d) {
            const std::string facility = "fac-" + std::to_string(d % kFacilities);
            const Date admitted = kToday.plusDays(-int(random() % 700) - 1);
            const bool left = random() % 10 < 3;
            const Date discharged =
                std::min(kToday.plusDays(-1), admitted.plusDays(int(random() % 300) + 10));
            detainees.add(quoted("det-" + std::to_string(d)) + "," + quoted(facility) + "," +
                          quoted(facility + "-a") + "," + quoted(std::to_string(d)) + "," +
                          quoted("Gedetineerde " + std::to_string(d)) + "," +
                          quoted(admitted.iso()) + "," +
                          (left ? quoted(discharged.iso()) : std::string("NULL")));
        }
    }
    // Each detainee's one stay, as the registry would keep it (the report counts stays).
    db.exec("INSERT INTO stays (detainee_id, facility_id, from_on, to_on, arrival, departure) "
            "SELECT id, facility_id, admitted_on, discharged_on, 'admission', CASE WHEN "
            "discharged_on IS NULL THEN NULL ELSE 'discharge' END FROM detainees");
    // Contacts spread over each stay: mostly mentor talks, then the other roles.
    {
        BulkInsert events(db, "INSERT INTO events (id, type, detainee_id, author_id, "
                              "occurred_at, occurred_on, recorded_at, hlc)");
        BulkInsert contacts(db, "INSERT INTO contacts (event_id, roles, kind, mode, topics, "
                                "satisfaction)");
        Statement &stay = db.prepare("SELECT id, facility_id, admitted_on, discharged_on FROM "
                                     "detainees ORDER BY id");
        struct Stay
        {
            std::string id, facility;
            Date from, to;
        };
        std::vector<Stay> stays;
        while (stay.step()) {
            stays.push_back({stay.text(0), stay.text(1), *Date::parseIso(stay.text(2)),
                             stay.isNull(3) ? kToday.plusDays(-1) : *Date::parseIso(stay.text(3))});
        }
        stay.reset();
        for (int c = 0; c < kContacts; ++c) {
            const Stay &s = stays[size_t(c) % stays.size()];
            const Date day = s.from.plusDays(int(random() % uint32_t(s.to - s.from + 1)));
            const int64_t at = utcFromAmsterdam({day, 600 + int(random() % 400)});
            const Role role = random() % 3 ? Role::Mentor : roles[random() % 6];
            const char *kind = role == Role::Mentor ? "mentorTalk"
                               : random() % 8 == 0  ? "planTalk"
                                                    : "other";
            const std::string id = "c-" + std::to_string(c);
            events.add(quoted(id) + ",'contact'," + quoted(s.id) + "," +
                       quoted(s.facility + "-" + std::string(nameOf(role))) + "," +
                       std::to_string(at) + "," + quoted(day.iso()) + "," + std::to_string(at) +
                       "," + std::to_string(at << 16));
            const auto satisfaction = random() % 7;
            contacts.add(quoted(id) + "," + std::to_string(RoleSet::bit(role)) + ",'" + kind +
                         "','inPerson'," + std::to_string(random() % 128) + "," +
                         (satisfaction ? std::to_string(std::min<unsigned long>(satisfaction, 5))
                                       : std::string("NULL")));
            if (c % 200'000 == 0) {
                std::fprintf(stderr, "  %d%% geladen\n", c / 20'000);
            }
        }
    }
    tx.commit();
}

double millisecondsOf(const std::function<void()> &work)
{
    std::vector<double> runs;
    for (int i = 0; i < 3; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        runs.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(runs.begin(), runs.end());
    return runs[1];
}

void measure(const char *engine, Store &store)
{
    Database &db = store.database();
    if (db.scalar("SELECT COUNT(*) FROM contacts") < kContacts) {
        std::fprintf(stderr, "%s: laden (%d inrichtingen, %d gedetineerden, %d contacten)...\n",
                     engine, kFacilities, kDetainees, kContacts);
        load(store);
        // The rows went in as plain SQL, past the repository that keeps the report's facts.
        const auto start = std::chrono::steady_clock::now();
        rebuildReportFacts(db);
        std::printf(
            "%s: report facts built from 2M events in %.1f s\n", engine,
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        // Both engines plan better with statistics; PostgreSQL's index-only scans need its
        // visibility map as well.
        db.exec(db.dialect() == SqlDialect::PostgreSQL ? "VACUUM ANALYZE" : "ANALYZE");
    }
    ReportScope quarter{"", "", kToday.plusDays(-91), kToday.plusDays(-1), 5};
    const double figures = millisecondsOf([&] { (void)computeFigures(store, quarter); });
    const double withTrend = millisecondsOf([&] { (void)buildReport(store, quarter); });
    ReportScope one = quarter;
    one.facilityId = "fac-3";
    const double facility = millisecondsOf([&] { (void)computeFigures(store, one); });
    std::printf("%s: national figures for a quarter %.0f ms; with the monthly trend (4 months) "
                "%.0f ms; one facility %.0f ms (median of 3)\n",
                engine, figures, withTrend, facility);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    const std::string file =
        argc > 1 ? argv[1]
                 : (std::filesystem::temp_directory_path() / "ronde-bench-report.sqlite").string();
    {
        Store sqlite(file);
        measure("SQLite", sqlite);
    }
    if (const char *uri = std::getenv("RONDE_BENCH_POSTGRES_URI")) {
        Store postgres(uri); // a database kept between runs: loaded once, measured often
        measure("PostgreSQL", postgres);
    } else if (std::getenv("RONDE_TEST_POSTGRES")) {
        PostgresTestDatabase database("bench_report");
        Store postgres(database.uri());
        measure("PostgreSQL", postgres);
    }
    return 0;
}
