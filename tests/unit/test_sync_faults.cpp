// Sync under faults, on real files: 200 rounds of random trouble while the office moves
// detainees between two facilities, then every replica must hold what its facility has,
// nothing written may be missing or counted as sent when it was refused, and the server
// holds each event once.
#include "client/tablet_sync.h"
#include "demo/demo.h"
#include "protocol/wire.h"
#include "server/event_cache.h"
#include "server/log_tail.h"
#include "server/registry_cache.h"
#include "server/sync_service.h"
#include "store/store.h"
#include "store_fixture.h"
#include "util/local_time.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
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
    std::string facility;
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
    o.facilities = 2;
    o.detaineesPerFacility = 10;
    generateDemo(*central, o);
    std::vector<std::string> facilities;
    for (const Facility &f : central->registry().facilities()) {
        facilities.push_back(f.id);
    }
    ASSERT_EQ(facilities.size(), 2u);
    // Pulls through a cache, a log tail and the registries as on the real server; a restarted
    // server starts with empty ones.
    auto pulled = std::make_unique<EventCache>(100);
    auto tail = std::make_unique<LogTail>(60);
    auto registries = std::make_unique<RegistryCache>();
    auto service = std::make_unique<SyncService>(*central, SyncLimits{5'000, 25}, pulled.get(),
                                                 tail.get(), registries.get());
    service->sequenceUnloggedEvents();

    // Two tablets in each facility; clocks three days behind, right, and ahead.
    std::vector<Tablet> tablets(4);
    const int64_t offsets[] = {-3 * kDay, 0, 3 * kDay, 0};
    for (size_t i = 0; i < tablets.size(); ++i) {
        tablets[i].facility = facilities[i % 2];
        tablets[i].file = freshFile("tablet" + std::to_string(i));
        tablets[i].clockOffset = offsets[i];
        tablets[i].open(now);
        TabletSync tablet(*tablets[i].store);
        const EnrolResponse e = service->enrol(
            tablet.enrolRequest(service->createEnrolmentCode(tablets[i].facility, "t"), "t"));
        tablet.saveEnrolment(
            {"http://test", e.deviceId, e.secret, e.facilityId, {}, e.pinPublicKey});
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
    std::map<std::string, size_t> writtenOn; // event id → the tablet that wrote it
    int faults = 0;
    int moves = 0;

    for (int round = 0; round < 200; ++round) {
        // The office moves a detainee to the other facility (the roster import's upsert).
        if (pick(5) == 0) {
            const std::string from = facilities[size_t(pick(2))];
            auto present = central->registry().detainees(from);
            std::erase_if(present, [](const Detainee &d) { return d.dischargedOn.has_value(); });
            if (!present.empty()) {
                Detainee d = present[size_t(pick(int(present.size())))];
                d.facilityId = facilities[0] == from ? facilities[1] : facilities[0];
                d.unitId.clear();
                central->registry().upsert(d);
                ++moves;
            }
        }
        const size_t which = size_t(pick(int(tablets.size())));
        Tablet &t = tablets[which];
        TabletSync client(*t.store);
        // Offline work first (once the tablet knows its detainees).
        const auto detainees = t.store->registry().detainees(t.facility);
        std::string mentor;
        for (const User &u : t.store->registry().users(t.facility)) {
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
                const std::string id = t.store->events().record(c).header.id;
                written.insert(id);
                writtenOn[id] = which;
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
            pulled = std::make_unique<EventCache>(100);
            tail = std::make_unique<LogTail>(60);
            registries = std::make_unique<RegistryCache>();
            service = std::make_unique<SyncService>(*central, SyncLimits{5'000, 25}, pulled.get(),
                                                    tail.get(), registries.get());
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
                if (client.finished(request, answer)) {
                    break;
                }
            }
            EXPECT_EQ(client.pending(), 0);
        }
    }

    EXPECT_GT(moves, 20);
    const auto atServer = ids(*central, "SELECT id FROM events");
    // Nothing lost, nothing refused counted as sent: each record is on the server, or set
    // aside on the tablet that wrote it, with a reason (a tablet whose clock runs ahead
    // writes for days after a detainee left), never both and never neither.
    int refusedKept = 0;
    for (const std::string &id : written) {
        Store &writer = *tablets[writtenOn[id]].store;
        const auto refused = writer.outbox().refused();
        const bool setAside = std::any_of(refused.begin(), refused.end(), [&](const auto &r) {
            return r.eventId == id && !r.reason.empty();
        });
        refusedKept += setAside ? 1 : 0;
        EXPECT_NE(atServer.contains(id), setAside) << "lost, or refused and counted: " << id;
    }
    EXPECT_EQ(central->database().scalar("SELECT COUNT(*) FROM server_log"),
              central->database().scalar("SELECT COUNT(*) FROM events"))
        << "each event once in the server's stream";
    // Each tablet holds exactly its facility's detainees and their whole history, and beside
    // them only what it keeps for its own refused records.
    for (Tablet &t : tablets) {
        Statement &present = central->database().prepare(
            "SELECT id FROM detainees WHERE facility_id = ? AND (discharged_on IS NULL OR "
            "discharged_on >= ?)");
        present.bind(1, t.facility).bind(2, kToday.iso());
        std::set<std::string> expected;
        while (present.step()) {
            expected.insert(present.text(0));
        }
        present.reset();
        std::set<std::string> pinned, refusedIds;
        for (const RefusedChange &r : t.store->outbox().refused()) {
            pinned.insert(r.detaineeId);
            refusedIds.insert(r.eventId);
        }
        const std::set<std::string> held = ids(*t.store, "SELECT id FROM detainees");
        for (const std::string &detainee : held) {
            EXPECT_TRUE(expected.contains(detainee) || pinned.contains(detainee))
                << "a detainee the facility no longer has: " << detainee;
        }
        const auto events = ids(*t.store, "SELECT id FROM events");
        for (const std::string &detainee : expected) {
            EXPECT_TRUE(held.contains(detainee)) << "missing detainee " << detainee;
            const std::string history =
                "SELECT id FROM events WHERE detainee_id = '" + detainee + "'";
            for (const std::string &id : ids(*central, history.c_str())) {
                EXPECT_TRUE(events.contains(id)) << "history not on the tablet: " << id;
            }
        }
        for (const std::string &id : events) {
            EXPECT_TRUE(atServer.contains(id) || refusedIds.contains(id))
                << "held, but neither on the server nor refused: " << id;
        }
    }
    EXPECT_GT(written.size(), 100u);
    std::cout << written.size() << " written, " << refusedKept << " refused and kept, " << moves
              << " moves, " << faults << " faults\n";
}
