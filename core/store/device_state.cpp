#include "device_state.h"

#include "database.h"

namespace ronde {

DeviceState::DeviceState(Database &db)
    : m_db(db)
{}

std::string DeviceState::value(const std::string &key)
{
    Statement &row = m_db.prepare("SELECT value FROM device_state WHERE key = ?");
    row.bind(1, key);
    std::string value = row.step() ? row.text(0) : std::string();
    row.reset();
    return value;
}

void DeviceState::set(const std::string &key, const std::string &value)
{
    m_db.prepare("INSERT INTO device_state (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

} // namespace ronde
