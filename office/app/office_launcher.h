#pragma once

// Starts `ronde-office`, the central office's dashboard (desktop, read-only): parses the
// command line, opens the central database, and shows the window or renders it to a PNG
// (--screenshot). Returns the exit code.
int runOffice(int argc, char *argv[]);
