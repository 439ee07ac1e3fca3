#pragma once

#include "common.h"

// Every `ronde-server` command, one file each, in the order the overview lists them.
namespace ronde::server {

Command initCommand();
Command facilityCommand();
Command demoCommand();
Command evaluateCommand();
Command serveCommand();
Command enrolCommand();
Command revokeCommand();
Command devicesCommand();
Command userCommand();
Command reportCommand();
Command importCommand();
Command proposalsCommand();
Command auditCommand();
Command transferCommand();
Command refusalsCommand();
Command loadTestCommand();

} // namespace ronde::server
