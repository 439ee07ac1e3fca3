// Fuzz target: the roster CSV import (core/roster). Any file is parsed into rows and refused
// rows; importing it into a store either applies valid rows or refuses them as ValidationError
// problems, never crashes and never leaves a transaction open.
#include "demo/demo.h"
#include "roster/roster.h"
#include "store/store.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

ronde::Store &storeWithAFacility()
{
    static const std::unique_ptr<ronde::Store> store = [] {
        auto s = std::make_unique<ronde::Store>(":memory:");
        ronde::DemoOptions options;
        options.detaineesPerFacility = 3;
        options.today = *ronde::Date::parseIso("2026-06-01");
        ronde::generateDemo(*s, options);
        return s;
    }();
    return *store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view csv(reinterpret_cast<const char *>(data), size);
    const ronde::RosterFile parsed = ronde::parseRoster(csv);
    for (const ronde::RosterError &error : parsed.errors) {
        (void)error.describe(); // every refusal can be worded
    }
    ronde::Store &store = storeWithAFacility();
    (void)ronde::importRoster(store, csv, /*skipInvalid=*/true,
                              *ronde::Date::parseIso("2026-06-01"));
    if (store.database().inTransaction()) {
        std::abort(); // an import must commit or roll back, whatever the file
    }
    return 0;
}
