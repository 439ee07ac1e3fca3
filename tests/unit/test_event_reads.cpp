// EventRepository::byIds, what a sync's page and a tablet's outbox batch read: the events
// asked for in the order asked, of every type, each once, unknown ids left out. Contacts are
// read first for all ids, the other types only for the ids left.
#include "store_fixture.h"

using namespace ronde;

namespace {

class EventsByIds : public StoreTest
{
protected:
    using Ids = std::vector<std::string>;
    Ids idsOf(const Ids &asked)
    {
        Ids ids;
        for (const AnyEvent &event : store().events().byIds(asked)) {
            ids.push_back(headerOf(event).id);
        }
        return ids;
    }
};

INSTANTIATE_TEST_SUITE_P(, EventsByIds, ::testing::ValuesIn(storeBackings()), backingName);

} // namespace

TEST_P(EventsByIds, EveryTypeComesInTheOrderAskedEachOnceAndUnknownIdsAreLeftOut)
{
    const std::string first = store().events().record(mentorTalk("2026-01-12")).header.id;
    const std::string second = store().events().record(mentorTalk("2026-01-26")).header.id;
    ReintegrationPlan plan;
    plan.header = mentorTalk("2026-01-15").header;
    plan.header.authorId = "dir-1"; // R3.2
    plan.stage = PlanStage::Definitive;
    const std::string planId = store().events().record(plan).header.id;
    ProgramDecision decision;
    decision.header = mentorTalk("2026-02-20").header;
    decision.header.authorId = "dir-1";
    decision.decision = DecisionKind::Promote;
    const std::string decisionId = store().events().record(decision).header.id;
    const std::string unknown = "0b6f1b9e-3c1a-4f5e-9a7d-2b8c4d6e8f10";

    EXPECT_EQ(idsOf({decisionId, second, "geen-id", unknown, planId, first, second}),
              (Ids{decisionId, second, planId, first}));
    EXPECT_EQ(idsOf({planId, decisionId}), (Ids{planId, decisionId})) << "no contact asked";
    EXPECT_EQ(idsOf({second, first}), (Ids{second, first})) << "only contacts asked";
    EXPECT_EQ(idsOf({unknown}), Ids{});
    EXPECT_EQ(idsOf({}), Ids{});
}
