#include "registry_cache.h"

namespace ronde::sync {

RegistryCache::Shared RegistryCache::get(const std::string &facilityId, int64_t generation,
                                         Date keptFrom, const Build &build)
{
    {
        const std::lock_guard lock(m_lock);
        const auto held = m_held.find(facilityId);
        if (held != m_held.end() && held->second.generation == generation &&
            held->second.keptFrom == keptFrom) {
            return held->second.registry;
        }
    }
    // Two workers that miss at once both build; the registry is the same.
    Shared built = std::make_shared<const FacilityRegistry>(build());
    const std::lock_guard lock(m_lock);
    m_held[facilityId] = {generation, keptFrom, built};
    return built;
}

} // namespace ronde::sync
