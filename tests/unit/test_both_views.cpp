// R7.5: contact according to the records and according to the detainees, side by side, for a
// population built by hand. On SQLite here, and on PostgreSQL in the PostgreSQL suite.
#include "report/report.h"
#include "store/report_queries.h"
#include "store_fixture.h"

using namespace ronde;

namespace {

using BothViews_ = StoreTest;
INSTANTIATE_TEST_SUITE_P(, BothViews_, ::testing::ValuesIn(storeBackings()), backingName);

const ReportScope kFebruary{"", "", Date::parseIso("2026-02-01").value(),
                            Date::parseIso("2026-02-28").value(), 5};

const RoleViews &viewsOf(const BothViews &views, Role role)
{
    for (const RoleViews &v : views.roles) {
        if (v.role == role) {
            return v;
        }
    }
    throw std::logic_error("role missing");
}

struct Said
{
    std::vector<Role> yes;
    std::vector<Role> dontKnow; // the rest of the six: no
    std::map<Role, int> ratings;
    Answer planHelp = Answer::DontKnow;
};

class Population
{
public:
    explicit Population(Store &store)
        : m_store(store)
    {}

    void admit(int i)
    {
        if (i == 1) {
            return; // the fixture's det-1
        }
        Detainee d = *m_store.registry().detainee("det-1");
        d.id = "det-" + std::to_string(i);
        d.number = "01000" + std::to_string(10 + i);
        d.name = "Gedetineerde " + std::to_string(i);
        m_store.registry().upsert(d);
    }
    void contact(int i, const char *author, Role role, const char *iso,
                 ContactKind kind = ContactKind::Other)
    {
        Contact c;
        c.header.detaineeId = "det-" + std::to_string(i);
        c.header.authorId = author;
        c.header.occurredAtMs = at(iso);
        c.roles = {role};
        c.kind = kind;
        m_store.events().record(c);
    }
    void questionnaire(int i, const char *iso, std::optional<Said> said)
    {
        Questionnaire q;
        q.header.detaineeId = "det-" + std::to_string(i);
        q.header.authorId = "mentor-1";
        q.header.occurredAtMs = at(iso);
        q.completed = said.has_value();
        if (said) {
            QuestionnaireAnswers &a = q.answers.emplace();
            for (const Role role : kProfessionalRoles) {
                const auto in = [&](const std::vector<Role> &roles) {
                    return std::find(roles.begin(), roles.end(), role) != roles.end();
                };
                (in(said->yes)        ? a.contactYes
                 : in(said->dontKnow) ? a.contactDontKnow
                                      : a.contactNo)
                    .insert(role);
            }
            a.satisfaction = said->ratings;
            a.planHelp = said->planHelp;
        }
        m_store.events().record(q);
    }

private:
    static int64_t at(const char *iso) { return utcFromAmsterdam({*Date::parseIso(iso), 10 * 60}); }
    Store &m_store;
};

// Ten detainees present in February. Eight completed the questionnaire on 20 February, one
// declined, one was not asked. The records of the four weeks before: a mentor talk for 1–6,
// the gemeente for 1–5, a plan talk for 1; 7's mentor talk was in January, 8 saw nobody.
void buildPopulation(Store &store)
{
    Population p(store);
    for (int i = 1; i <= 11; ++i) {
        p.admit(i);
    }
    for (int i = 1; i <= 6; ++i) {
        p.contact(i, "mentor-1", Role::Mentor, "2026-02-10", ContactKind::MentorTalk);
    }
    for (int i = 1; i <= 5; ++i) {
        p.contact(i, "gem-1", Role::Municipality, "2026-02-15");
    }
    p.contact(1, "cm-1", Role::CaseManager, "2026-02-12", ContactKind::PlanTalk);
    p.contact(7, "mentor-1", Role::Mentor, "2026-01-15", ContactKind::MentorTalk);

    const Role M = Role::Mentor;
    const Role G = Role::Municipality;
    const Role Z = Role::CareProvider;
    p.questionnaire(1, "2026-02-20",
                    Said{{M, G, Role::Probation}, {Z}, {{M, 4}, {G, 2}}, Answer::Yes});
    p.questionnaire(2, "2026-02-20", Said{{M}, {Z}, {{M, 4}}, Answer::Yes});
    p.questionnaire(3, "2026-02-20", Said{{M}, {Z}, {{M, 5}}, Answer::No});
    p.questionnaire(4, "2026-02-20", Said{{M}, {Z}, {{M, 3}}, Answer::No});
    p.questionnaire(5, "2026-02-20", Said{{}, {Z}, {}, Answer::No});
    p.questionnaire(6, "2026-02-20", Said{{}, {Z}, {}, Answer::No});
    p.questionnaire(7, "2026-02-20", Said{{M}, {Z}, {{M, 2}}, Answer::No});
    p.questionnaire(8, "2026-02-20", Said{{}, {M, Z}, {}, Answer::DontKnow});
    p.questionnaire(9, "2026-02-20", std::nullopt);                    // declined
    p.questionnaire(11, "2026-01-25", Said{{M}, {}, {}, Answer::Yes}); // before the period
}

} // namespace

// R7.5: both views per role, the disagreement both ways, no contact at all, D&R-plan help,
// the questionnaire's satisfaction and the response rate, for hand-made answers.
TEST_P(BothViews_, R7_5_BothViewsOfAKnownPopulation)
{
    buildPopulation(store());
    const BothViews v = computeBothViews(store(), kFebruary);
    EXPECT_EQ(v.offered, 9) << "1–9 in February; 11's questionnaire was in January";
    EXPECT_EQ(v.respondents, 8) << "9 declined";
    EXPECT_DOUBLE_EQ(v.responseRate().share(), 8.0 / 9.0);

    const RoleViews &mentor = viewsOf(v, Role::Mentor);
    EXPECT_EQ(mentor.answered, 7) << "8 did not know";
    EXPECT_EQ(mentor.byRecords, 6);
    EXPECT_EQ(mentor.byDetainees, 5);
    EXPECT_EQ(mentor.registeredNotExperienced, 2) << "5 and 6: a talk on record, none experienced";
    EXPECT_EQ(mentor.experiencedNotRegistered, 1) << "7: a talk outside the four weeks";
    EXPECT_FALSE(mentor.suppressed);
    EXPECT_EQ(mentor.ratingCount(), 5);
    EXPECT_DOUBLE_EQ(mentor.ratingMean(), (4 + 4 + 5 + 3 + 2) / 5.0);

    const RoleViews &gemeente = viewsOf(v, Role::Municipality);
    EXPECT_EQ(gemeente.answered, 8);
    EXPECT_EQ(gemeente.byRecords, 5);
    EXPECT_EQ(gemeente.byDetainees, 1);
    EXPECT_EQ(gemeente.registeredNotExperienced, 4)
        << "the seed's finding: registered, not experienced";
    EXPECT_EQ(gemeente.experiencedNotRegistered, 0);
    EXPECT_TRUE(gemeente.ratingsSuppressed) << "one rating: under the minimum group (R5.5)";
    EXPECT_EQ(gemeente.ratingCount(), 0) << "nothing of a small group is kept";

    const RoleViews &probation = viewsOf(v, Role::Probation);
    EXPECT_EQ(probation.byRecords, 0);
    EXPECT_EQ(probation.experiencedNotRegistered, 1);
    const RoleViews &care = viewsOf(v, Role::CareProvider);
    EXPECT_EQ(care.answered, 0);
    EXPECT_TRUE(care.suppressed) << "nobody answered yes or no";

    EXPECT_EQ(v.noContactByRecords.count, 2) << "7 and 8";
    EXPECT_EQ(v.noContactByDetainees.count, 3) << "5, 6 and 8 said no to all six";
    EXPECT_EQ(v.noContactByRecords.total, 8);
    EXPECT_EQ(v.planHelpByRecords.total, 7) << "8 did not know";
    EXPECT_EQ(v.planHelpByRecords.count, 1) << "1's plan talk";
    EXPECT_EQ(v.planHelpByDetainees.count, 2);
}

// R5.5's minimum group size applies to every R7.5 figure: a group under it keeps its size
// only, and says so.
TEST_P(BothViews_, R7_5_SmallGroupsAreSuppressed)
{
    buildPopulation(store());
    ReportScope strict = kFebruary;
    strict.minimumGroup = 8;
    const BothViews v = computeBothViews(store(), strict);
    const RoleViews &mentor = viewsOf(v, Role::Mentor);
    EXPECT_TRUE(mentor.suppressed) << "7 answers, minimum 8";
    EXPECT_EQ(mentor.answered, 7) << "the group's size stays, to say why";
    EXPECT_EQ(mentor.byRecords + mentor.byDetainees + mentor.registeredNotExperienced +
                  mentor.experiencedNotRegistered,
              0);
    EXPECT_TRUE(mentor.ratingsSuppressed);
    EXPECT_FALSE(viewsOf(v, Role::Municipality).suppressed) << "8 answers";
    EXPECT_FALSE(v.noContactSuppressed);
    EXPECT_TRUE(v.planHelpSuppressed) << "7 answered the plan question";
    EXPECT_EQ(v.planHelpByDetainees.count, 0);
}
