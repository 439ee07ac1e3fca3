#include "office_launcher.h"

#include "office_dashboard.h"
#include "window_start.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>

namespace ronde::dashboard {
namespace {

using namespace ronde::app;

const QStringList kPages{"Office", "OfficeList", "OfficeViews"};

// lupdate files free tr() calls under the namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("ronde::dashboard", text);
}

} // namespace

int run(int argc, char *argv[])
{
    if (!prepareDisplay(argc, argv, {"--help", "-h", "--version"}, "ronde-office")) {
        return 1;
    }
    // Qt Charts draws with QGraphicsView, which needs a QApplication (Qt Widgets): one reason
    // the dashboard is a program of its own, and the tablet app links none of it.
    QApplication app(argc, argv);
    QGuiApplication::setOrganizationName("Ronde");
    QGuiApplication::setApplicationName("ronde-office");
    QGuiApplication::setApplicationVersion(RONDE_VERSION);
    QQuickStyle::setStyle("Basic");

    // Described once to parse, and once more for --help in the language --lang chose.
    const auto describe = [](QCommandLineParser &parser) {
        parser.setApplicationDescription(tr(
            "Ronde voor het centrale kantoor: de rapportage van alle inrichtingen, alleen lezen, "
            "met grafieken en de lijsten erachter."));
        parser.addOption({{"h", "help"}, tr("Toont deze hulp.")});
        parser.addVersionOption();
        parser.addOption({"database",
                          tr("De database van de centrale server (bestand of postgresql://…)."),
                          tr("PAD|URI")});
        parser.addOption({"demo", tr("Toont een demo-database met drie inrichtingen (wordt bij de "
                                     "eerste start aangemaakt in de gegevensmap).")});
        addWindowOptions(parser, kPages);
    };
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(app.arguments())) {
        say(stderr, parser.errorText());
        return 2;
    }
    if (const int bad = applyWindowOptions(parser, kPages)) {
        return bad;
    }
    if (parser.isSet("help")) {
        std::fprintf(stdout, "%s", qPrintable(helpText(describe)));
        return 0;
    }
    if (parser.isSet("version")) {
        parser.showVersion();
    }
    const bool demo = parser.isSet("demo") && !parser.isSet("database");
    if (!parser.isSet("database") && !demo) {
        say(stderr, tr("Geef de centrale database: --database BESTAND of postgresql://…, of "
                       "--demo."));
        return 2;
    }
    QString location = parser.value("database");
    if (demo) {
        const QString dataDir = dataDirectory(parser);
        if (dataDir.isEmpty()) {
            return 1;
        }
        location = QDir(dataDir).filePath("office-demo.sqlite");
    }
    OfficeDashboard dashboard;
    if (!dashboard.open(location, demo)) {
        say(stderr, dashboard.errorString());
        return 1;
    }
    const bool screenshot = parser.isSet("screenshot");
    if (screenshot) {
        dashboard.waitForReport(); // the picture shows the figures, not the spinner
    }
    QQmlApplicationEngine engine;
    engine.addImportPath("qrc:/qt/qml");
    engine.setInitialProperties({{"dashboard", QVariant::fromValue(&dashboard)}});
    engine.load(QUrl("qrc:/qt/qml/Ronde/Office/OfficeMain.qml"));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!screenshot && window->screen()) {
        // No larger than its own screen (not the desktop of all screens): on a small one,
        // "Bijwerken" and a key figure were beyond the edge. Once, at the start: a size the
        // user then chooses stays. A screenshot keeps the size it is laid out for.
        const QSize room = window->screen()->availableGeometry().size();
        window->resize(window->size().boundedTo(room));
    }
    applyOrientation(parser, window);
    const QString page = parser.value("page");
    if (page == "OfficeList") {
        QVariant shown;
        if (!QMetaObject::invokeMethod(window, "showList", Q_RETURN_ARG(QVariant, shown),
                                       Q_ARG(QVariant, QString("noInternalContact"))) ||
            !shown.toBool()) {
            say(stderr, tr("Pagina %1 kon niet worden getoond.").arg(page));
            return 2;
        }
    }
    if (page == "OfficeViews") { // the office page at its chart of both views (R7.5)
        QVariant shown;
        if (!QMetaObject::invokeMethod(window, "showBothViews", Q_RETURN_ARG(QVariant, shown)) ||
            !shown.toBool()) {
            say(stderr, tr("Pagina %1 kon niet worden getoond.").arg(page));
            return 2;
        }
    }
    if (screenshot) {
        screenshotWhenReady(window, parser.value("screenshot"));
    }
    return QApplication::exec();
}

} // namespace ronde::dashboard

int runOffice(int argc, char *argv[])
{
    return ronde::dashboard::run(argc, argv);
}
