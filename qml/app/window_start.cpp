#include "window_start.h"

#include "ui_language.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

namespace ronde::app {
namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// lupdate files free tr() calls under the namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("ronde::app", text);
}

} // namespace

bool hasFlag(int argc, char *argv[], const char *flag)
{
    const auto length = qstrlen(flag);
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], flag) == 0 ||
            (qstrncmp(argv[i], flag, length) == 0 && argv[i][length] == '=')) {
            return true;
        }
    }
    return false;
}

void say(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
}

bool prepareDisplay(int argc, char *argv[], const QStringList &headlessFlags,
                    const QString &program)
{
    const bool screenshot = hasFlag(argc, argv, "--screenshot");
    if (!hasDisplay()) {
        bool headless = screenshot;
        for (const QString &flag : headlessFlags) {
            headless = headless || hasFlag(argc, argv, qPrintable(flag));
        }
        if (!headless) {
            // Before the application object: no translations yet, so Dutch.
            std::fprintf(stderr,
                         "Geen beeldscherm gevonden (DISPLAY is leeg). Start %s in een "
                         "grafische sessie of onder Xvfb (xvfb-run), of maak een schermafdruk "
                         "met: %s --demo --screenshot %s.png\n",
                         qPrintable(program), qPrintable(program), qPrintable(program));
            return false;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (screenshot || qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
    return true;
}

void addWindowOptions(QCommandLineParser &parser, const QStringList &pages)
{
    parser.addOption({"data-dir",
                      tr("De gegevensmap. Standaard: %1.")
                          .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
                      tr("MAP")});
    parser.addOption({"screenshot",
                      tr("Tekent het eerste scherm (zonder beeldscherm) naar een PNG en stopt."),
                      tr("BESTAND")});
    parser.addOption(
        {"page",
         tr("Met --screenshot: welke pagina (%1). Standaard de eerste.").arg(pages.join(", ")),
         tr("NAAM")});
    parser.addOption(
        {"orientation",
         tr("Met --screenshot: landscape (1280×800, standaard) of portrait (800×1280)."),
         tr("STAND")});
    parser.addOption({"lang",
                      tr("Taal van de app: nl, en, of een taal met een eigen vertaalbestand (%1). "
                         "Standaard de taal van het systeem.")
                          .arg(UiLanguage::available().join(", ")),
                      tr("TAAL")});
}

int applyWindowOptions(const QCommandLineParser &parser, const QStringList &pages)
{
    if (parser.isSet("lang") && !UiLanguage::isAvailable(parser.value("lang"))) {
        say(stderr, tr("Onbekende taal '%1': kies uit %2.")
                        .arg(parser.value("lang"), UiLanguage::available().join(", ")));
        return 2;
    }
    UiLanguage::applyAtStart(parser.value("lang"));
    const QString page = parser.value("page");
    if (parser.isSet("page") && !pages.contains(page)) {
        say(stderr, tr("Onbekende pagina '%1': kies uit %2.").arg(page, pages.join(", ")));
        return 2;
    }
    const QString orientation = parser.value("orientation");
    if (parser.isSet("orientation") && orientation != "landscape" && orientation != "portrait") {
        say(stderr, tr("Onbekende stand '%1': kies landscape of portrait.").arg(orientation));
        return 2;
    }
    return 0;
}

QString helpText(const std::function<void(QCommandLineParser &)> &describe)
{
    QCommandLineParser translated;
    describe(translated);
    return translated.helpText();
}

QString dataDirectory(const QCommandLineParser &parser)
{
    const QString dataDir = parser.isSet("data-dir")
                                ? parser.value("data-dir")
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir)) {
        say(stderr, tr("De gegevensmap %1 kan niet worden aangemaakt.").arg(dataDir));
        return {};
    }
    return dataDir;
}

void applyOrientation(const QCommandLineParser &parser, QQuickWindow *window)
{
    if (parser.value("orientation") == "portrait") {
        window->resize(800, 1280);
    }
}

namespace {

// Every visible text of the window that is cut: elided or past its maximumLineCount (Qt
// Quick's `truncated`), or running over the window's right edge.
void findCutTexts(const QQuickItem *item, qreal windowWidth, QStringList &out)
{
    if (!item->isVisible() || item->opacity() == 0) {
        return;
    }
    const QString text = item->property("text").toString();
    if (!text.isEmpty() && item->property("truncated").isValid()) {
        const QRectF onScreen = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (item->property("truncated").toBool()) {
            out << text;
        } else if (onScreen.right() > windowWidth + 1 && onScreen.left() < windowWidth) {
            out << text + " (over the edge)";
        }
    }
    for (const QQuickItem *child : item->childItems()) {
        findCutTexts(child, windowWidth, out);
    }
}

} // namespace

void screenshotWhenReady(QQuickWindow *window, const QString &file)
{
    auto save = [window, file] {
        // For the layout tests: RONDE_REPORT_CUT_TEXT=1 names each cut text on stderr.
        if (qEnvironmentVariableIsSet("RONDE_REPORT_CUT_TEXT")) {
            QStringList cut;
            findCutTexts(window->contentItem(), window->width(), cut);
            for (const QString &text : cut) {
                std::fprintf(stderr, "cut-text: %s\n", qPrintable(text));
            }
        }
        const QImage image = window->grabWindow();
        const bool ok = !image.isNull() && image.save(file, "PNG");
        say(ok ? stdout : stderr, ok ? tr("Schermafdruk bewaard: %1").arg(file)
                                     : tr("Kon de schermafdruk niet bewaren in %1").arg(file));
        QCoreApplication::exit(ok ? 0 : 1);
    };
    // Wait for the first frame, then one event-loop turn so that lists have laid out.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [save] { QTimer::singleShot(200, save); },
        Qt::SingleShotConnection);
    window->update();
}

} // namespace ronde::app
