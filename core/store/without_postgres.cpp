// The stand-in for the PostgreSQL engine in a program that does not link ronde_postgres (the
// tablet app). The linker takes it from the ronde_core archive only when no engine was linked:
// a program with ronde_postgres has openPostgres already (docs/ARCHITECTURE.md "Libraries").
#include "database.h"

namespace ronde {

std::unique_ptr<Database> openPostgres(const std::string &uri)
{
    (void)uri;
    throw DatabaseError("this program has no PostgreSQL engine: it opens SQLite files only");
}

} // namespace ronde
