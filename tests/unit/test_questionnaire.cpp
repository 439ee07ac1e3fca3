// R7: the detainee's own questionnaire: when it may be offered (R7.4), what a completed one
// holds (R7.1, R7.2), and that its answers stay the detainee's (R7.3): stored, sent to the
// server, and then held by no tablet.
#include "model/validation.h"
#include "policy/questionnaire.h"
#include "store_fixture.h"
#include "sync_fixture.h"

using namespace ronde;

namespace {

QuestionnaireAnswers someAnswers()
{
    QuestionnaireAnswers a;
    a.contactYes = {Role::Mentor, Role::Municipality};
    a.contactNo = {Role::CaseManager, Role::Probation, Role::Volunteer};
    a.contactDontKnow = {Role::CareProvider};
    a.satisfaction = {{Role::Mentor, 4}, {Role::Municipality, 2}};
    a.planHelp = Answer::No;
    a.helpWanted = {Topic::Work, Topic::Housing};
    return a;
}

Questionnaire questionnaireOn(const std::string &detaineeId, const std::string &authorId,
                              int64_t atMs, bool completed)
{
    Questionnaire q;
    q.header.detaineeId = detaineeId;
    q.header.authorId = authorId;
    q.header.occurredAtMs = atMs;
    q.completed = completed;
    if (completed) {
        q.answers = someAnswers();
    }
    return q;
}

Questionnaire offeredOn(Date day, bool completed = true)
{
    Questionnaire q;
    q.header.occurredAtMs = utcFromAmsterdam({day, 10 * 60});
    q.completed = completed;
    return q;
}

const Date kAdmitted = *Date::fromCivil(2026, 1, 5);

} // namespace

// R7.4: not in the first two weeks after admission.
TEST(QuestionnaireTiming, NotInTheFirstTwoWeeks)
{
    const auto on = [](int days) {
        return questionnaireTiming(kAdmitted, std::nullopt, {}, kAdmitted.plusDays(days));
    };
    EXPECT_FALSE(on(0).mayAskNow);
    EXPECT_FALSE(on(13).mayAskNow);
    EXPECT_TRUE(on(14).mayAskNow);
    EXPECT_EQ(on(3).from, kAdmitted.plusDays(14));
}

// R7.4: at most once per four weeks, counted from the last offer, completed or not (R7.2).
TEST(QuestionnaireTiming, AtMostOncePerFourWeeksCountingDeclinedOffers)
{
    const Date offered = kAdmitted.plusDays(20);
    for (const bool completed : {true, false}) {
        const std::vector<Questionnaire> offers{offeredOn(offered, completed)};
        EXPECT_FALSE(
            questionnaireTiming(kAdmitted, std::nullopt, offers, offered.plusDays(27)).mayAskNow);
        const QuestionnaireTiming later =
            questionnaireTiming(kAdmitted, std::nullopt, offers, offered.plusDays(28));
        EXPECT_TRUE(later.mayAskNow);
        EXPECT_EQ(later.lastOffered, offered);
        EXPECT_EQ(later.lastCompleted.has_value(), completed);
    }
}

TEST(QuestionnaireTiming, NotAfterDeparture)
{
    const Date left = kAdmitted.plusDays(60);
    EXPECT_FALSE(questionnaireTiming(kAdmitted, left, {}, left).mayAskNow);
    EXPECT_TRUE(questionnaireTiming(kAdmitted, left, {}, left.plusDays(-1)).mayAskNow);
}

// R7.1, R7.2: a completed questionnaire answers each of the six professionals once, rates
// only those the detainee saw, and names only the five help topics; an unfinished one holds
// no answers.
TEST(QuestionnaireValidation, RefusesIncompleteOrInconsistentAnswers)
{
    Detainee detainee;
    detainee.id = "det-1";
    detainee.admittedOn = kAdmitted;
    User mentor;
    mentor.id = "mentor-1";
    mentor.role = Role::Mentor;
    const RecordingContext context{detainee,
                                   mentor,
                                   utcFromAmsterdam({kAdmitted.plusDays(30), 12 * 60}),
                                   kFutureToleranceMs,
                                   {}};
    const auto check = [&](const std::function<void(Questionnaire &)> &spoil) {
        Questionnaire q = questionnaireOn("det-1", "mentor-1",
                                          utcFromAmsterdam({kAdmitted.plusDays(30), 9 * 60}), true);
        spoil(q);
        validate(q, context);
    };
    EXPECT_NO_THROW(check([](Questionnaire &) {}));
    EXPECT_THROW(check([](Questionnaire &q) { q.answers->contactNo = {}; }), ValidationError)
        << "three professionals unanswered";
    EXPECT_THROW(check([](Questionnaire &q) { q.answers->contactNo.insert(Role::Mentor); }),
                 ValidationError)
        << "two answers for the mentor";
    EXPECT_THROW(check([](Questionnaire &q) { q.answers->satisfaction[Role::CaseManager] = 3; }),
                 ValidationError)
        << "a rating of a professional the detainee did not see";
    EXPECT_THROW(check([](Questionnaire &q) { q.answers->satisfaction[Role::Mentor] = 6; }),
                 ValidationError);
    // What a hostile device could put on the wire: a role beyond the enum, as a bit or a key.
    EXPECT_THROW(check([](Questionnaire &q) {
                     q.answers->contactNo =
                         RoleSet::fromBits(q.answers->contactNo.bits() | 1u << 20);
                 }),
                 ValidationError);
    EXPECT_THROW(check([](Questionnaire &q) { q.answers->satisfaction[Role(40)] = 3; }),
                 ValidationError);
    EXPECT_THROW(check([](Questionnaire &q) { q.answers->planHelp = Answer(9); }), ValidationError);
    EXPECT_THROW(check([](Questionnaire &q) { q.answers->helpWanted.insert(Topic::Other); }),
                 ValidationError);
    EXPECT_THROW(check([](Questionnaire &q) { q.answers.reset(); }), ValidationError)
        << "completed without answers";
    EXPECT_THROW(check([](Questionnaire &q) { q.completed = false; }), ValidationError)
        << "R7.2: an unfinished questionnaire keeps nothing but the offer";
    EXPECT_NO_THROW(check([](Questionnaire &q) {
        q.completed = false;
        q.answers.reset();
    }));
    User visitor = mentor;
    visitor.role = Role::Municipality;
    const RecordingContext byVisitor{detainee, visitor, context.nowMs, kFutureToleranceMs, {}};
    Questionnaire q = questionnaireOn("det-1", "mentor-1",
                                      utcFromAmsterdam({kAdmitted.plusDays(30), 9 * 60}), false);
    EXPECT_THROW(validate(q, byVisitor), ValidationError)
        << "a visitor whose own contact it asks about does not hand it over";
}

using Questionnaire_ = StoreTest;
#define REFUSED_Q(write, code, field) expectRefused([&] { write; }, code, field)
INSTANTIATE_TEST_SUITE_P(, Questionnaire_, ::testing::ValuesIn(storeBackings()), backingName);

// R7.1, R7.3: what the detainee answered is stored whole, goes out in a sync batch, and is
// not in what a tablet's pages read (the offers).
TEST_P(Questionnaire_, AnswersAreStoredWholeAndReadOnlyForSending)
{
    const Questionnaire stored =
        store().events().record(questionnaireOn("det-1", "mentor-1", at("2026-03-01", 9), true));
    const auto sent =
        store().events().byIds({stored.header.id}, EventRepository::Answers::Included);
    ASSERT_EQ(sent.size(), 1u);
    const Questionnaire &copy = std::get<Questionnaire>(sent.front());
    EXPECT_TRUE(copy.completed);
    ASSERT_TRUE(copy.answers);
    EXPECT_EQ(*copy.answers, someAnswers());

    const auto offers = store().events().questionnaireOffers("det-1");
    ASSERT_EQ(offers.size(), 1u);
    EXPECT_TRUE(offers.front().completed);
    EXPECT_FALSE(offers.front().answers) << "R7.3: the pages' read holds no answers";
    EXPECT_EQ(rows("outbox"), 1);
}

// R7.2: declining stores the offer and nothing else.
TEST_P(Questionnaire_, ADeclinedQuestionnaireStoresOnlyTheOffer)
{
    store().events().record(questionnaireOn("det-1", "mentor-1", at("2026-03-01", 9), false));
    EXPECT_EQ(rows("questionnaires"), 1);
    EXPECT_EQ(rows("questionnaire_answers"), 0);
    EXPECT_EQ(rows("questionnaire_ratings"), 0);
}

// R7.4: the store says when it may be offered (not within four weeks of the last offer, not
// in the first two weeks), asked before the tablet is handed over; answers once given are
// stored even so (another tablet may have offered it meanwhile): they are the detainee's.
TEST_P(Questionnaire_, SaysWhenItMayBeOfferedAndNeverRefusesGivenAnswers)
{
    auto &events = store().events();
    EXPECT_TRUE(events.questionnaireTimingOf("det-1", day("2026-03-01")).mayAskNow);
    events.record(questionnaireOn("det-1", "mentor-1", at("2026-03-01", 9), false));
    const QuestionnaireTiming soon = events.questionnaireTimingOf("det-1", day("2026-03-28"));
    EXPECT_FALSE(soon.mayAskNow);
    EXPECT_EQ(soon.from, day("2026-03-29"));
    EXPECT_TRUE(events.questionnaireTimingOf("det-1", day("2026-03-29")).mayAskNow);

    m_now = at("2026-03-10", 12);
    EXPECT_NO_THROW(events.record(questionnaireOn("det-1", "cm-1", at("2026-03-10", 9), true)))
        << "offered elsewhere meanwhile: the answers are kept";
    EXPECT_EQ(rows("questionnaire_answers"), 1);

    Detainee newcomer = *store().registry().detainee("det-1");
    newcomer.id = "det-2";
    newcomer.number = "0100002";
    newcomer.admittedOn = day("2026-03-01");
    store().registry().upsert(newcomer);
    EXPECT_FALSE(events.questionnaireTimingOf("det-2", day("2026-03-10")).mayAskNow)
        << "not in the first two weeks";
}

// R7.1: a visiting professional, whose own contact it asks about, does not hand it over.
TEST_P(Questionnaire_, OnlyFacilityStaffHandItOver)
{
    REFUSED_Q(
        store().events().record(questionnaireOn("det-1", "gem-1", at("2026-03-01", 9), false)),
        ProblemCode::NotPermitted, "questionnaire");
}

// R7.3 across sync: the server gets the answers; the tablet that took them forgets them once
// the server has them; another tablet gets the offer only, and knows when it may be offered
// again (R7.4).
TEST_P(SyncTest, QuestionnaireAnswersReachOnlyTheServer)
{
    const std::vector<Detainee> detainees = bothTabletsInSync();
    const Detainee *chosen = nullptr;
    for (const Detainee &d : detainees) {
        const auto timing = questionnaireTiming(
            d.admittedOn, d.dischargedOn, m_tabletA.events().questionnaireOffers(d.id), kToday);
        if (timing.mayAskNow) {
            chosen = &d;
            break;
        }
    }
    ASSERT_NE(chosen, nullptr) << "a detainee who may be asked";
    const Questionnaire q = m_tabletA.events().record(questionnaireOn(
        chosen->id, userOf(m_tabletA, Role::Mentor), utcFromAmsterdam({kToday, 11 * 60}), true));
    EXPECT_EQ(m_tabletA.database().scalar("SELECT COUNT(*) FROM questionnaire_answers"), 1);

    syncUntilDone(m_tabletA);
    const auto atServer =
        m_central.events().byIds({q.header.id}, EventRepository::Answers::Included);
    ASSERT_EQ(atServer.size(), 1u);
    ASSERT_TRUE(std::get<Questionnaire>(atServer.front()).answers);
    EXPECT_EQ(*std::get<Questionnaire>(atServer.front()).answers, someAnswers());
    EXPECT_EQ(m_tabletA.database().scalar("SELECT COUNT(*) FROM questionnaire_answers"), 0)
        << "the tablet that took the answers holds them only until the server has them";
    EXPECT_EQ(m_tabletA.database().scalar("SELECT COUNT(*) FROM questionnaire_ratings"), 0);

    roundTrip(m_tabletB); // the page with the questionnaire
    bool pulled = false;
    for (const auto &event : m_lastResponse.events) {
        if (const auto *copy = std::get_if<Questionnaire>(event.get())) {
            pulled = true;
            EXPECT_FALSE(copy->answers) << "the server sends a tablet the offer only";
        }
    }
    EXPECT_TRUE(pulled);
    syncUntilDone(m_tabletB);
    const auto offers = m_tabletB.events().questionnaireOffers(chosen->id);
    ASSERT_EQ(offers.size(), 1u);
    EXPECT_TRUE(offers.front().completed);
    EXPECT_EQ(m_tabletB.database().scalar("SELECT COUNT(*) FROM questionnaire_answers"), 0)
        << "another tablet gets the offer, never the answers";
    EXPECT_FALSE(
        questionnaireTiming(chosen->admittedOn, chosen->dischargedOn, offers, kToday).mayAskNow);
}

// R7.3, the last line: should the server's cache of events ever hold a questionnaire with its
// answers (its reads leave them out), a page still carries the offer only.
TEST_P(SyncTest, APageCarriesNoAnswersEvenFromACacheThatHoldsThem)
{
    const std::vector<Detainee> detainees = bothTabletsInSync();
    const Detainee &chosen = detainees.back();
    Questionnaire q = questionnaireOn(chosen.id, userOf(m_central, Role::Mentor),
                                      utcFromAmsterdam({kToday, 11 * 60}), true);
    q = m_central.events().record(q);
    m_service.sequenceUnloggedEvents();
    EventCache holdingAnswers; // large enough to hold it while the pages before it go by
    const auto cached =
        holdingAnswers.byIds({q.header.id}, [&](const std::vector<std::string> &ids) {
            return m_central.events().byIds(ids, EventRepository::Answers::Included);
        });
    ASSERT_TRUE(std::get<Questionnaire>(*cached.at(0)).answers) << "the cache holds the answers";
    SyncService service{m_central, SyncLimits{5'000, 40}, &holdingAnswers};

    Store tablet{":memory:", m_clock, DatabaseKey::generate()};
    enrol(tablet, m_facility);
    bool pulled = false;
    for (int round = 0; round < 100; ++round) {
        roundTrip(tablet, 500, &service);
        for (const auto &event : m_lastResponse.events) {
            if (const auto *copy = std::get_if<Questionnaire>(event.get())) {
                pulled = pulled || copy->header.id == q.header.id;
                EXPECT_FALSE(copy->answers) << "R7.3: the offer only";
            }
        }
        if (TabletSync(tablet).finished(m_lastRequest, m_lastResponse)) {
            break;
        }
    }
    EXPECT_TRUE(pulled);
    EXPECT_TRUE(std::get<Questionnaire>(*cached.at(0)).answers) << "the cached event unchanged";
}
