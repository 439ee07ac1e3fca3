#include "protocol/wire.h"
#include "wire_sample.h"

#include <gtest/gtest.h>

using namespace ronde;
using namespace ronde::sync;

namespace {

using wire_sample::header;

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

// The bytes of a pull page are pinned: a tablet that is not yet updated must read what today's
// server sends. These were written by the program of stop 10503de, whose page held its events
// by value (a std::vector<AnyEvent>); today's holds them shared and writes them by hand
// (wire.cpp), and must give the same bytes, and read them back.
constexpr const char *kPageWrittenBeforeSharedEvents =
    "524e44450001010200000002000000000000000100000006000000000000006d696e652d31010000000000000000"
    "06000000000000006d696e652d3200130000000000000042756974656e2068657420766572626c696a66b168de3a"
    "0000000000010000000c000000000000000100000005000000000000006661632d3109000000000000005049205a"
    "776f6c6c650000000008000000000000006462742d32303230010000000000000001000000060000000000000075"
    "6e69742d3105000000000000006661632d310a00000000000000416664656c696e67204101000000000000000100"
    "000008000000000000006d656e746f722d3105000000000000006661632d310a000000000000004d656e746f7220"
    "45656e0100000000000000000000000101030000000000000070696e010000000000000001000000050000000000"
    "00006465742d3105000000000000006661632d310600000000000000756e69742d31040000000000000030303432"
    "0b000000000000004a2e20646520567269657301000000ea4f000001000001000000000000000100000000000000"
    "2150000001010000000000000008000000000000006d656e746f722d3105000000000000006465742d3109000000"
    "000000000000000001000000010000000300000000000000632d3105000000000000006465742d31080000000000"
    "00006d656e746f722d3100748d00a2010000a0fa8e00a201000015cd5b0700000000010200000001000000000000"
    "000300000024000000000000004765737072656b206f766572207765726b20e2809420c3a9c3a96e206166737072"
    "61616b000400000001000000010000000300000000000000722d3105000000000000006465742d31080000000000"
    "00006d656e746f722d3100748d00a2010000a0fa8e00a201000015cd5b0700000000010200000000000000040000"
    "00000000006361726500000000060000000000000073616665747901000000010000000000000018000000000000"
    "00486f756474207a6963682061616e206166737072616b656e03000000000000004d444f00000000000000000200"
    "0000010000000300000000000000702d3105000000000000006465742d3108000000000000006d656e746f722d31"
    "00748d00a2010000a0fa8e00a201000015cd5b070000000001020000000300000001000000030000000000000064"
    "2d3105000000000000006465742d3108000000000000006d656e746f722d3100748d00a2010000a0fa8e00a20100"
    "0015cd5b0700000000010300000000000000000300000000000000722d3104000000010000000300000000000000"
    "6b2d3105000000000000006465742d3108000000000000006d656e746f722d3100748d00a2010000a0fa8e00a201"
    "000015cd5b07000000000100000000010019500000000700000000000000676567726f6e64050000000100000003"
    "00000000000000782d3105000000000000006465742d3108000000000000006d656e746f722d3100748d00a20100"
    "00a0fa8e00a201000015cd5b070000000001000000000600000000000000756e69742d320600000000000000756e"
    "69742d3106000000010000000300000000000000712d3105000000000000006465742d3108000000000000006d65"
    "6e746f722d3100748d00a2010000a0fa8e00a201000015cd5b070000000001010001000000020000002000000000"
    "000000010000000000000001000000050000000000000002000000060000000300000000000000712d3205000000"
    "000000006465742d3108000000000000006d656e746f722d3100748d00a2010000a0fa8e00a201000015cd5b0700"
    "000000010001000000000300000000000000632d3205000000000000006465742d3108000000000000006d656e74"
    "6f722d3100748d00a2010000a0fa8e00a201000015cd5b0700000000000300000000000000632d31090000000200"
    "0000000000000300000024000000000000004765737072656b206f766572207765726b20e2809420c3a9c3a96e20"
    "616673707261616b01921000000000000001010000000000000008000000000000006d656e746f722d3905000000"
    "000000006661632d320d000000000000004d656e746f7220456c6465727301000000000000000000000000000000"
    "000000000000";

std::string hexOf(const std::string &bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : bytes) {
        hex += digits[c >> 4];
        hex += digits[c & 15];
    }
    return hex;
}

std::string bytesOf(const std::string &hex)
{
    std::string bytes;
    for (size_t i = 0; i + 1 < hex.size(); i += 2) {
        bytes += char(std::stoi(hex.substr(i, 2), nullptr, 16));
    }
    return bytes;
}

SyncResponse samplePage()
{
    SyncResponse page = wire_sample::frame();
    for (const AnyEvent &event : wire_sample::events()) {
        page.events.push_back(std::make_shared<const AnyEvent>(event));
    }
    return page;
}

} // namespace

TEST(Wire, APullPageHasTheBytesItHadBeforeItsEventsWereShared)
{
    EXPECT_EQ(hexOf(encode(samplePage())), kPageWrittenBeforeSharedEvents);
    SyncResponse read;
    decode(bytesOf(kPageWrittenBeforeSharedEvents), read);
    const std::vector<AnyEvent> sent = wire_sample::events();
    ASSERT_EQ(read.events.size(), sent.size());
    for (size_t i = 0; i < sent.size(); ++i) {
        EXPECT_EQ(headerOf(*read.events[i]).id, headerOf(sent[i]).id);
        EXPECT_EQ(read.events[i]->index(), sent[i].index());
    }
    EXPECT_EQ(std::get<Contact>(*read.events.back()).header.supersedes, "c-1");
    EXPECT_EQ(std::get<Questionnaire>(*read.events[6]).answers->satisfaction.at(Role::Mentor), 5);
    EXPECT_EQ(read.nextCursor, 4'242);
    EXPECT_TRUE(read.more);
    ASSERT_TRUE(read.registry.has_value());
    EXPECT_EQ(read.registry->detainees.at(0).exclusions.at(0).from, *Date::fromCivil(2026, 3, 1));
    ASSERT_EQ(read.authors.size(), 1u);
    EXPECT_EQ(hexOf(encode(read)), kPageWrittenBeforeSharedEvents) << "and written again the same";
}

// The server encodes a page straight into the bytes it sends (a ByteSink): the same bytes as
// encode(), also when the buffer must grow past the room taken up front (long notes).
TEST(Wire, APageWrittenIntoASinkHasTheSameBytes)
{
    class GrowingSink : public ByteSink
    {
    public:
        char *resize(size_t size) override
        {
            ++resizes;
            bytes.resize(size);
            return bytes.data();
        }
        std::vector<char> bytes;
        int resizes = 0;
    };
    SyncResponse page = samplePage();
    for (int i = 0; i < 20; ++i) {
        Contact talk = std::get<Contact>(*page.events.back());
        talk.header.id = "long-" + std::to_string(i);
        talk.notes = std::string(3000, char('a' + i % 26));
        page.events.push_back(std::make_shared<const AnyEvent>(talk));
    }
    GrowingSink sink;
    encode(page, sink);
    EXPECT_GT(sink.resizes, 2) << "grown after the room taken up front, then cut to size";
    EXPECT_EQ(std::string(sink.bytes.begin(), sink.bytes.end()), encode(page));
    SyncResponse read;
    decode(std::string_view(sink.bytes.data(), sink.bytes.size()), read);
    ASSERT_EQ(read.events.size(), page.events.size());
    EXPECT_EQ(std::get<Contact>(*read.events.back()).notes, std::string(3000, 't'));
}

// A page read with its events handed over one by one reads each into the one before it when
// of the same kind (wire.cpp): each must still be the event sent, with nothing left of the
// one before (a supersedes, a satisfaction, a review's lights and behaviours, a complaint's
// date, answers gone, a note grown shorter), and the rest of the answer as decode() gives it.
TEST(Wire, APageReadEventByEventGivesTheEventsSent)
{
    SyncResponse page = samplePage();
    const std::vector<AnyEvent> kinds = wire_sample::events();
    const AnyEvent &talk = kinds.front();      // a satisfaction, no supersedes
    const AnyEvent &correction = kinds.back(); // a supersedes, no satisfaction
    Contact brief = std::get<Contact>(talk);
    brief.notes = "Kort";
    Contact unrated = brief;
    unrated.satisfaction.reset();
    const AnyEvent &review = kinds[1]; // two lights, a behaviour, a note
    CaseReview smaller = std::get<CaseReview>(review);
    smaller.lights.erase("care");
    smaller.behaviours.clear();
    smaller.note.clear();
    const AnyEvent &complaint = kinds[4]; // learnt of on a day, an outcome
    Complaint undated = std::get<Complaint>(complaint);
    undated.learnedOn.reset();
    undated.outcome.clear();
    const AnyEvent &answered = kinds[6];
    const AnyEvent &declined = kinds[7];
    const size_t first = page.events.size(); // the page's own end with the correction
    for (const AnyEvent &event :
         {correction, talk, AnyEvent(brief), AnyEvent(unrated), review, AnyEvent(smaller),
          complaint, AnyEvent(undated), answered, declined, answered}) {
        page.events.push_back(std::make_shared<const AnyEvent>(event));
    }
    const std::string bytes = encode(page);

    SyncResponse read;
    std::vector<std::shared_ptr<const AnyEvent>> handed;
    decode(bytes, read, [&handed](const AnyEvent &event) {
        handed.push_back(std::make_shared<const AnyEvent>(event));
    });
    EXPECT_TRUE(read.events.empty()) << "handed over, not kept";
    ASSERT_EQ(handed.size(), page.events.size());
    read.events = handed;
    EXPECT_EQ(hexOf(encode(read)), hexOf(bytes)) << "the same events and the same answer";
    EXPECT_FALSE(std::get<Contact>(*handed[first + 1]).header.supersedes);
    EXPECT_EQ(std::get<Contact>(*handed[first + 2]).notes, "Kort");
    EXPECT_FALSE(std::get<Contact>(*handed[first + 3]).satisfaction);
    EXPECT_EQ(std::get<CaseReview>(*handed[first + 5]).lights.size(), 1u);
    EXPECT_TRUE(std::get<CaseReview>(*handed[first + 5]).behaviours.empty());
    EXPECT_FALSE(std::get<Complaint>(*handed[first + 7]).learnedOn);
    EXPECT_FALSE(std::get<Questionnaire>(*handed[first + 9]).answers);

    EXPECT_THROW(decode(bytes.substr(0, bytes.size() - 1), read, [](const AnyEvent &) {}),
                 WireError);
}

// DOMAIN "Privacy": a contact rated whose rating is not held goes as a rating of 0, in the
// field a rating has always had, so that every other byte is as a program from before reads
// it; read event by event into the one before, each comes back as sent.
TEST(Wire, ARatingWithheldGoesAsARatingOfZero)
{
    const Contact rated = std::get<Contact>(wire_sample::events().front());
    ASSERT_TRUE(rated.satisfaction);
    Contact withheld = rated;
    withheld.satisfaction.reset();
    withheld.ratingWithheld = true;
    Contact zero = withheld;
    zero.ratingWithheld = false;
    zero.satisfaction = 0;
    Contact unrated = zero;
    unrated.satisfaction.reset();
    const auto pageOf = [](const std::vector<Contact> &contacts) {
        SyncResponse page;
        for (const Contact &c : contacts) {
            page.events.push_back(std::make_shared<const AnyEvent>(c));
        }
        return page;
    };
    EXPECT_EQ(hexOf(encode(pageOf({withheld}))), hexOf(encode(pageOf({zero}))));
    EXPECT_NE(hexOf(encode(pageOf({withheld}))), hexOf(encode(pageOf({unrated}))));

    SyncResponse read;
    std::vector<Contact> handed;
    decode(encode(pageOf({rated, withheld, unrated, withheld, rated})), read,
           [&handed](const AnyEvent &event) { handed.push_back(std::get<Contact>(event)); });
    ASSERT_EQ(handed.size(), 5u);
    for (const size_t i : {1u, 3u}) {
        EXPECT_TRUE(handed[i].ratingWithheld) << i;
        EXPECT_FALSE(handed[i].satisfaction) << i;
    }
    EXPECT_FALSE(handed[2].rated());
    EXPECT_EQ(handed[4].satisfaction, rated.satisfaction);
    EXPECT_FALSE(handed[4].ratingWithheld);
}

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
