// Recording a contact on the tablet: validation, event + body + outbox row in one
// transaction, on a real SQLite file with synchronous=FULL (DESIGN target: p99 < 5 ms,
// together with re-evaluating the detainee once the policy engine exists).
#include "demo/demo.h"
#include "store/store.h"
#include "util/local_time.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <filesystem>
#include <vector>

namespace {

const ronde::Date kToday = *ronde::Date::fromCivil(2026, 11, 22);

struct DemoFile
{
    std::filesystem::path path;
    explicit DemoFile(const char *name)
        : path(std::filesystem::temp_directory_path() / name)
    {
        remove();
    }
    ~DemoFile() { remove(); }
    void remove()
    {
        for (const char *suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(path.string() + suffix);
        }
    }
};

ronde::Contact mentorTalkFor(ronde::Store &store)
{
    const auto facility = store.registry().facilities().front();
    const auto detainee = store.registry().detainees(facility.id).front();
    std::string mentorId;
    for (const auto &u : store.registry().users(facility.id)) {
        if (u.role == ronde::Role::Mentor) {
            mentorId = u.id;
            break;
        }
    }
    ronde::Contact c;
    c.header.detaineeId = detainee.id;
    c.header.authorId = mentorId;
    c.header.occurredAtMs = ronde::utcFromAmsterdam({kToday.plusDays(-1), 10 * 60});
    c.roles = {ronde::Role::Mentor};
    c.kind = ronde::ContactKind::MentorTalk;
    c.satisfaction = 4;
    c.notes = "Gesprek over werk en de contacten met de reclassering.";
    return c;
}

void recordContactOnFile(benchmark::State &state)
{
    DemoFile file("ronde-bench-record.sqlite");
    const auto clock = [] { return ronde::utcFromAmsterdam({kToday, 12 * 60}); };
    ronde::Store store(file.path.string(), clock);
    ronde::DemoOptions options;
    options.today = kToday;
    ronde::generateDemo(store, options);
    const ronde::Contact contact = mentorTalkFor(store);

    std::vector<double> micros;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(store.events().record(contact));
        micros.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(micros.begin(), micros.end());
    auto percentile = [&](double p) {
        return micros.empty() ? 0.0 : micros[size_t(p * double(micros.size() - 1))];
    };
    state.counters["p50_us"] = percentile(0.50);
    state.counters["p99_us"] = percentile(0.99);
    state.counters["max_us"] = micros.empty() ? 0.0 : micros.back();
}
BENCHMARK(recordContactOnFile)->Unit(benchmark::kMicrosecond)->Iterations(2000);

void recordContactInMemory(benchmark::State &state)
{
    const auto clock = [] { return ronde::utcFromAmsterdam({kToday, 12 * 60}); };
    ronde::Store store(":memory:", clock);
    ronde::DemoOptions options;
    options.today = kToday;
    ronde::generateDemo(store, options);
    const ronde::Contact contact = mentorTalkFor(store);
    for (auto _ : state) {
        benchmark::DoNotOptimize(store.events().record(contact));
    }
}
BENCHMARK(recordContactInMemory)->Unit(benchmark::kMicrosecond);

// Generating the central demo: the bulk path used for large benchmark data sets.
void generateDemoFacility(benchmark::State &state)
{
    for (auto _ : state) {
        ronde::Store store(":memory:");
        ronde::DemoOptions options;
        options.today = kToday;
        options.detaineesPerFacility = int(state.range(0));
        const auto summary = ronde::generateDemo(store, options);
        state.counters["events"] = double(summary.events);
    }
}
BENCHMARK(generateDemoFacility)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
