#pragma once

#include <cstdint>

namespace ronde {

// The central server's numbering of accepted events (`server_log`): a facility's tablets
// pull their facility's rows after their cursor. Whoever hands out numbers holds this lock
// until commit (Database::lockExclusively), so that numbers commit in the order they are
// given, even with several server processes on one PostgreSQL database: a puller that saw
// number n never misses a smaller one committed later. On a tablet the table stays empty.
constexpr int64_t kServerSequenceLock = 0x73657175656e6365; // "sequence"

} // namespace ronde
