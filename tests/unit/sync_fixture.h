#pragma once

// The fixture of the in-process sync tests (test_sync.cpp, test_sync_trust.cpp): a central
// store with the demo's two facilities, a sync service on it, and two tablets of the first
// facility, whose stores have a key as in the app. Everything goes through the real wire
// format. Instantiated once, in test_sync.cpp.
#include "client/tablet_sync.h"
#include "demo/demo.h"
#include "policy/profile.h"
#include "protocol/wire.h"
#include "server/event_cache.h"
#include "server/log_tail.h"
#include "server/registry_cache.h"
#include "server/sync_service.h"
#include "store/sign_in.h"
#include "store/store.h"
#include "store_fixture.h"
#include "util/local_time.h"
#include "util/pin_seal.h"
#include "util/secrets.h"

#include <gtest/gtest.h>

using namespace ronde;
using namespace ronde::sync;

inline const Date kToday = *Date::fromCivil(2026, 11, 22);

class SyncTest : public ::testing::TestWithParam<Backing>
{
protected:
    void SetUp() override
    {
        DemoOptions o;
        o.today = kToday;
        o.facilities = 2;
        o.detaineesPerFacility = 12;
        const DemoSummary summary = generateDemo(m_central, o);
        m_facility = summary.firstFacilityId;
        for (const Facility &f : m_central.registry().facilities()) {
            if (f.id != m_facility) {
                m_otherFacility = f.id;
            }
        }
        // The demo writes history without server sequence numbers; give them some.
        EXPECT_GT(m_service.sequenceUnloggedEvents(), 0);
        EXPECT_EQ(m_service.sequenceUnloggedEvents(), 0) << "only once";
    }

    Enrolment enrol(Store &tablet, const std::string &facility)
    {
        EnrolRequest request = TabletSync(tablet).enrolRequest(
            m_service.createEnrolmentCode(facility, "tablet"), "tablet");
        EnrolResponse response;
        decode(encode(m_service.enrol(request)), response);
        Enrolment e{
            "http://test",        response.deviceId, response.secret, response.facilityId, {},
            response.pinPublicKey};
        TabletSync(tablet).saveEnrolment(e);
        return e;
    }

    // One request/answer, both through encode/decode, as over the network.
    size_t roundTrip(Store &tablet, size_t maxChanges = 500, SyncService *service = nullptr)
    {
        TabletSync client(tablet);
        SyncRequest &request = m_lastRequest;
        decode(encode(client.nextRequest(maxChanges)), request);
        SyncResponse response;
        decode(encode((service ? *service : m_service).sync(request)), response);
        m_lastResponse = response;
        return client.apply(request, response);
    }

    void syncUntilDone(Store &tablet, SyncService *service = nullptr)
    {
        for (int i = 0; i < 100; ++i) {
            roundTrip(tablet, 500, service);
            if (TabletSync(tablet).finished(m_lastRequest, m_lastResponse)) {
                return;
            }
        }
        FAIL() << "sync did not drain";
    }

    // Both tablets enrolled in the facility and up to date; its detainees as A sees them.
    std::vector<Detainee> bothTabletsInSync()
    {
        enrol(m_tabletA, m_facility);
        enrol(m_tabletB, m_facility);
        syncUntilDone(m_tabletA);
        syncUntilDone(m_tabletB);
        return m_tabletA.registry().detainees(m_facility);
    }

    std::string userOf(Store &store, Role role)
    {
        for (const User &u : store.registry().users(m_facility)) {
            if (u.role == role) {
                return u.id;
            }
        }
        return {};
    }

    Contact talk(Store &tablet, const std::string &detaineeId, int minute,
                 std::optional<int> rating = std::nullopt)
    {
        Contact c;
        c.header.detaineeId = detaineeId;
        c.header.authorId = userOf(tablet, Role::Mentor);
        c.header.occurredAtMs = utcFromAmsterdam({kToday, 9 * 60 + minute});
        c.roles = {Role::Mentor};
        c.kind = ContactKind::MentorTalk;
        c.satisfaction = rating;
        return tablet.events().record(c);
    }

    // Both tablets in sync, then `count` talks saved on tablet A, over its facility's
    // detainees in turn: their ids, in the order saved.
    std::vector<std::string> talksOnTabletA(int count)
    {
        const std::vector<Detainee> detainees = bothTabletsInSync();
        std::vector<std::string> written;
        for (int i = 0; i < count; ++i) {
            written.push_back(
                talk(m_tabletA, detainees[size_t(i) % detainees.size()].id, i).header.id);
        }
        return written;
    }

    // Tablet A enrolled and up to date, with one contact of its own facility to push: the
    // request that carries it, and the contact's id. A test adds forged changes to it.
    struct OneGoodChange
    {
        SyncRequest request;
        std::string goodId;
    };
    OneGoodChange oneGoodChange()
    {
        enrol(m_tabletA, m_facility);
        syncUntilDone(m_tabletA);
        const auto mine = m_tabletA.registry().detainees(m_facility).front();
        const std::string good = talk(m_tabletA, mine.id, 1).header.id;
        return {TabletSync(m_tabletA).nextRequest(100), good};
    }

    std::set<std::string> eventIds(Store &store)
    {
        std::set<std::string> ids;
        Statement &row = store.database().prepare("SELECT id FROM events");
        while (row.step()) {
            ids.insert(row.text(0));
        }
        return ids;
    }

    std::set<std::string> facilityEventIds(Store &store, const std::string &facility)
    {
        std::set<std::string> ids;
        Statement &row = store.database().prepare(
            "SELECT e.id FROM events e JOIN detainees d ON d.id = e.detainee_id "
            "WHERE d.facility_id = ? AND (d.discharged_on IS NULL OR d.discharged_on >= ?)");
        row.bind(1, facility).bind(2, kToday.iso());
        while (row.step()) {
            ids.insert(row.text(0));
        }
        return ids;
    }

    Clock m_clock = [] { return utcFromAmsterdam({kToday, 12 * 60}); };
    std::unique_ptr<PostgresTestDatabase> m_postgres =
        GetParam() == Backing::Postgres ? std::make_unique<PostgresTestDatabase>(currentTestName())
                                        : nullptr;
    Store m_central{m_postgres ? m_postgres->uri() : ":memory:", m_clock};
    // Pulls go through a cache as on the real server (ServerWorkers), small enough that the
    // tests' pages also make it let events go.
    EventCache m_pulled{64};
    LogTail m_logTail{50}; // smaller than a long history: runs are cut and left behind too
    // Registries kept while unchanged, as on the real server: every change a test makes
    // must reach the tablets through it.
    RegistryCache m_registries;
    SyncService m_service{m_central, SyncLimits{5'000, 40}, &m_pulled, &m_logTail, &m_registries};
    // Tablets' stores have a key, as in the app: their PIN key pair comes from it.
    Store m_tabletA{":memory:", m_clock, DatabaseKey::generate()};
    Store m_tabletB{":memory:", m_clock, DatabaseKey::generate()};
    std::string m_facility;
    std::string m_otherFacility;
    SyncResponse m_lastResponse;
    SyncRequest m_lastRequest;
};
