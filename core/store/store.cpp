#include "store.h"

#include "migrations.h"

namespace ronde {

Store::Store(const std::string &location, Clock clock, const std::optional<DatabaseKey> &key)
    : m_clock(clock)
    , m_db(Database::open(location, key))
    , m_schemaVersion(migrate(*m_db))
    , m_registry(*m_db, m_notifier, clock)
    , m_audit(*m_db, clock)
    , m_events(*m_db, m_registry, m_notifier, m_audit, std::move(clock))
    , m_outbox(*m_db)
    , m_deviceState(*m_db)
{
    if (key) {
        m_pinKeyPair = tabletPinKeyPair(key->hex());
    }
}

} // namespace ronde
