// Policy evaluation at facility scale (DESIGN target: whole facility, 1,000 detainees with
// 200 events each, < 150 ms) and the tablet's hot path: record one contact, then re-evaluate
// that detainee (target p99 < 5 ms).
#include "store/facility_evaluations.h"
#include "store/store.h"
#include "util/local_time.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdlib>
#include <filesystem>

namespace {

using namespace ronde;

const Date kToday = *Date::fromCivil(2026, 11, 22);
constexpr int kDetainees = 1000;
constexpr int kEventsEach = 200;

int64_t at(Date day, int hour = 10)
{
    return utcFromAmsterdam({day, hour * 60});
}

// 200 events over 400 days: a review every six weeks, two plans, an intake, a plan talk, and
// contacts of every role filling the rest, about every other day.
DetaineeEvents historyOf(const Detainee &d, const std::string &author, int serial)
{
    DetaineeEvents events;
    auto header = [&](Date day, int hour) {
        EventHeader h;
        h.detaineeId = d.id;
        h.authorId = author;
        h.occurredAtMs = at(day, hour);
        return h;
    };
    int made = 0;
    for (int offset = 40; offset < 400 && made < 9; offset += 42, ++made) {
        CaseReview r;
        r.header = header(d.admittedOn.plusDays(offset), 9);
        r.lights = {{"safety", (serial + made) % 7 == 0 ? Light::Orange : Light::Green},
                    {"care", Light::Green},
                    {"reintegration", Light::Green}};
        events.reviews.push_back(r);
    }
    events.plans.push_back({header(d.admittedOn.plusDays(10), 11), PlanStage::Concept});
    events.plans.push_back({header(d.admittedOn.plusDays(25), 11), PlanStage::Definitive});
    made += 2;
    const RoleSet roles[] = {
        {Role::Mentor}, {Role::CaseManager}, {Role::Volunteer}, {Role::CareProvider}};
    for (int i = 0; made < kEventsEach; ++i, ++made) {
        Contact c;
        c.header = header(d.admittedOn.plusDays(1 + i * 2), 10 + i % 6);
        c.roles = i == 0 ? RoleSet{Role::CaseManager} : roles[i % 4];
        c.kind = i == 0 ? ContactKind::Intake
                        : (i % 4 == 0 ? ContactKind::MentorTalk : ContactKind::Other);
        if (i == 3) {
            c.kind = ContactKind::PlanTalk;
            c.roles = {Role::CaseManager, Role::Municipality, Role::Probation};
        }
        c.satisfaction = 1 + i % 5;
        events.contacts.push_back(c);
    }
    return events;
}

Detainee detaineeNumber(int i)
{
    Detainee d;
    d.id = "00000000-0000-7000-8000-" + std::to_string(100000000000 + i);
    d.facilityId = "fac";
    d.number = std::to_string(1000000 + i);
    d.name = "Gedetineerde " + std::to_string(i);
    d.admittedOn = kToday.plusDays(-(30 + i % 400));
    return d;
}

void evaluateFacilityInMemory(benchmark::State &state)
{
    std::vector<std::pair<Detainee, DetaineeEvents>> facility;
    for (int i = 0; i < kDetainees; ++i) {
        Detainee d = detaineeNumber(i);
        facility.emplace_back(d, historyOf(d, "author", i));
    }
    for (auto _ : state) {
        int overdue = 0;
        for (const auto &[d, events] : facility) {
            const Evaluation e =
                evaluate(defaultProfile(), FacilityKind::Prison, d, events, kToday);
            overdue += e.urgency(kToday) == 3 ? 1 : 0;
        }
        benchmark::DoNotOptimize(overdue);
    }
    state.counters["detainees"] = kDetainees;
    state.counters["events"] = kDetainees * kEventsEach;
}
BENCHMARK(evaluateFacilityInMemory)->Unit(benchmark::kMillisecond);

// One SQLite file with the facility, made once for the store benchmarks below.
class FacilityFile
{
public:
    static FacilityFile &instance()
    {
        static FacilityFile file;
        return file;
    }
    std::string path() const { return m_path.string(); }

private:
    FacilityFile()
        : m_path(std::filesystem::temp_directory_path() / "ronde-bench-policy.sqlite")
    {
        remove();
        Store store(path(), [] { return at(kToday, 12); });
        store.registry().upsert(Facility{"fac", "PI Bench", FacilityKind::Prison, "dbt-2014"});
        User author;
        author.id = "author";
        author.facilityId = "fac";
        author.name = "Medewerker";
        author.role = Role::CaseManager;
        store.registry().upsert(author);
        for (const Role role :
             {Role::Mentor, Role::Volunteer, Role::CareProvider, Role::Director}) {
            User u = author;
            u.id = std::string(nameOf(role));
            u.role = role;
            store.registry().upsert(u);
        }
        UuidGenerator ids([] { return at(kToday, 12); }, 42);
        Transaction tx(store.database());
        for (int i = 0; i < kDetainees; ++i) {
            const Detainee d = detaineeNumber(i);
            store.registry().upsert(d);
            DetaineeEvents events = historyOf(d, "author", i);
            auto stamp = [&](EventHeader &h, const char *role) {
                h.id = ids.next();
                h.authorId = role;
                h.recordedAtMs = h.occurredAtMs;
                h.hlc = HlcStamp{h.occurredAtMs, 0}.packed();
            };
            for (Contact &c : events.contacts) {
                stamp(c.header, c.roles.contains(Role::CaseManager) ? "author"
                                : c.roles.contains(Role::Mentor)    ? "mentor"
                                : c.roles.contains(Role::Volunteer) ? "volunteer"
                                                                    : "careProvider");
                store.events().import(c);
            }
            for (CaseReview &r : events.reviews) {
                stamp(r.header, "author");
                store.events().import(r);
            }
            for (ReintegrationPlan &p : events.plans) {
                stamp(p.header, "author");
                store.events().import(p);
            }
        }
        tx.commit();
    }
    ~FacilityFile()
    {
        if (!std::getenv("RONDE_BENCH_KEEP"))
            remove();
    }
    void remove()
    {
        for (const char *suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(m_path.string() + suffix);
        }
    }
    std::filesystem::path m_path;
};

void loadAndEvaluateFacilityFromStore(benchmark::State &state)
{
    Store store(FacilityFile::instance().path(), [] { return at(kToday, 12); });
    state.counters["events"] = double(store.events().count());
    for (auto _ : state) {
        FacilityEvaluations evaluations(store, "fac", kToday);
        benchmark::DoNotOptimize(evaluations.all().size());
    }
}
BENCHMARK(loadAndEvaluateFacilityFromStore)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void recordContactAndReEvaluate(benchmark::State &state)
{
    Store store(FacilityFile::instance().path(), [] { return at(kToday, 12); });
    FacilityEvaluations evaluations(store, "fac", kToday);
    const Detainee d = detaineeNumber(7);
    Contact talk;
    talk.header.detaineeId = d.id;
    talk.header.authorId = "mentor";
    talk.header.occurredAtMs = at(kToday, 9);
    talk.roles = {Role::Mentor};
    talk.kind = ContactKind::MentorTalk;
    std::vector<double> micros;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        store.events().record(talk); // the store's change notice re-evaluates the detainee
        benchmark::DoNotOptimize(evaluations.of(d.id));
        micros.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(micros.begin(), micros.end());
    state.counters["p50_us"] = micros[micros.size() / 2];
    state.counters["p99_us"] = micros[size_t(double(micros.size() - 1) * 0.99)];
    state.counters["facility_reads"] = evaluations.facilityReads();
}
BENCHMARK(recordContactAndReEvaluate)->Unit(benchmark::kMicrosecond)->Iterations(500);

} // namespace

namespace {
void readFacilityEventsFromStore(benchmark::State &state)
{
    ronde::Store store(FacilityFile::instance().path());
    for (auto _ : state) {
        benchmark::DoNotOptimize(store.events().allOfFacility("fac").size());
    }
}
BENCHMARK(readFacilityEventsFromStore)->Unit(benchmark::kMillisecond)->MinTime(3.0);
} // namespace

BENCHMARK_MAIN();
