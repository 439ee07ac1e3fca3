#include "launcher.h"

#include "client/http_client.h"
#include "database_key_store.h"
#include "demo/demo.h"
#include "store/store.h"
#include "ui_language.h"
#include "viewmodels/office_dashboard.h"
#include "viewmodels/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <QTranslator>
#include <QUrl>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// Whether the command line holds a flag, as "--flag" or "--flag=…", before Qt parses it.
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

bool wantsScreenshot(int argc, char *argv[])
{
    return hasFlag(argc, argv, "--screenshot");
}

// Commands that print and exit need no display: help, version, enrol, sync-once.
bool runsHeadless(int argc, char *argv[])
{
    for (const char *flag : {"--help", "-h", "--version", "--enrol", "--sync-once"}) {
        if (hasFlag(argc, argv, flag)) {
            return true;
        }
    }
    return false;
}

void say(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
}

// The key of the tablet's encrypted database (docs/SECURITY.md "At rest"). A key kept in a
// file instead of the keystore is said on stderr, every start.
DatabaseKeyLookup tabletDatabaseKey(const QString &databasePath)
{
    const auto keystore = platformKeystore();
    DatabaseKeyLookup lookup = databaseKeyFor(databasePath, *keystore);
    if (!lookup.warning.isEmpty()) {
        say(stderr, QCoreApplication::translate("ronde", "Waarschuwing: %1").arg(lookup.warning));
    }
    return lookup;
}

// `ronde --sync-once`'s exit code when the sync completed but the server refused changes
// (they stay on the tablet); 1 is a sync that failed, 2 a wrong command line.
constexpr int kExitRefused = 3;

// `ronde --enrol URL CODE` and `ronde --sync-once`: the tablet's sync without its window.
int runSyncCommand(const QCommandLineParser &parser, const QString &databasePath)
{
    const DatabaseKeyLookup key = tabletDatabaseKey(databasePath);
    if (!key.key) {
        say(stderr, key.error);
        return 1;
    }
    ronde::Store store(databasePath.toStdString(), ronde::systemClock(), key.key);
    ronde::sync::HttpClient client(store);
    if (parser.isSet("enrol")) {
        if (parser.positionalArguments().size() != 1) {
            say(stderr, QCoreApplication::translate(
                            "ronde", "Gebruik: ronde --enrol SERVERADRES AANMELDCODE"));
            return 2;
        }
        const QString name =
            parser.isSet("device-name") ? parser.value("device-name") : QSysInfo::machineHostName();
        QByteArray certificate;
        if (parser.isSet("server-cert")) {
            QFile file(parser.value("server-cert"));
            if (!file.open(QIODevice::ReadOnly)) {
                say(stderr, QCoreApplication::translate("ronde", "Kan %1 niet lezen.")
                                .arg(parser.value("server-cert")));
                return 2;
            }
            certificate = file.readAll();
        }
        const QString error = client.enrol(QUrl(parser.value("enrol")),
                                           parser.positionalArguments()[0], name, certificate);
        if (!error.isEmpty()) {
            say(stderr, error);
            return 1;
        }
        say(stdout,
            QCoreApplication::translate("ronde", "Aangemeld bij %1.").arg(parser.value("enrol")));
    }
    if (parser.isSet("sync-once") || parser.isSet("enrol")) {
        const ronde::sync::SyncSummary summary = client.syncOnce();
        if (!summary.ok) {
            say(stderr, QCoreApplication::translate("ronde", "Synchronisatie mislukt: %1")
                            .arg(summary.error));
            return 1;
        }
        if (summary.refused > 0) {
            // Not "klaar": what the server refused stays on this tablet, with its reason.
            say(stderr, QCoreApplication::translate(
                            "ronde",
                            "Synchronisatie voltooid, maar %n registratie(s) geweigerd "
                            "door de server: %1 verstuurd, %2 opgehaald.",
                            nullptr, summary.refused)
                            .arg(summary.pushed)
                            .arg(summary.pulled));
            const auto refused = store.outbox().refused();
            for (const ronde::RefusedChange &change : refused) {
                say(stderr, QStringLiteral("  %1 (%2): %3")
                                .arg(QString::fromStdString(change.eventType),
                                     QString::fromStdString(change.eventId),
                                     QString::fromStdString(change.reason)));
            }
            return kExitRefused;
        }
        say(stdout, QCoreApplication::translate(
                        "ronde", "Synchronisatie klaar: %1 verstuurd, %2 opgehaald, %3 ronde(n).")
                        .arg(summary.pushed)
                        .arg(summary.pulled)
                        .arg(summary.rounds));
    }
    return 0;
}

// Renders the window's first complete frame to a PNG, then quits with 0 (or 1 on failure).
void screenshotWhenReady(QQuickWindow *window, const QString &file)
{
    auto save = [window, file] {
        const QImage image = window->grabWindow();
        const bool ok = !image.isNull() && image.save(file, "PNG");
        std::fprintf(
            ok ? stdout : stderr, "%s\n",
            qPrintable(
                ok ? QCoreApplication::translate("ronde", "Schermafdruk bewaard: %1").arg(file)
                   : QCoreApplication::translate("ronde", "Kon de schermafdruk niet bewaren in %1")
                         .arg(file)));
        QCoreApplication::exit(ok ? 0 : 1);
    };
    // Wait for the first frame, then one event-loop turn so that lists have laid out.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [save] { QTimer::singleShot(200, save); },
        Qt::SingleShotConnection);
    window->update();
}

// Every touch, click or key press keeps the session awake; idle for a few minutes, it locks.
class ActivityFilter : public QObject
{
public:
    explicit ActivityFilter(Session &session)
        : m_session(session)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::TouchBegin:
        case QEvent::KeyPress:
        case QEvent::Wheel:
            m_session.noteActivity();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Session &m_session;
};

const QStringList kPages{"SignIn", "Rounds",   "Detainee", "Contact", "Rating",
                         "Review", "Decision", "Sync",     "NewPin"};
const QStringList kOfficePages{"Office", "OfficeList"};

// Screenshots of pages past the sign-in use a demo user of the role that page is for.
bool signInForPage(Session &session, const QString &page)
{
    const QString role = page == "Review" || page == "Decision" ? "director" : "mentor";
    for (const QVariant &entry : session.staff()) {
        const QVariantMap user = entry.toMap();
        if (user.value("role").toString() == role) {
            return session.signIn(user.value("id").toString(), ronde::kDemoPin).isEmpty();
        }
    }
    return false;
}

// `ronde --office`: the office dashboard over the central database, read-only.
int runOffice(const QCommandLineParser &parser, const QString &dataDir, const QString &page,
              const QString &orientation)
{
    const bool demo = parser.isSet("demo") && !parser.isSet("database");
    if (!parser.isSet("database") && !demo) {
        say(stderr, QCoreApplication::translate(
                        "ronde", "Kantoormodus heeft de centrale database nodig: geef --database "
                                 "BESTAND of postgresql://…, of --demo."));
        return 2;
    }
    const QString location =
        demo ? QDir(dataDir).filePath("office-demo.sqlite") : parser.value("database");
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
    engine.load(QUrl("qrc:/qt/qml/Ronde/OfficeMain.qml"));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (orientation == "portrait") {
        window->resize(800, 1280);
    }
    if (page == "OfficeList") {
        QVariant shown;
        if (!QMetaObject::invokeMethod(window, "showList", Q_RETURN_ARG(QVariant, shown),
                                       Q_ARG(QVariant, QString("noInternalContact"))) ||
            !shown.toBool()) {
            say(stderr, QCoreApplication::translate("ronde", "Pagina %1 kon niet worden getoond.")
                            .arg(page));
            return 2;
        }
    }
    if (screenshot) {
        screenshotWhenReady(window, parser.value("screenshot"));
    }
    return QCoreApplication::exec();
}

} // namespace

int runRonde(int argc, char *argv[])
{
    QElapsedTimer sinceStart; // cold start to first usable frame (scripts/bench app)
    sinceStart.start();
    const bool screenshot = wantsScreenshot(argc, argv);
    if (!hasDisplay()) {
        if (!screenshot && !runsHeadless(argc, argv)) {
            std::fprintf(stderr, "%s\n",
                         "Geen beeldscherm gevonden (DISPLAY is leeg). Start Ronde in een "
                         "grafische sessie of onder Xvfb (xvfb-run), of maak een schermafdruk "
                         "met: ronde --demo --screenshot ronde.png");
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (screenshot || qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        // No GPU offscreen: the software renderer draws the same scene.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    // Qt Charts (the office dashboard) draws with QGraphicsView, which needs a QApplication.
    const bool office = hasFlag(argc, argv, "--office");
    const std::unique_ptr<QGuiApplication> application =
        office ? std::make_unique<QApplication>(argc, argv)
               : std::make_unique<QGuiApplication>(argc, argv);
    QGuiApplication &app = *application;
    QGuiApplication::setOrganizationName("Ronde");
    QGuiApplication::setApplicationName("ronde");
    QGuiApplication::setApplicationVersion(RONDE_VERSION);
    QQuickStyle::setStyle("Basic");

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ronde", "Ronde: contacten, beoordelingen en besluiten vastleggen tijdens de ronde."));
    parser.addOption({{"h", "help"}, QCoreApplication::translate("ronde", "Toont deze hulp.")});
    parser.addVersionOption();
    parser.addOption({"demo", QCoreApplication::translate(
                                  "ronde", "Start met de demo-inrichting (wordt bij de eerste "
                                           "start aangemaakt in de gegevensmap).")});
    parser.addOption({"data-dir",
                      QCoreApplication::translate("ronde", "De gegevensmap. Standaard: %1.")
                          .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
                      QCoreApplication::translate("ronde", "MAP")});
    parser.addOption({"screenshot",
                      QCoreApplication::translate("ronde", "Tekent het eerste scherm (zonder "
                                                           "beeldscherm) naar een PNG en stopt."),
                      QCoreApplication::translate("ronde", "BESTAND")});
    parser.addOption({"page",
                      QCoreApplication::translate(
                          "ronde", "Met --screenshot: welke pagina (%1; met --office: %2). "
                                   "Standaard de eerste.")
                          .arg(kPages.join(", "), kOfficePages.join(", ")),
                      QCoreApplication::translate("ronde", "NAAM")});
    parser.addOption({"orientation",
                      QCoreApplication::translate("ronde", "Met --screenshot: landscape (1280×800, "
                                                           "standaard) of portrait (800×1280)."),
                      QCoreApplication::translate("ronde", "STAND")});
    parser.addOption({"enrol",
                      QCoreApplication::translate("ronde", "Meldt deze tablet aan bij de server "
                                                           "met een eenmalige code en "
                                                           "synchroniseert: --enrol URL CODE."),
                      QCoreApplication::translate("ronde", "URL")});
    parser.addOption({"device-name",
                      QCoreApplication::translate("ronde", "Naam van deze tablet bij het "
                                                           "aanmelden (standaard de hostnaam)."),
                      QCoreApplication::translate("ronde", "NAAM")});
    parser.addOption({"server-cert",
                      QCoreApplication::translate("ronde", "Met --enrol: het certificaat van de "
                                                           "server (PEM); de tablet vertrouwt "
                                                           "daarna alleen dat certificaat."),
                      QCoreApplication::translate("ronde", "BESTAND")});
    parser.addOption(
        {"sync-once", QCoreApplication::translate("ronde", "Synchroniseert één keer zonder "
                                                           "venster, toont een samenvatting en "
                                                           "stopt (0: gelukt, 1: mislukt, "
                                                           "3: gelukt, maar de server weigerde "
                                                           "registraties; die blijven op de "
                                                           "tablet).")});
    parser.addPositionalArgument(QCoreApplication::translate("ronde", "CODE"),
                                 QCoreApplication::translate("ronde", "Met --enrol: de code."),
                                 "[CODE]");
    parser.addOption(
        {"office", QCoreApplication::translate(
                       "ronde", "Kantoormodus (desktop): de rapportage van alle inrichtingen, "
                                "alleen lezen, met grafieken en de lijsten erachter.")});
    parser.addOption({"database",
                      QCoreApplication::translate("ronde", "Met --office: de database van de "
                                                           "centrale server (bestand of "
                                                           "postgresql://…)."),
                      QCoreApplication::translate("ronde", "PAD|URI")});
    parser.addOption({"lang",
                      QCoreApplication::translate("ronde", "Taal van de app: nl of en. "
                                                           "Standaard de taal van het systeem."),
                      QCoreApplication::translate("ronde", "TAAL")});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet("lang") && parser.value("lang") != "nl" && parser.value("lang") != "en") {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("ronde", "Onbekende taal '%1': kies nl of en.")
                           .arg(parser.value("lang"))));
        return 2;
    }
    UiLanguage::applyAtStart(parser.value("lang"));
    const QString page = parser.value("page");
    const QStringList &pages = office ? kOfficePages : kPages;
    if (parser.isSet("page") && !pages.contains(page)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("ronde", "Onbekende pagina '%1': kies uit %2.")
                           .arg(page, pages.join(", "))));
        return 2;
    }
    const QString orientation = parser.value("orientation");
    if (parser.isSet("orientation") && orientation != "landscape" && orientation != "portrait") {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "ronde", "Onbekende stand '%1': kies landscape of portrait.")
                                    .arg(orientation)));
        return 2;
    }
    if (parser.isSet("help")) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet("version")) {
        parser.showVersion();
    }

    const QString dataDir = parser.isSet("data-dir")
                                ? parser.value("data-dir")
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "ronde", "De gegevensmap %1 kan niet worden aangemaakt.")
                                    .arg(dataDir)));
        return 1;
    }
    if (office) {
        return runOffice(parser, dataDir, page, orientation);
    }
    const bool demo = parser.isSet("demo");
    const QString databasePath = QDir(dataDir).filePath(demo ? "demo.sqlite" : "ronde.sqlite");
    if (parser.isSet("enrol") || parser.isSet("sync-once")) {
        try {
            return runSyncCommand(parser, databasePath);
        } catch (const std::exception &e) {
            say(stderr, QCoreApplication::translate("ronde", "Fout: %1").arg(e.what()));
            return 1;
        }
    }
    Session session;
    const DatabaseKeyLookup key = tabletDatabaseKey(databasePath);
    if (!key.key) {
        session.refuse(key.error);
        say(stderr, key.error);
    } else if (!session.openEncrypted(databasePath, *key.key, demo)) {
        std::fprintf(stderr, "%s\n", qPrintable(session.errorString()));
        // Still start: the window shows the problem in words.
    }

    QQmlApplicationEngine engine;
    engine.addImportPath("qrc:/qt/qml");
    engine.setInitialProperties({{"session", QVariant::fromValue(&session)}});
    engine.load(QUrl("qrc:/qt/qml/Ronde/Main.qml"));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    ActivityFilter activity(session);
    app.installEventFilter(&activity);
    if (orientation == "portrait") {
        window->resize(800, 1280);
    }
    if (parser.isSet("page") && page != "SignIn") {
        QVariant shown;
        if (!demo || !signInForPage(session, page) ||
            !QMetaObject::invokeMethod(window, "showPage", Q_RETURN_ARG(QVariant, shown),
                                       Q_ARG(QVariant, page)) ||
            !shown.toBool()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                               "ronde",
                               "Pagina %1 kon niet worden getoond: dat kan alleen met --demo, "
                               "in een demo-map met demo-gebruikers.")
                               .arg(page)));
            return 2;
        }
    }
    if (qEnvironmentVariableIsSet("RONDE_REPORT_STARTUP")) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [&sinceStart] {
                std::fprintf(stdout, "first-frame-ms %lld\n", sinceStart.elapsed());
                std::fflush(stdout);
            },
            Qt::SingleShotConnection);
    }
    if (parser.isSet("screenshot")) {
        screenshotWhenReady(window, parser.value("screenshot"));
    }
    return app.exec();
}
