#include "demo/demo.h"
#include "scenario/scenario_json.h"
#include "store/facility_evaluations.h"
#include "store/store.h"
#include "util/local_time.h"

#include <gtest/gtest.h>

using namespace ronde;

namespace {

const Date kToday = *Date::fromCivil(2026, 11, 22);

class FacilityEvaluationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoOptions options;
        options.today = kToday;
        m_facilityId = generateDemo(m_store, options).firstFacilityId;
        for (const User &u : m_store.registry().users(m_facilityId)) {
            if (u.role == Role::CaseManager) {
                m_caseManager = u.id;
            }
        }
    }

    Store m_store{":memory:", [] { return utcFromAmsterdam({kToday, 12 * 60}); }};
    std::string m_facilityId;
    std::string m_caseManager;
};

} // namespace

TEST_F(FacilityEvaluationsTest, EvaluatesEveryDetaineeOfTheFacility)
{
    FacilityEvaluations evaluations(m_store, m_facilityId, kToday);
    EXPECT_EQ(evaluations.all().size(), 60u);
    const Detainee d = m_store.registry().detainees(m_facilityId).front();
    const Evaluation direct =
        evaluate(defaultProfile(), FacilityKind::Prison, d, m_store.events().allOf(d.id), kToday);
    ASSERT_NE(evaluations.of(d.id), nullptr);
    EXPECT_EQ(evaluations.of(d.id)->obligations.size(), direct.obligations.size());
    for (size_t i = 0; i < direct.obligations.size(); ++i) {
        EXPECT_EQ(evaluations.of(d.id)->obligations[i].status, direct.obligations[i].status);
        EXPECT_EQ(evaluations.of(d.id)->obligations[i].reason.dutch,
                  direct.obligations[i].reason.dutch);
    }
}

// The facility is read lean (contacts without ids, notes or "other" ones: allOfFacility), a
// detainee whole (allOf): both give every detainee the same evaluation, a correction included.
TEST_F(FacilityEvaluationsTest, TheLeanFacilityReadEvaluatesAsTheWholeOne)
{
    const Detainee first = m_store.registry().detainees(m_facilityId).front();
    const Contact talk = m_store.events().contacts(first.id).back();
    Contact correction = talk;
    correction.header.supersedes = talk.header.id;
    correction.header.occurredAtMs -= 3 * 24 * 3'600'000LL; // it was three days earlier
    correction.header.authorId = m_caseManager;
    correction.roles = {Role::CaseManager};
    correction.kind = ContactKind::Intake;
    m_store.events().record(correction);
    Contact other;
    other.header.detaineeId = first.id;
    other.header.authorId = m_caseManager;
    other.header.occurredAtMs = utcFromAmsterdam({kToday, 9 * 60});
    other.roles = {Role::CaseManager};
    other.kind = ContactKind::Other;
    m_store.events().record(other);

    FacilityEvaluations evaluations(m_store, m_facilityId, kToday);
    for (const Detainee &d : m_store.registry().detainees(m_facilityId)) {
        const Evaluation whole = evaluate(defaultProfile(), FacilityKind::Prison, d,
                                          m_store.events().allOf(d.id), kToday);
        ASSERT_NE(evaluations.of(d.id), nullptr) << d.name;
        EXPECT_EQ(evaluationToJson(*evaluations.of(d.id)), evaluationToJson(whole)) << d.name;
    }
}

TEST_F(FacilityEvaluationsTest, ANewEventReEvaluatesOnlyThatDetainee)
{
    FacilityEvaluations evaluations(m_store, m_facilityId, kToday);
    // Someone whose intake is overdue (R1.1).
    std::string overdue;
    for (const auto &[id, e] : evaluations.all()) {
        if (e.find("R1.1")->status == Status::Overdue) {
            overdue = id;
            break;
        }
    }
    ASSERT_FALSE(overdue.empty()) << "the demo has overdue intakes";
    std::map<std::string, const Evaluation *> before;
    std::map<std::string, std::string> reasonsBefore;
    for (const auto &[id, e] : evaluations.all()) {
        before[id] = &e;
        reasonsBefore[id] = e.find("R1.2")->reason.dutch;
    }

    Contact intake;
    intake.header.detaineeId = overdue;
    intake.header.authorId = m_caseManager;
    intake.header.occurredAtMs = utcFromAmsterdam({kToday, 9 * 60});
    intake.kind = ContactKind::Intake;
    intake.roles = {Role::CaseManager};
    m_store.events().record(intake);

    EXPECT_EQ(evaluations.facilityReads(), 1) << "the facility is not read again";
    EXPECT_EQ(evaluations.detaineeReads(), 1);
    EXPECT_EQ(evaluations.of(overdue)->find("R1.1")->status, Status::MetLate);
    for (const auto &[id, e] : evaluations.all()) {
        EXPECT_EQ(&e, before[id]) << "entries stay in place";
        if (id != overdue) {
            EXPECT_EQ(e.find("R1.2")->reason.dutch, reasonsBefore[id]);
        }
    }
}

TEST_F(FacilityEvaluationsTest, ANewDayReadsTheFacilityAgain)
{
    FacilityEvaluations evaluations(m_store, m_facilityId, kToday);
    evaluations.setAsOf(kToday);
    EXPECT_EQ(evaluations.facilityReads(), 1);
    evaluations.setAsOf(kToday.plusDays(1));
    EXPECT_EQ(evaluations.facilityReads(), 2);
    EXPECT_EQ(evaluations.all().size(), 60u);
}

// After a big pull on another connection (the sync's worker), one "everything changed" reads
// the facility once more instead of each detainee on its own.
TEST_F(FacilityEvaluationsTest, EverythingChangedReadsTheFacilityOnceMore)
{
    FacilityEvaluations evaluations(m_store, m_facilityId, kToday);
    m_store.changes().notify({Change::Kind::Everything, {}, {}});
    EXPECT_EQ(evaluations.facilityReads(), 2);
    EXPECT_EQ(evaluations.detaineeReads(), 0);
    EXPECT_EQ(evaluations.all().size(), 60u);
}

TEST_F(FacilityEvaluationsTest, ADetaineeWhoLeftTheFacilityDropsOut)
{
    FacilityEvaluations evaluations(m_store, m_facilityId, kToday);
    Facility other{"elsewhere", "PI Elders", FacilityKind::Prison, "dbt-2014"};
    m_store.registry().upsert(other);
    Detainee moved = m_store.registry().detainees(m_facilityId).front();
    moved.facilityId = other.id;
    moved.unitId.clear();
    m_store.registry().upsert(moved);
    EXPECT_EQ(evaluations.of(moved.id), nullptr);
    EXPECT_EQ(evaluations.all().size(), 59u);
}
