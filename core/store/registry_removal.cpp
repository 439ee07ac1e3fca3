// A detainee's removal (RegistryRepository::remove): a tablet's purge when they left its
// scope (docs/RULES.md "Privacy"). Apart from the rest of the registry's writes because it
// leans on the schema's cascades, which one engine does not have.
#include "change_notifier.h"
#include "database.h"
#include "registry_repository.h"

namespace ronde {

void RegistryRepository::remove(const std::string &detaineeId)
{
    // The detainee's history goes with them by the foreign keys' cascade. PostgreSQL is only
    // ever the server's, which keeps every detainee, and its events have no such keys
    // (schema 13): a removal there would leave the history behind.
    if (m_db.dialect() == SqlDialect::PostgreSQL) {
        throw DatabaseError("remove: the server keeps every detainee");
    }
    m_db.prepare("DELETE FROM detainees WHERE id = ?").bind(1, detaineeId).run();
    m_notifier.notify({Change::Kind::Registry, detaineeId, detaineeId});
}

} // namespace ronde
