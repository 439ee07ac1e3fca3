#pragma once

#include <QStringList>

class QTextStream;

namespace ronde::server {

// Exit codes of ronde-server: 0 done, 1 failed while working, 2 bad command line or input.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    BadUsage = 2
};

// Runs one `ronde-server` command line (arguments without the program name) and returns its
// exit code. Output goes to `out`, problems in plain Dutch to `err`.
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Whether the command draws (a PDF report): then it needs fonts, so a QGuiApplication.
bool commandPaints(const QStringList &arguments);

} // namespace ronde::server
