#include "demo.h"

#include "model/events.h"
#include "model/registry.h"
#include "policy/questionnaire.h"
#include "store/store.h"
#include "util/local_time.h"
#include "util/secrets.h"
#include "util/uuid.h"

#include <array>
#include <cstdio>
#include <random>

namespace ronde {
namespace {

constexpr std::array kFirstNames{
    "Mohamed", "Daan",   "Kevin",  "Sem",    "Jayden",  "Youssef", "Ricardo", "Bram",
    "Thijs",   "Mehmet", "Dennis", "Stefan", "Ahmed",   "Luuk",    "Milan",   "Jeroen",
    "Patrick", "Ryan",   "Anouar", "Marco",  "Sven",    "Rachid",  "Tim",     "Nick",
    "Ivo",     "Ferry",  "Gerrit", "Henk",   "Mustafa", "Dylan",   "Jordy",   "Orlando",
};
constexpr std::array kLastNames{
    "de Vries", "Jansen",   "Bakker",  "Visser",   "Smit",   "Meijer",    "de Boer",
    "Mulder",   "de Groot", "Bos",     "Vos",      "Peters", "Hendriks",  "van Leeuwen",
    "Dekker",   "Brouwer",  "de Wit",  "Dijkstra", "Smits",  "El Amrani", "Yilmaz",
    "Martina",  "Koster",   "Willems", "van Dijk", "Kaya",   "Vermeulen", "Postma",
    "Huisman",  "Kok",      "Bouzid",  "Sedney",
};
constexpr std::array kStaffFirstNames{
    "Anna", "Bas",  "Carla", "Dirk",   "Esther", "Frank", "Greet", "Hans",  "Inge",  "Jan",
    "Kim",  "Lars", "Mirja", "Noor",   "Otto",   "Petra", "Rik",   "Saida", "Tom",   "Vera",
    "Wout", "Yara", "Zoë",   "Hatice", "Sevda",  "Koen",  "Lotte", "Nadia", "Ruben", "Sophie",
};
constexpr std::array kCities{"Zwolle",        "Lelystad", "Vught",      "Krimpen", "Veenhuizen",
                             "Heerhugowaard", "Almelo",   "Leeuwarden", "Arnhem",  "Dordrecht"};
constexpr std::array kOrangeBehaviours{"Verbaal agressief naar personeel", "Weigert dagprogramma",
                                       "Te laat bij arbeid"};
constexpr std::array kGreenBehaviours{"Neemt deel aan arbeid", "Houdt zich aan afspraken",
                                      "Werkt mee aan D&R-plan"};

// How diligently the staff kept up with one detainee; drives on-time, late and missing.
enum class Care
{
    OnTime,
    Late,
    Neglected
};

class DemoBuilder
{
public:
    DemoBuilder(Store &store, const DemoOptions &options)
        : m_store(store)
        , m_options(options)
        , m_random(options.seed)
        , m_ids([this] { return m_idClockMs; }, options.seed ^ 0x9E3779B97F4A7C15ull)
        , m_answerRandom(options.seed + 7)
        , m_questionnaireIds([this] { return m_idClockMs; }, options.seed + 11)
    {}

    DemoSummary build()
    {
        const int total = m_options.facilities * m_options.detaineesPerFacility;
        int done = 0;
        for (int f = 0; f < m_options.facilities; ++f) {
            Transaction tx = m_store.transaction();
            buildFacility(f, done, total);
            tx.commit();
        }
        m_store.analyzeAfterBulkLoad();
        m_summary.events = m_store.events().count();
        return m_summary;
    }

private:
    int uniform(int low, int high) // inclusive; portable across standard libraries
    {
        return low + int(m_random() % uint64_t(high - low + 1));
    }
    bool chance(int percent) { return uniform(1, 100) <= percent; }
    template <typename Array> const char *pick(const Array &values)
    {
        return values[size_t(uniform(0, int(values.size()) - 1))];
    }

    std::string newId(int64_t atMs)
    {
        m_idClockMs = atMs;
        return m_ids.next();
    }

    // A working-hours moment on the given day, in the facility's local time.
    int64_t during(Date day) { return utcFromAmsterdam({day, uniform(9 * 60, 16 * 60)}); }

    struct Staff
    {
        std::vector<User> mentors; // two per unit, in unit order
        User caseManager;
        User secondCaseManager;
        User municipality;
        User probation;
        User careProvider;
        User volunteer;
        User director;
    };

    User addUser(const std::string &facilityId, const std::string &name, Role role,
                 const std::string &organisation = {})
    {
        User u;
        u.id = newId(todayMs());
        u.facilityId = facilityId;
        u.name = name;
        u.role = role;
        u.organisation = organisation;
        u.pinHash = demoPinHash();
        m_store.registry().upsert(u);
        ++m_summary.users;
        return u;
    }

    // Every demo user's PIN is kDemoPin. One hash serves them all: it is demo data, and a slow
    // hash per user would make a 30-facility demo take minutes.
    const std::string &demoPinHash()
    {
        if (m_pinHash.empty()) {
            m_pinHash = hashPin(kDemoPin);
        }
        return m_pinHash;
    }

    int64_t todayMs() { return utcFromAmsterdam({m_options.today, 8 * 60}); }

    void buildFacility(int index, int &done, int total)
    {
        const bool first = index == 0;
        const std::string city = kCities[size_t(index) % kCities.size()];
        Facility facility;
        facility.id = newId(todayMs());
        facility.name =
            "PI " + city +
            (index >= int(kCities.size()) ? " " + std::to_string(index / int(kCities.size()) + 1)
                                          : "");
        // The first is always a prison (it has a plus programme); others vary (R2.2).
        facility.kind = first || index % 5 != 4 ? FacilityKind::Prison : FacilityKind::RemandCentre;
        m_store.registry().upsert(facility);
        ++m_summary.facilities;
        if (first) {
            m_summary.firstFacilityId = facility.id;
        }

        std::vector<Unit> units;
        for (const char *unitName : {"Afdeling A", "Afdeling B"}) {
            Unit unit{newId(todayMs()), facility.id, unitName};
            m_store.registry().upsert(unit);
            units.push_back(unit);
            ++m_summary.units;
        }

        Staff staff;
        const std::array mentorNames{"Sanne de Jong", "Marco Visser", "Fatima Ouali", "Peter Smit"};
        for (const char *name : mentorNames) {
            staff.mentors.push_back(addUser(facility.id, name, Role::Mentor));
        }
        staff.caseManager = addUser(facility.id, "Linda Bakker", Role::CaseManager);
        staff.secondCaseManager = addUser(facility.id, "Ahmed Benali", Role::CaseManager);
        staff.municipality =
            addUser(facility.id, "Joost Meijer", Role::Municipality, "Gemeente " + city);
        staff.probation = addUser(facility.id, "Eva Mulder", Role::Probation, "Reclassering");
        staff.careProvider = addUser(facility.id, "Karin Bos", Role::CareProvider, "Tactus");
        staff.volunteer = addUser(facility.id, "Wim Hendriks", Role::Volunteer, "Exodus");
        staff.director = addUser(facility.id, "Ingrid Dekker", Role::Director);
        // More people on the tablet, as a real facility has; most of them visit.
        constexpr std::array kMoreRoles{Role::Municipality, Role::Probation, Role::CareProvider,
                                        Role::Volunteer,    Role::Mentor,    Role::CaseManager};
        constexpr int kNamedStaff = 11; // the four mentors and the seven above
        for (int extra = 0; extra < m_options.staffPerFacility - kNamedStaff; ++extra) {
            const Role role = kMoreRoles[size_t(extra) % kMoreRoles.size()];
            const std::string organisation = role == Role::Municipality   ? "Gemeente " + city
                                             : role == Role::Probation    ? "Reclassering"
                                             : role == Role::CareProvider ? "Tactus"
                                             : role == Role::Volunteer    ? "Exodus"
                                                                          : "";
            addUser(facility.id, std::string(pick(kStaffFirstNames)) + " " + pick(kLastNames), role,
                    organisation);
        }

        for (int d = 0; d < m_options.detaineesPerFacility; ++d) {
            const size_t unitIndex = size_t(d % 2);
            const std::string detaineeId =
                buildDetainee(facility, units[unitIndex], staff, unitIndex, d);
            // The volunteer and the care provider each visit a handful (need to know).
            if (d % 7 == 0) {
                m_store.registry().assign(staff.volunteer.id, detaineeId);
            }
            if (d % 9 == 4) {
                m_store.registry().assign(staff.careProvider.id, detaineeId);
            }
            if (m_options.progress) {
                m_options.progress(++done, total);
            }
        }
    }

    std::string buildDetainee(const Facility &facility, const Unit &unit, const Staff &staff,
                              size_t unitIndex, int serial)
    {
        const Date today = m_options.today;
        Detainee d;
        d.admittedOn = today.plusDays(-uniform(1, 150));
        d.id = newId(utcFromAmsterdam({d.admittedOn, 8 * 60}));
        d.facilityId = facility.id;
        d.unitId = unit.id;
        char number[16];
        std::snprintf(number, sizeof number, "%02d%05d", int(m_summary.facilities), serial + 1);
        d.number = number;
        d.name = std::string(pick(kFirstNames)) + " " + pick(kLastNames);
        d.selfReporter = chance(5);
        if (chance(5)) {
            d.exclusions.push_back({ExclusionGround::Isd, d.admittedOn, std::nullopt});
        }
        // A few left recently: their history stops at discharge (R0.5).
        if (chance(4) && today - d.admittedOn > 20) {
            d.dischargedOn = today.plusDays(-uniform(1, 10));
        }
        m_store.registry().upsert(d);
        ++m_summary.detainees;

        const Date lastDay = d.dischargedOn ? *d.dischargedOn : today.plusDays(-1);
        const Care care = chance(70) ? Care::OnTime : chance(65) ? Care::Late : Care::Neglected;
        const User &mentor = staff.mentors[unitIndex * 2 + size_t(serial / 2 % 2)];
        m_store.registry().assign(mentor.id, d.id); // the mentor's caseload ("Mijn werk")
        const User &caseManager = serial % 3 == 0 ? staff.secondCaseManager : staff.caseManager;

        std::vector<Contact> recorded; // what the questionnaire's answers are set against
        auto contact = [&](const User &author, Date day, ContactKind kind, RoleSet roles,
                           TopicSet topics) {
            if (day < d.admittedOn || day > lastDay) {
                return;
            }
            Contact c;
            c.header = header(d, author, day);
            c.roles = roles;
            c.kind = kind;
            c.mode = chance(85) ? ContactMode::InPerson : ContactMode::Phone;
            c.topics = topics;
            if (chance(60)) {
                c.satisfaction = satisfactionFor(author.role);
            }
            m_store.events().import(c);
            recorded.push_back(c);
        };

        // R1.1 intake with the casemanager.
        if (care != Care::Neglected || chance(30)) {
            const int day = care == Care::OnTime ? uniform(1, 12) : uniform(15, 24);
            contact(caseManager, d.admittedOn.plusDays(day), ContactKind::Intake,
                    {Role::CaseManager}, {Topic::Documents, Topic::Housing});
        }
        // R1.2 mentor talks.
        const int firstGap = care == Care::OnTime ? uniform(3, 13) : uniform(10, 20);
        for (Date day = d.admittedOn.plusDays(firstGap); day <= lastDay;) {
            contact(mentor, day, ContactKind::MentorTalk, {Role::Mentor},
                    chance(50) ? TopicSet{Topic::Work} : TopicSet{Topic::Care});
            const int gap = care == Care::OnTime ? uniform(7, 14)
                            : care == Care::Late ? uniform(12, 20)
                                                 : uniform(18, 40);
            day = day.plusDays(gap);
        }
        // R1.3 the D&R-plan talk: jointly, or some roles missing when care slips.
        if (care != Care::Neglected) {
            const Date day =
                d.admittedOn.plusDays(care == Care::OnTime ? uniform(10, 27) : uniform(25, 40));
            RoleSet roles{Role::CaseManager, Role::Municipality};
            if (care == Care::OnTime || chance(40)) {
                roles.insert(Role::Probation);
            }
            contact(caseManager, day, ContactKind::PlanTalk, roles,
                    {Topic::ReintegrationPlan, Topic::Housing, Topic::Finances});
        }
        // R1.4 externals at their own initiative.
        for (int i = uniform(0, 3); i > 0; --i) {
            const Date day = d.admittedOn.plusDays(uniform(1, std::max(1, lastDay - d.admittedOn)));
            const User &who = chance(50) ? staff.volunteer : staff.careProvider;
            contact(who, day, ContactKind::Other, {who.role}, {Topic::Care});
        }

        questionnaire(d, mentor, lastDay, recorded);

        // R3.1 / R3.2 plan stages: every detainee gets a plan, neglected ones late.
        const int conceptDay = care == Care::OnTime ? uniform(5, 13)
                               : care == Care::Late ? uniform(14, 20)
                                                    : uniform(20, 40);
        const int definitiveDay = care == Care::OnTime ? uniform(16, 28)
                                  : care == Care::Late ? uniform(32, 45)
                                                       : uniform(45, 70);
        plan(d, staff.director, d.admittedOn.plusDays(conceptDay), PlanStage::Concept, lastDay);
        plan(d, staff.director, d.admittedOn.plusDays(definitiveDay), PlanStage::Definitive,
             lastDay);

        // R3.3 six-weekly reviews; promotion decided after six weeks green (R4.2, R4.5).
        bool promoted = d.selfReporter;
        const int reviewGap = care == Care::OnTime ? 42 : uniform(42, 55);
        for (Date day = d.admittedOn.plusDays(reviewGap - uniform(0, 6)); day <= lastDay;
             day = day.plusDays(reviewGap)) {
            CaseReview review;
            review.header = header(d, caseManager, day);
            const bool troubled = chance(20);
            for (const char *domain : {"safety", "care", "reintegration"}) {
                review.lights[domain] = troubled && chance(50)
                                            ? (chance(75) ? Light::Orange : Light::Red)
                                            : Light::Green;
            }
            const bool allGreen =
                std::all_of(review.lights.begin(), review.lights.end(),
                            [](const auto &l) { return l.second == Light::Green; });
            review.behaviours.push_back(allGreen ? pick(kGreenBehaviours)
                                                 : pick(kOrangeBehaviours));
            m_store.events().import(review);
            if (allGreen && !promoted && facility.kind == FacilityKind::Prison &&
                d.exclusions.empty() && chance(60)) {
                const Date decisionDay = day.plusDays(uniform(1, 5));
                if (decisionDay <= lastDay) {
                    ProgramDecision decision;
                    decision.header = header(d, staff.director, decisionDay);
                    decision.decision = DecisionKind::Promote;
                    decision.reviewId = review.header.id;
                    m_store.events().import(decision);
                    promoted = true;
                }
            }
        }
        return d.id;
    }

    // R7: most detainees were offered the questionnaire once in the last five weeks of their
    // stay (not in the first two), and most answered it. Their answers follow the records of
    // the four weeks before, with the seed's mismatches: contact with the gemeente and the
    // reclassering is often registered but not experienced, and rated lower. Drawn from a
    // random stream of their own, so the rest of the demo stays as it was without them.
    void questionnaire(const Detainee &d, const User &mentor, Date lastDay,
                       const std::vector<Contact> &recorded)
    {
        const auto draw = [this](int low, int high) {
            return low + int(m_answerRandom() % uint64_t(high - low + 1));
        };
        const auto likely = [&](int percent) { return draw(1, 100) <= percent; };
        const Date earliest = d.admittedOn.plusDays(kQuestionnaireFirstAfterDays);
        if (earliest > lastDay || !likely(80)) {
            return;
        }
        const Date day = std::max(earliest, lastDay.plusDays(-draw(0, 34)));
        Questionnaire q;
        q.header.occurredAtMs = utcFromAmsterdam({day, draw(9 * 60, 16 * 60)});
        q.header.recordedAtMs = q.header.occurredAtMs;
        q.header.hlc = HlcStamp{q.header.recordedAtMs, 0}.packed();
        m_idClockMs = q.header.recordedAtMs;
        q.header.id = m_questionnaireIds.next();
        q.header.detaineeId = d.id;
        q.header.authorId = mentor.id;
        q.completed = likely(88);
        if (q.completed) {
            QuestionnaireAnswers &a = q.answers.emplace();
            RoleSet seen;
            bool planHelp = false;
            for (const Contact &c : recorded) {
                const Date on = amsterdamFromUtc(c.header.occurredAtMs).date;
                if (on <= day && on >= day.plusDays(-27)) {
                    seen = RoleSet::fromBits(seen.bits() | c.roles.bits());
                }
                planHelp = planHelp || (on <= day && (c.kind == ContactKind::PlanTalk ||
                                                      c.topics.contains(Topic::ReintegrationPlan)));
            }
            for (const Role role : kProfessionalRoles) {
                const bool external = role == Role::Municipality || role == Role::Probation;
                const bool experienced =
                    seen.contains(role) ? likely(external ? 45 : 90) : likely(external ? 3 : 8);
                if (likely(6)) {
                    a.contactDontKnow.insert(role);
                } else if (experienced) {
                    a.contactYes.insert(role);
                    a.satisfaction[role] = external ? draw(1, 4) : draw(2, 5);
                } else {
                    a.contactNo.insert(role);
                }
            }
            a.planHelp = likely(10)                   ? Answer::DontKnow
                         : likely(planHelp ? 65 : 12) ? Answer::Yes
                                                      : Answer::No;
            for (const Topic topic : kHelpTopics) {
                if (likely(30)) {
                    a.helpWanted.insert(topic);
                }
            }
        }
        m_store.events().import(q);
    }

    void plan(const Detainee &d, const User &author, Date day, PlanStage stage, Date lastDay)
    {
        if (day > lastDay) {
            return;
        }
        ReintegrationPlan p;
        p.header = header(d, author, day);
        p.stage = stage;
        m_store.events().import(p);
    }

    EventHeader header(const Detainee &d, const User &author, Date day)
    {
        EventHeader h;
        h.occurredAtMs = during(day);
        h.recordedAtMs = h.occurredAtMs + uniform(1, 120) * kMsPerMinute;
        h.hlc = HlcStamp{h.recordedAtMs, 0}.packed();
        h.id = newId(h.recordedAtMs);
        h.detaineeId = d.id;
        h.authorId = author.id;
        return h;
    }

    // Seed 000: detainees rate internal staff a little higher than some externals.
    int satisfactionFor(Role role)
    {
        const int base = role == Role::Mentor || role == Role::Volunteer ? 3 : 2;
        return std::min(5, base + uniform(0, 2) + (chance(30) ? 1 : 0));
    }

    Store &m_store;
    const DemoOptions &m_options;
    std::mt19937_64 m_random;
    int64_t m_idClockMs = 0;
    UuidGenerator m_ids;
    DemoSummary m_summary;
    std::string m_pinHash;
    std::mt19937_64 m_answerRandom;
    UuidGenerator m_questionnaireIds;
};

} // namespace

DemoSummary generateDemo(Store &store, const DemoOptions &options)
{
    return DemoBuilder(store, options).build();
}

} // namespace ronde
