#pragma once

// Starts the `ronde` tablet app: parses the command line, opens the database, loads the
// QML window, and either runs it or renders it to a PNG (--screenshot). Returns the exit code.
int runRonde(int argc, char *argv[]);
