// Sync under faults, on real files: 200 rounds of random trouble, then every replica must
// hold the same events, nothing written may be missing, and the server holds each once.
#include "client/tablet_sync.h"
#include "demo/demo.h"
#include "protocol/wire.h"
#include "server/sync_service.h"
#include "store/store.h"
#include "store_fixture.h"
#include "util/local_time.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <random>
#include <set>

using namespace ronde;
using namespace ronde::sync;

namespace {

const Date kToday = *Date::fromCivil(2026, 11, 22);
constexpr int64_t kDay = 86'400'000;

std::filesystem::path freshFile(const std::string &name)
{
    const auto path = std::filesystem::temp_directory_path() /
                      ("ronde-faults-" + std::to_string(::getpid()) + "-" + name + ".sqlite");
    for (const char *suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path.string() + suffix);
    }
    return path;
}

struct Tablet
{
    std::filesystem::path file;
    int64_t clockOffset = 0; // its clock is wrong by this much
    std::unique_ptr<Store> store;
    void open(int64_t now)
    {
        store = std::make_unique<Store>(file.string(), [this, now] { return now + clockOffset; });
    }
};

std::set<std::string> ids(Store &store, const char *sql)
{
    std::set<std::string> out;
    Statement &row = store.database().prepare(sql);
    while (row.step()) {
        out.insert(row.text(0));
    }
    return out;
}

} // namespace

// The central store on a file, or in the PostgreSQL suite on PostgreSQL.
class SyncFaults : public ::testing::TestWithParam<Backing>
{};
INSTANTIATE_TEST_SUITE_P(, SyncFaults, ::testing::Values(durableBacking()), backingName);

TEST_P(SyncFaults, TwoHundredRoundsOfTroubleLoseAndDuplicateNothing)
{
    const int64_t now = utcFromAmsterdam({kToday, 12 * 60});
    std::unique_ptr<PostgresTestDatabase> postgres;
    std::string centralFile = freshFile("central").string();
    if (GetParam() == Backing::Postgres) {
        postgres = std::make_unique<PostgresTestDatabase>("faults");
        centralFile = postgres->uri();
    }
    auto central = std::make_unique<Store>(centralFile, [now] { return now; });
    DemoOptions o;
    o.today = kToday;
    o.detaineesPerFacility = 10;
    const std::string facility = generateDemo(*central, o).firstFacilityId;
    auto service = std::make_unique<SyncService>(*central, SyncLimits{5'000, 25});
    service->sequenceUnloggedEvents();

    std::vector<Tablet> tablets(3);
    const int64_t offsets[] = {-3 * kDay, 0, 3 * kDay};
    for (size_t i = 0; i < tablets.size(); ++i) {
        tablets[i].file = freshFile("tablet" + std::to_string(i));
        tablets[i].clockOffset = offsets[i];
        tablets[i].open(now);
        const EnrolResponse e = service->enrol({service->createEnrolmentCode(facility, "t"), "t"});
        TabletSync(*tablets[i].store)
            .saveEnrolment({"http://test", e.deviceId, e.secret, e.facilityId, {}});
    }

    std::mt19937_64 random(20261122);
    auto pick = [&](int n) { return int(random() % uint64_t(n)); };
    auto exchange = [&](const SyncRequest &request) {
        SyncRequest onServer;
        decode(encode(request), onServer);
        SyncResponse answer;
        decode(encode(service->sync(onServer)), answer);
        return answer;
    };
    std::set<std::string> written;
    int faults = 0;

    for (int round = 0; round < 200; ++round) {
        Tablet &t = tablets[size_t(pick(int(tablets.size())))];
        TabletSync client(*t.store);
        // Offline work first (once the tablet knows its detainees).
        const auto detainees = t.store->registry().detainees(facility);
        std::string mentor;
        for (const User &u : t.store->registry().users(facility)) {
            if (u.role == Role::Mentor) {
                mentor = u.id;
            }
        }
        for (int k = pick(4); k > 0 && !detainees.empty() && !mentor.empty(); --k) {
            Contact c;
            c.header.detaineeId = detainees[size_t(pick(int(detainees.size())))].id;
            c.header.authorId = mentor;
            c.header.occurredAtMs = now + t.clockOffset - pick(600) * 60'000;
            c.roles = {Role::Mentor};
            c.kind = ContactKind::MentorTalk;
            if (c.header.occurredAtMs >=
                utcFromAmsterdam(
                    {t.store->registry().detainee(c.header.detaineeId)->admittedOn, 0})) {
                written.insert(t.store->events().record(c).header.id);
            }
        }

        const SyncRequest request = client.nextRequest(size_t(1 + pick(8)));
        switch (pick(6)) {
        case 0: // the answer is lost on the way back
            exchange(request);
            ++faults;
            break;
        case 1: // the same request arrives twice
            exchange(request);
            client.apply(request, exchange(request));
            ++faults;
            break;
        case 2: { // the tablet is killed after pulling, before committing
            exchange(request);
            t.store.reset();
            t.open(now);
            ++faults;
            break;
        }
        case 3: { // the server is killed between requests and starts again
            service.reset();
            central.reset();
            central = std::make_unique<Store>(centralFile, [now] { return now; });
            service = std::make_unique<SyncService>(*central, SyncLimits{5'000, 25});
            client.apply(request, exchange(request));
            ++faults;
            break;
        }
        default:
            client.apply(request, exchange(request));
        }
    }
    EXPECT_GT(faults, 100);

    // Docked at last, with no trouble: everyone drains.
    for (int pass = 0; pass < 2; ++pass) {
        for (Tablet &t : tablets) {
            TabletSync client(*t.store);
            for (int i = 0; i < 200; ++i) {
                const SyncRequest request = client.nextRequest(500);
                const SyncResponse answer = exchange(request);
                client.apply(request, answer);
                if (!answer.more && client.pending() == 0) {
                    break;
                }
            }
            EXPECT_EQ(client.pending(), 0);
        }
    }

    const auto atServer = ids(*central, "SELECT id FROM events");
    for (const std::string &id : written) {
        EXPECT_TRUE(atServer.contains(id)) << "lost: " << id;
    }
    EXPECT_EQ(central->database().scalar("SELECT COUNT(*) FROM server_log"),
              central->database().scalar("SELECT COUNT(*) FROM events"));
    const auto first = ids(*tablets[0].store, "SELECT id FROM events");
    for (Tablet &t : tablets) {
        EXPECT_EQ(ids(*t.store, "SELECT id FROM events"), first) << "replicas differ";
    }
    for (const std::string &id : written) {
        EXPECT_TRUE(first.contains(id)) << "not on the tablets: " << id;
    }
    EXPECT_GT(written.size(), 100u);
}
