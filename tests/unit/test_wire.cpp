#include "protocol/wire.h"

#include <gtest/gtest.h>

using namespace ronde;
using namespace ronde::sync;

namespace {

EventHeader header(const char *id)
{
    EventHeader h;
    h.id = id;
    h.detaineeId = "det";
    h.authorId = "author";
    h.occurredAtMs = 1'795'305'600'000;
    h.recordedAtMs = 1'795'305'700'000;
    h.hlc = 123456789;
    return h;
}

SyncRequest sampleRequest()
{
    SyncRequest r;
    r.deviceId = "device-1";
    r.secret = "geheim";
    r.cursor = 42;
    r.registryVersion = 7;
    Contact c;
    c.header = header("c");
    c.header.supersedes = "older";
    c.roles = {Role::CaseManager, Role::Probation};
    c.kind = ContactKind::PlanTalk;
    c.topics = {Topic::Housing};
    c.notes = "Wonen na detentie — één kamer";
    c.satisfaction = 5;
    CaseReview review;
    review.header = header("r");
    review.lights = {{"safety", Light::Orange}, {"care", Light::Green}};
    review.behaviours = {"Houdt zich aan afspraken"};
    ProgramDecision d;
    d.header = header("d");
    d.decision = DecisionKind::Revoke;
    d.reviewId = "r";
    Complaint complaint;
    complaint.header = header("k");
    complaint.learnedOn = *Date::fromCivil(2026, 2, 21);
    r.changes = {c, review, ReintegrationPlan{header("p"), PlanStage::Revised}, d, complaint};
    return r;
}

} // namespace

TEST(Wire, ASyncRequestRoundTripsEveryEventType)
{
    const SyncRequest sent = sampleRequest();
    SyncRequest got;
    decode(encode(sent), got);
    EXPECT_EQ(got.deviceId, "device-1");
    EXPECT_EQ(got.cursor, 42);
    ASSERT_EQ(got.changes.size(), 5u);
    const auto &c = std::get<Contact>(got.changes[0]);
    EXPECT_EQ(c.header.supersedes, "older");
    EXPECT_EQ(c.roles, (RoleSet{Role::CaseManager, Role::Probation}));
    EXPECT_EQ(c.notes, "Wonen na detentie — één kamer");
    EXPECT_EQ(c.satisfaction, 5);
    EXPECT_EQ(std::get<CaseReview>(got.changes[1]).lights.at("safety"), Light::Orange);
    EXPECT_EQ(std::get<ReintegrationPlan>(got.changes[2]).stage, PlanStage::Revised);
    EXPECT_EQ(std::get<ProgramDecision>(got.changes[3]).reviewId, "r");
    EXPECT_EQ(std::get<Complaint>(got.changes[4]).learnedOn, Date::fromCivil(2026, 2, 21));
    EXPECT_EQ(headerOf(got.changes[3]).id, "d");
}

TEST(Wire, AResponseWithARegistryRoundTrips)
{
    SyncResponse sent;
    sent.acks = {{"a", true, ""}, {"b", false, "andere inrichting"}};
    RegistrySnapshot registry;
    registry.version = 3;
    registry.facility = {"f", "PI Zwolle", FacilityKind::Prison, "dbt-2014"};
    Detainee d;
    d.id = "d";
    d.admittedOn = *Date::fromCivil(2026, 1, 5);
    d.exclusions = {{ExclusionGround::Isd, *Date::fromCivil(2026, 1, 5), std::nullopt}};
    registry.detainees = {d};
    registry.assignments = {{"vol", "d"}};
    sent.registry = registry;
    sent.nextCursor = 99;
    sent.more = true;
    SyncResponse got;
    decode(encode(sent), got);
    ASSERT_TRUE(got.registry);
    EXPECT_EQ(got.registry->detainees.at(0).exclusions.at(0).ground, ExclusionGround::Isd);
    EXPECT_EQ(got.acks.at(1).reason, "andere inrichting");
    EXPECT_TRUE(got.more);
    EXPECT_EQ(got.nextCursor, 99);
}

TEST(Wire, RefusesWrongMagicTruncationAndTrailingBytes)
{
    const std::string good = encode(sampleRequest());
    SyncRequest out;
    std::string wrongMagic = good;
    wrongMagic[0] = 'X';
    EXPECT_THROW(decode(wrongMagic, out), WireError);
    for (size_t cut : {size_t(0), size_t(3), size_t(6), good.size() / 2, good.size() - 1}) {
        EXPECT_THROW(decode(std::string_view(good).substr(0, cut), out), WireError) << cut;
    }
    EXPECT_THROW(decode(good + "x", out), WireError);
}

TEST(Wire, ANewerProtocolVersionIsRecognised)
{
    std::string future = encode(sampleRequest());
    future[5] = char(kProtocolVersion + 1);
    SyncRequest out;
    try {
        decode(future, out);
        ADD_FAILURE() << "decoded a future version";
    } catch (const FutureVersion &e) {
        EXPECT_EQ(e.version(), kProtocolVersion + 1);
    }
}

TEST(Wire, AGarbledLengthDoesNotExhaustMemory)
{
    std::string bytes = encode(sampleRequest());
    // Overwrite the first length prefix (device id) with a huge value.
    for (size_t i = 6; i < 14; ++i) {
        bytes[i] = char(0x7F);
    }
    SyncRequest out;
    EXPECT_THROW(decode(bytes, out), WireError);
}
