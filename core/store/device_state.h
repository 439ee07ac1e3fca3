#pragma once

#include <string>

namespace ronde {

class Database;

// What a tablet remembers about itself, as named values (device_state table): its link with
// the server, its sync cursors, the last sync that completed.
class DeviceState
{
public:
    explicit DeviceState(Database &db);
    // "" when not set.
    std::string value(const std::string &key);
    void set(const std::string &key, const std::string &value);

private:
    Database &m_db;
};

} // namespace ronde
