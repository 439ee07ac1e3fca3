// What the store refuses to write, and why (model/validation.h, docs/RULES.md R1.3, R1.5,
// R4.1, R4.5, R5.5): each refusal names its field, and nothing of the write is kept. The
// suite Store_ is instantiated in test_store.cpp. Also: a refused or rolled-back write tells
// no listener (ChangeNotifier::Hold).
#include "model/problem.h"
#include "store_fixture.h"
#include "util/uuid.h"

using namespace ronde;

using Store_ = StoreTest;
#define REFUSED(write, code, field) expectRefused([&] { write; }, code, field)

// R1.5: a contact cannot be dated before admission, after discharge, or in the future.
TEST_P(Store_, R1_5_RefusesAContactBeforeAdmission)
{
    REFUSED(store().events().record(mentorTalk("2026-01-04")), ProblemCode::BeforeAdmission,
            "occurredAt");
}

TEST_P(Store_, R1_5_RefusesAContactAfterDischarge)
{
    Detainee d = *store().registry().detainee("det-1");
    d.dischargedOn = day("2026-02-10");
    store().registry().upsert(d);
    store().events().record(mentorTalk("2026-02-10"));
    REFUSED(store().events().record(mentorTalk("2026-02-11")), ProblemCode::AfterDischarge,
            "occurredAt");
}

TEST_P(Store_, R1_5_RefusesAContactInTheFutureBeyondClockTolerance)
{
    Contact c = mentorTalk("2026-03-01");
    c.header.occurredAtMs = m_now + 4 * 60'000; // within tolerance: accepted
    store().events().record(c);
    c.header.occurredAtMs = m_now + 10 * 60'000;
    REFUSED(store().events().record(c), ProblemCode::InFuture, "occurredAt");
}

TEST_P(Store_, R5_5_RefusesSatisfactionOutsideOneToFive)
{
    for (int bad : {0, 6, -1, 100}) {
        Contact c = mentorTalk("2026-01-12");
        c.satisfaction = bad;
        REFUSED(store().events().record(c), ProblemCode::SatisfactionOutOfRange, "satisfaction");
    }
    for (int good : {1, 5}) {
        Contact c = mentorTalk("2026-01-12");
        c.satisfaction = good;
        EXPECT_NO_THROW(store().events().record(c));
    }
}

// Free text is UTF-8 without NUL: PostgreSQL stores nothing else, and a pushed batch must
// refuse the one record, not fail as a whole (EventRepository::importContacts).
TEST_P(Store_, RefusesTextWithANulByteOrBrokenUtf8)
{
    for (const std::string &bad : {std::string("voor\0na", 7), std::string("\xff\xfe")}) {
        Contact c = mentorTalk("2026-01-12");
        c.notes = bad;
        REFUSED(store().events().record(c), ProblemCode::Invalid, "notes");
        CaseReview review;
        review.header = mentorTalk("2026-02-16").header;
        review.lights = {
            {"safety", Light::Green}, {"care", Light::Green}, {"reintegration", Light::Green}};
        review.note = bad;
        REFUSED(store().events().record(review), ProblemCode::Invalid, "note");
    }
    Contact fine = mentorTalk("2026-01-12");
    fine.notes = "Gesprek met \"aanhalingstekens\", een\nregel en é";
    EXPECT_NO_THROW(store().events().record(fine));
}

TEST_P(Store_, RefusesAnUnknownDetaineeOrAuthor)
{
    Contact c = mentorTalk("2026-01-12");
    c.header.detaineeId = "nobody";
    REFUSED(store().events().record(c), ProblemCode::UnknownDetainee, "detaineeId");
    c = mentorTalk("2026-01-12");
    c.header.authorId = "nobody";
    REFUSED(store().events().record(c), ProblemCode::UnknownUser, "authorId");
}

TEST_P(Store_, RefusesAnUnknownOrNonProfessionalRole)
{
    Contact c = mentorTalk("2026-01-12");
    c.roles = RoleSet::fromBits(RoleSet::bit(Role::Mentor) | (1u << 20));
    REFUSED(store().events().record(c), ProblemCode::UnknownRole, "roles");
    c.roles = {Role::Mentor, Role::Director};
    REFUSED(store().events().record(c), ProblemCode::UnknownRole, "roles");
}

// An enum off the wire can hold any number. Stored, a value without a name went in as '' and
// failed every read of the record after, each pull of its page included: refused instead,
// naming the field, as the one record of a pushed batch.
TEST_P(Store_, RefusesAnEnumValueWithoutAName)
{
    Contact c = mentorTalk("2026-01-12");
    c.kind = ContactKind(99);
    REFUSED(store().events().record(c), ProblemCode::Invalid, "kind");
    c = mentorTalk("2026-01-12");
    c.mode = ContactMode(99);
    REFUSED(store().events().record(c), ProblemCode::Invalid, "mode");
    c = mentorTalk("2026-01-12");
    c.topics = TopicSet::fromBits(TopicSet::bit(Topic::Work) | (1u << 31)); // beyond INTEGER
    REFUSED(store().events().record(c), ProblemCode::Invalid, "topics");

    // Each other kind of record, with one of its enums set to a number without a name.
    const auto refusedWith = [&]<typename Record>(Record record, auto set, const char *field) {
        record.header = mentorTalk("2026-02-20").header;
        set(record);
        REFUSED(store().events().record(record), ProblemCode::Invalid, field);
    };
    refusedWith(
        CaseReview{},
        [](CaseReview &r) {
            r.lights = {
                {"safety", Light::Green}, {"care", Light(9)}, {"reintegration", Light::Green}};
        },
        "lights");
    refusedWith(
        ReintegrationPlan{}, [](ReintegrationPlan &p) { p.stage = PlanStage(9); }, "stage");
    refusedWith(
        ProgramDecision{},
        [](ProgramDecision &d) {
            d.header.authorId = "dir-1";
            d.decision = DecisionKind(9);
        },
        "decision");
    refusedWith(
        ProgramDecision{},
        [](ProgramDecision &d) {
            d.header.authorId = "dir-1";
            d.capacity = DecisionCapacity(9);
        },
        "capacity");
    refusedWith(
        Complaint{}, [](Complaint &complaint) { complaint.stage = ComplaintStage(9); }, "stage");
    refusedWith(
        RegistryProposal{},
        [](RegistryProposal &p) {
            p.field = ProposalField(9);
            p.value = "B2";
        },
        "field");
    EXPECT_EQ(rows("events"), 0) << "nothing of them kept";

    c = mentorTalk("2026-01-12");
    c.topics = {Topic::Work, Topic::Other};
    EXPECT_EQ(store().events().record(c).topics, c.topics);
}

// R1.3: a plan talk names the roles that took part.
TEST_P(Store_, R1_3_RefusesAPlanTalkWithoutARole)
{
    Contact c = mentorTalk("2026-01-12");
    c.header.authorId = "cm-1";
    c.kind = ContactKind::PlanTalk;
    c.roles = {};
    REFUSED(store().events().record(c), ProblemCode::PlanTalkWithoutRole, "roles");
    c.roles = {Role::CaseManager, Role::Municipality, Role::Probation};
    EXPECT_EQ(store().events().record(c).roles, c.roles);
}

TEST_P(Store_, RefusesAContactThatLeavesOutTheAuthorsOwnRole)
{
    Contact c = mentorTalk("2026-01-12");
    c.roles = {Role::CaseManager};
    REFUSED(store().events().record(c), ProblemCode::AuthorRoleNotInContact, "roles");
}

TEST_P(Store_, RefusesAnInactiveAuthor)
{
    User u = *store().registry().user("mentor-1");
    u.active = false;
    store().registry().upsert(u);
    REFUSED(store().events().record(mentorTalk("2026-01-12")), ProblemCode::InactiveUser,
            "authorId");
}

namespace {

// R4.5: the director mandates an MDO member to decide.
void giveReviewMandate(Store &store, const std::string &userId)
{
    User user = *store.registry().user(userId);
    user.reviewMandate = true;
    store.registry().upsert(user);
}

} // namespace

// R4.5: the director decides, or the MDO when mandated.
TEST_P(Store_, R4_5_OnlyTheDirectorOrAMandatedReviewDecides)
{
    ProgramDecision decision;
    decision.header = mentorTalk("2026-02-20").header;
    decision.decision = DecisionKind::Promote;
    REFUSED(store().events().record(decision), ProblemCode::NotPermitted, "decision");

    decision.header.authorId = "dir-1";
    EXPECT_NO_THROW(store().events().record(decision));

    giveReviewMandate(store(), "cm-1");
    decision.header.authorId = "cm-1";
    REFUSED(store().events().record(decision), ProblemCode::NotPermitted, "decision");
    decision.capacity = DecisionCapacity::MandatedReview;
    EXPECT_NO_THROW(store().events().record(decision));
}

// R3.2: the director sets the definitive plan; the MDO's other members record a concept or a
// revision, and a mandate (R4.5, for decisions) does not change that.
TEST_P(Store_, R3_2_OnlyTheDirectorSetsTheDefinitivePlan)
{
    ReintegrationPlan plan;
    plan.header = mentorTalk("2026-01-20").header;
    plan.stage = PlanStage::Definitive;
    REFUSED(store().events().record(plan), ProblemCode::NotPermitted, "stage");
    giveReviewMandate(store(), "cm-1");
    plan.header.authorId = "cm-1";
    REFUSED(store().events().record(plan), ProblemCode::NotPermitted, "stage");
    plan.stage = PlanStage::Revised;
    EXPECT_NO_THROW(store().events().record(plan));
    plan.stage = PlanStage::Definitive;
    plan.header.authorId = "dir-1";
    EXPECT_NO_THROW(store().events().record(plan));
    EXPECT_EQ(store().events().plans("det-1").size(), 2u);
}

// R4.1: a light for each domain of the facility's profile.
TEST_P(Store_, R4_1_AReviewNeedsALightForEveryDomainOfTheProfile)
{
    CaseReview review;
    review.header = mentorTalk("2026-02-16").header;
    review.lights = {{"safety", Light::Green}, {"care", Light::Orange}};
    REFUSED(store().events().record(review), ProblemCode::Missing, "lights.reintegration");
    review.lights["reintegration"] = Light::Green;
    review.lights["stay"] = Light::Green; // a dbt-2020 domain
    REFUSED(store().events().record(review), ProblemCode::Invalid, "lights");
    review.lights.erase("stay");
    review.behaviours = {"Neemt deel aan arbeid", "Houdt zich aan afspraken"};
    store().events().record(review);

    const auto back = store().events().reviews("det-1");
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].lights.at("care"), Light::Orange);
    EXPECT_EQ(back[0].behaviours, review.behaviours);
    EXPECT_EQ(rows("review_lights"), 3);
}

TEST_P(Store_, ACorrectionMustNameAnEventOfTheSameDetaineeAndType)
{
    Contact c = mentorTalk("2026-01-13");
    c.header.supersedes = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    REFUSED(store().events().record(c), ProblemCode::UnknownEvent, "supersedes");

    ReintegrationPlan plan;
    plan.header = mentorTalk("2026-01-15").header;
    const auto storedPlan = store().events().record(plan);
    c.header.supersedes = storedPlan.header.id;
    REFUSED(store().events().record(c), ProblemCode::WrongEventType, "supersedes");

    Detainee other = *store().registry().detainee("det-1");
    other.id = "det-2";
    other.number = "0100002";
    store().registry().upsert(other);
    Contact elsewhere = mentorTalk("2026-01-12");
    elsewhere.header.detaineeId = "det-2";
    const auto storedElsewhere = store().events().record(elsewhere);
    c.header.supersedes = storedElsewhere.header.id;
    REFUSED(store().events().record(c), ProblemCode::WrongDetainee, "supersedes");
}

// R4.5, R6.1: what a decision rests on is a review of the same detainee held that day or
// before, and what a complaint is against is a decision of theirs; recorded here or pushed
// by a tablet (the server takes no tablet's word for it). Naming none stays allowed, and so
// does naming, from a tablet, a review the server does not hold.
TEST_P(Store_, R4_5_ADecisionRestsOnAnEarlierReviewOfTheSameDetainee)
{
    CaseReview review;
    review.header = mentorTalk("2026-02-16").header;
    review.lights = {
        {"safety", Light::Green}, {"care", Light::Green}, {"reintegration", Light::Green}};
    const auto storedReview = store().events().record(review);
    const auto plainContact = store().events().record(mentorTalk("2026-02-10"));

    ProgramDecision decision;
    decision.header = mentorTalk("2026-02-20").header;
    decision.header.authorId = "dir-1";
    decision.decision = DecisionKind::Promote;
    decision.reviewId = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    REFUSED(store().events().record(decision), ProblemCode::UnknownEvent, "reviewId");
    decision.reviewId = plainContact.header.id;
    REFUSED(store().events().record(decision), ProblemCode::WrongEventType, "reviewId");

    Detainee other = *store().registry().detainee("det-1");
    other.id = "det-2";
    other.number = "0100002";
    store().registry().upsert(other);
    CaseReview elsewhere = review;
    elsewhere.header.detaineeId = "det-2";
    decision.reviewId = store().events().record(elsewhere).header.id;
    REFUSED(store().events().record(decision), ProblemCode::WrongDetainee, "reviewId");

    ProgramDecision pushed = decision; // as a tablet would push it, dated before its review
    pushed.header = mentorTalk("2026-02-15").header;
    pushed.header.authorId = "dir-1";
    pushed.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ac";
    pushed.header.hlc = 1;
    pushed.reviewId = storedReview.header.id;
    REFUSED(store().events().import(pushed), ProblemCode::BasisAfterRecord, "reviewId");
    pushed.header.occurredAtMs = decision.header.occurredAtMs;
    EXPECT_TRUE(store().events().import(pushed));
    EXPECT_EQ(store().events().decisions("det-1").at(0).reviewId, storedReview.header.id);
    // Pushed naming a review not stored here (refused: its author had left the MDO), it is
    // still the director's decision; recorded on this device it must name one it holds.
    ProgramDecision behindARefusedReview = pushed;
    behindARefusedReview.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ad";
    behindARefusedReview.reviewId = "0190b5d2-7c4e-7abc-8def-0123456789ff";
    EXPECT_TRUE(store().events().import(behindARefusedReview));

    decision.reviewId.reset();
    EXPECT_NO_THROW(store().events().record(decision)) << "a revocation after an incident";

    Complaint complaint;
    complaint.header = mentorTalk("2026-02-24").header;
    complaint.learnedOn = day("2026-02-21");
    complaint.decisionId = storedReview.header.id;
    REFUSED(store().events().record(complaint), ProblemCode::WrongEventType, "decisionId");
    complaint.decisionId = pushed.header.id;
    complaint.header.occurredAtMs = mentorTalk("2026-02-19").header.occurredAtMs;
    REFUSED(store().events().record(complaint), ProblemCode::BasisAfterRecord, "decisionId");
}

// A record corrected already is not corrected again here: two corrections of one record
// would both count. From another device both are taken as they came.
TEST_P(Store_, ARecordCorrectedAlreadyIsNotCorrectedAgainHere)
{
    const Contact first = store().events().record(mentorTalk("2026-01-12"));
    Contact correction = mentorTalk("2026-01-12");
    correction.header.supersedes = first.header.id;
    store().events().record(correction);
    correction.notes = "een tweede correctie van hetzelfde";
    const int64_t before = rows("events");
    REFUSED(store().events().record(correction), ProblemCode::AlreadyCorrected, "supersedes");
    EXPECT_EQ(rows("events"), before) << "nothing written";
    Contact fromElsewhere = correction;
    fromElsewhere.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ac";
    fromElsewhere.header.hlc = 1;
    fromElsewhere.header.recordedAtMs = fromElsewhere.header.occurredAtMs;
    EXPECT_TRUE(store().events().import(fromElsewhere));
}

// It is not there yet when its target is looked up.
TEST_P(Store_, ImportRefusesAnEventThatCorrectsItself)
{
    Contact c = mentorTalk("2026-01-12");
    c.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    c.header.supersedes = c.header.id;
    REFUSED(store().events().import(c), ProblemCode::UnknownEvent, "supersedes");
    EXPECT_EQ(rows("events"), 0);
}

TEST_P(Store_, ImportRefusesAMalformedId)
{
    Contact c = mentorTalk("2026-01-12");
    c.header.id = "DROP TABLE events";
    REFUSED(store().events().import(c), ProblemCode::Invalid, "id");
}

// Permissions are checked in core: a volunteer takes no part in the MDO review.
TEST_P(Store_, AReviewByAVolunteerIsRefused)
{
    CaseReview review;
    review.header = mentorTalk("2026-02-16").header;
    review.header.authorId = "vol-1";
    review.lights = {
        {"safety", Light::Green}, {"care", Light::Green}, {"reintegration", Light::Green}};
    REFUSED(store().events().record(review), ProblemCode::NotPermitted, "review");
}

// A caller's outer transaction (a form's save with its draft, RecordForm::attempt) holds the
// notices until it commits; rolled back, nothing is told.
TEST_P(Store_, AHoldTellsAfterTheOuterCommitAndNothingAfterARollback)
{
    std::vector<Change> seen;
    store().changes().subscribe([&](const Change &change) { seen.push_back(change); });
    {
        ChangeNotifier::Hold notices(store().changes());
        Transaction outer = store().transaction();
        store().events().record(mentorTalk("2026-01-12"));
        EXPECT_TRUE(seen.empty()) << "told inside the outer transaction";
        outer.commit();
        notices.deliver();
    }
    EXPECT_EQ(seen.size(), 1u);
    {
        ChangeNotifier::Hold notices(store().changes());
        Transaction outer = store().transaction();
        store().events().record(mentorTalk("2026-01-13"));
    } // rolled back
    EXPECT_EQ(seen.size(), 1u) << "told of a record that was rolled back";
    EXPECT_EQ(rows("events"), 1);
    store().events().record(mentorTalk("2026-01-14"));
    EXPECT_EQ(seen.size(), 2u) << "no hold: told at once";
}
