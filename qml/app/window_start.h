#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <cstdio>
#include <functional>

class QQuickWindow;

// What the two windowed programs share at start (`ronde`, the tablet app, and `ronde-office`,
// the office dashboard): finding a display or drawing offscreen, the options of a window
// (--screenshot, --page, --orientation, --lang, --data-dir), and drawing the first frame to
// a PNG.
namespace ronde::app {

// Whether the command line holds a flag, as "--flag" or "--flag=…", before Qt parses it.
bool hasFlag(int argc, char *argv[], const char *flag);
void say(FILE *stream, const QString &text);

// Before the application object exists: without a display, draw offscreen when a screenshot
// or a command without a window (`headless`) is asked for, and say so otherwise (false: stop
// with exit code 1). Offscreen, the software renderer draws the same scene.
bool prepareDisplay(int argc, char *argv[], const QStringList &headlessFlags,
                    const QString &program);

// --data-dir, --screenshot, --page (one of `pages`), --orientation and --lang.
void addWindowOptions(QCommandLineParser &parser, const QStringList &pages);
// After parsing: a bad --lang, --page or --orientation is said on stderr; 0 when all is
// well, else the exit code (2). Also applies the language.
int applyWindowOptions(const QCommandLineParser &parser, const QStringList &pages);
// The data folder (--data-dir, or the app's standard one), made if missing; "" when it cannot
// be made (said on stderr).
QString dataDirectory(const QCommandLineParser &parser);
// The --help text, with the options described anew now that applyWindowOptions has put the
// chosen language in force (the parser that read --lang described them before it).
QString helpText(const std::function<void(QCommandLineParser &)> &describe);
// A portrait window is 800×1280; landscape (the default) stays as the QML made it.
void applyOrientation(const QCommandLineParser &parser, QQuickWindow *window);

// Renders the window's first complete frame to a PNG, then quits with 0 (or 1 on failure).
void screenshotWhenReady(QQuickWindow *window, const QString &file);

} // namespace ronde::app
