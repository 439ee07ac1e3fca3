#pragma once

#include "protocol/messages.h"
#include "util/date.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace ronde::sync {

// A facility's registry as the server sends it to the facility's tablets, with the sets a
// page of events is checked against.
struct FacilityRegistry
{
    RegistrySnapshot snapshot;               // PIN hashes as stored (sealed per device when sent)
    std::unordered_set<std::string> present; // the detainees in the tablets' scope
    std::unordered_set<std::string> staff;   // the facility's users
};

// The registries of the facilities, shared by the workers of one process and kept while a
// facility's registry is unchanged. Every sync compares the tablet's registry version with
// the facility's; built from the database each time, that was six queries and the snapshot's
// fingerprint for every request of a docking (docs/PERFORMANCE.md "National scale").
//
// What it holds of a facility is named by the facility's registry generation (drawn anew by
// the schema's triggers in every transaction that changes the registry, in whichever
// process; RegistryRepository::generation) and the first day of the retention period (a
// discharged detainee leaves the snapshot as days pass). A request reads the generation in
// the same snapshot of the database as anything it builds, so what is held is what the
// database held at that generation. Thread-safe; built without the lock held.
class RegistryCache
{
public:
    using Shared = std::shared_ptr<const FacilityRegistry>;
    using Build = std::function<FacilityRegistry()>;

    // The facility's registry at this generation and retention: the one held, or build()'s,
    // which is then held.
    Shared get(const std::string &facilityId, int64_t generation, Date keptFrom,
               const Build &build);

private:
    struct Held
    {
        int64_t generation = 0;
        Date keptFrom;
        Shared registry;
    };
    std::mutex m_lock;
    std::unordered_map<std::string, Held> m_held;
};

} // namespace ronde::sync
