#include "launcher.h"

#include "client/http_client.h"
#include "client/tablet_sync.h"
#include "database_key_store.h"
#include "demo/demo.h"
#include "store/store.h"
#include "termination_quit.h"
#include "ui_language.h"
#include "viewmodels/session.h"
#include "window_start.h"

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

using namespace ronde::app;

// Commands that print and exit need no display.
const QStringList kHeadless{"--help", "-h", "--version", "--enrol", "--sync-once"};

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
    ronde::Store store(databasePath.toStdString(), ronde::systemClock(), key.key,
                       ronde::StoreRole::Tablet);
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
        ronde::sync::TabletSync(store).noteSuccess(); // the window says so at its next start
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

const QStringList kPages{"SignIn",
                         "Rounds",
                         "Detainee",
                         "Contact",
                         "Rating",
                         "Review",
                         "Decision",
                         "Plan",
                         "Sync",
                         "NewPin",
                         "Questionnaire",
                         "QuestionnaireContact",
                         "QuestionnaireSatisfaction",
                         "QuestionnaireHelp",
                         "QuestionnaireDone"};

// Screenshots of pages past the sign-in use a demo user of the role that page is for.
bool signInForPage(Session &session, const QString &page)
{
    const QString role = page == "Review" || page == "Decision" ? "director"
                         : page == "Plan"                       ? "caseManager"
                                                                : "mentor";
    for (const QVariant &entry : session.staff()) {
        const QVariantMap user = entry.toMap();
        if (user.value("role").toString() == role) {
            return session.signIn(user.value("id").toString(), ronde::kDemoPin).isEmpty();
        }
    }
    return false;
}

} // namespace

int runRonde(int argc, char *argv[])
{
    QElapsedTimer sinceStart; // cold start to first usable frame (scripts/bench app)
    sinceStart.start();
    if (!prepareDisplay(argc, argv, kHeadless, "ronde")) {
        return 1;
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName("Ronde");
    QGuiApplication::setApplicationName("ronde");
    QGuiApplication::setApplicationVersion(RONDE_VERSION);
    QQuickStyle::setStyle("Basic");

    // The options, described in the language in force when it runs: once to parse, and once
    // more for --help after --lang has chosen the language.
    const auto describe = [](QCommandLineParser &parser) {
        parser.setApplicationDescription(QCoreApplication::translate(
            "ronde", "Ronde: contacten, beoordelingen en besluiten vastleggen tijdens de ronde."));
        parser.addOption({{"h", "help"}, QCoreApplication::translate("ronde", "Toont deze hulp.")});
        parser.addVersionOption();
        parser.addOption({"demo", QCoreApplication::translate(
                                      "ronde", "Start met de demo-inrichting (wordt bij de eerste "
                                               "start aangemaakt in de gegevensmap).")});
        addWindowOptions(parser, kPages);
        parser.addOption(
            {"enrol",
             QCoreApplication::translate("ronde", "Meldt deze tablet aan bij de server "
                                                  "met een eenmalige code en "
                                                  "synchroniseert: --enrol URL CODE."),
             QCoreApplication::translate("ronde", "URL")});
        parser.addOption(
            {"device-name",
             QCoreApplication::translate("ronde", "Naam van deze tablet bij het "
                                                  "aanmelden (standaard de hostnaam)."),
             QCoreApplication::translate("ronde", "NAAM")});
        parser.addOption(
            {"server-cert",
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
    };
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (const int bad = applyWindowOptions(parser, kPages)) {
        return bad;
    }
    const QString page = parser.value("page");
    if (parser.isSet("help")) {
        std::fprintf(stdout, "%s", qPrintable(helpText(describe)));
        return 0;
    }
    if (parser.isSet("version")) {
        parser.showVersion();
    }

    const QString dataDir = dataDirectory(parser);
    if (dataDir.isEmpty()) {
        return 1;
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
    applyOrientation(parser, window);
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
    const ronde::app::TerminationQuit endsAsClosed; // the last second's typing is kept
    return app.exec();
}
