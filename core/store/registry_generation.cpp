// A facility's registry as one number (RegistryRepository::generation): the server's workers
// keep a facility's registry snapshot while it is unchanged (sync/server/registry_cache.h).
#include "database.h"
#include "registry_repository.h"

namespace ronde {

int64_t RegistryRepository::generation(const std::string &facilityId)
{
    Statement &q = m_db.prepare("SELECT registry_generation FROM facilities WHERE id = ?");
    q.bind(1, facilityId);
    if (!q.step()) {
        return 0;
    }
    const int64_t generation = q.int64(0);
    q.reset();
    return generation;
}

} // namespace ronde
