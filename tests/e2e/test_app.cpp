// End-to-end: runs the real `ronde` app as a user would, offscreen and in a real window
// under Xvfb, on real files. The server's commands are in test_programs.cpp.
#include "../support/tablet_database.h"
#include "program_run.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace {

const QString kServer = RONDE_SERVER_BINARY;
const QString kApp = RONDE_APP_BINARY;
#ifdef RONDE_OFFICE_BINARY
const QString kOffice = RONDE_OFFICE_BINARY;
#endif

} // namespace

#ifdef RONDE_APP_BINARY_AVAILABLE
TEST(App, HelpDescribesEveryOption)
{
    const ProgramRun r =
        runAsUser(kApp, {"--help"}, {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char *word :
         {"--demo", "--data-dir", "--screenshot", "--lang", "--help", "--version"}) {
        EXPECT_TRUE(r.out.contains(word)) << word << "\n" << r.out.toStdString();
    }
    const ProgramRun office =
        runAsUser(kOffice, {"--help"}, {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(office.exitCode, 0) << office.err.toStdString();
    for (const char *word : {"--database", "--demo", "--screenshot", "--page", "--lang"}) {
        EXPECT_TRUE(office.out.contains(word)) << word << "\n" << office.out.toStdString();
    }
    EXPECT_FALSE(r.out.contains("--office")) << "the office has a program of its own";
    // One language, Qt's own lines included ("Usage:", "Options:", --version).
    for (const char *dutch : {"Gebruik:", "Opties:", "Toont de versie."}) {
        EXPECT_TRUE(r.out.contains(QString::fromUtf8(dutch))) << dutch << "\n"
                                                              << r.out.toStdString();
    }
    EXPECT_FALSE(r.out.contains("Usage:")) << r.out.toStdString();
    const ProgramRun english = runAsUser(kApp, {"--help", "--lang", "en"},
                                         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(english.exitCode, 0);
    for (const char *word : {"Usage:", "Options:", "Shows this help.", "Start with the demo"}) {
        EXPECT_TRUE(english.out.contains(word)) << word << "\n" << english.out.toStdString();
    }
    EXPECT_FALSE(english.out.contains("Toont")) << english.out.toStdString();
}

// No text is cut in the real windows: the office's dashboard and list, and the tablet's
// rounds list, in both orientations and languages (the tablet's every page is also walked by
// qml.pages, Layout). The programs name every text that is elided, past its line count or
// over the window's edge when RONDE_REPORT_CUT_TEXT is set.
TEST(App, NoTextIsCutInTheOfficeOrOnTheRoundsList)
{
    QTemporaryDir office;
    QTemporaryDir tablet;
    qputenv("RONDE_REPORT_CUT_TEXT", "1");
    const QStringList noDisplay{"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"};
    for (const char *orientation : {"landscape", "portrait"}) {
        for (const char *language : {"nl", "en"}) {
            const QStringList look{"--orientation", orientation, "--lang", language};
            for (const char *page : {"Office", "OfficeList"}) {
                const ProgramRun r =
                    runAsUser(kOffice,
                              QStringList{"--demo", "--data-dir", office.path(), "--screenshot",
                                          office.filePath("o.png"), "--page", page} +
                                  look,
                              noDisplay);
                EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
                EXPECT_FALSE(r.err.contains("cut-text:"))
                    << page << " " << orientation << " " << language << "\n"
                    << r.err.toStdString();
            }
            const ProgramRun r =
                runAsUser(kApp,
                          QStringList{"--demo", "--data-dir", tablet.path(), "--screenshot",
                                      tablet.filePath("t.png"), "--page", "Rounds"} +
                              look,
                          noDisplay);
            EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
            EXPECT_FALSE(r.err.contains("cut-text:"))
                << "Rounds " << orientation << " " << language << "\n"
                << r.err.toStdString();
        }
    }
    qunsetenv("RONDE_REPORT_CUT_TEXT");
}

TEST(App, SaysSoWhenThereIsNoDisplay)
{
    QTemporaryDir dir;
    const ProgramRun r = runAsUser(kApp, {"--demo", "--data-dir", dir.path()},
                                   {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("Geen beeldscherm gevonden")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("--screenshot"));
}

// The headless check of scripts/run: the demo's first page rendered to a real PNG.
TEST(App, DemoScreenshotIsANonBlankPictureOfTheRoundsList)
{
    QTemporaryDir dir;
    const QString png = dir.filePath("ronde.png");
    const ProgramRun r = runAsUser(kApp, {"--demo", "--data-dir", dir.path(), "--screenshot", png},
                                   {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            colours.insert(image.pixel(x, y));
        }
    }
    EXPECT_GT(colours.size(), 20) << "a blank or single-colour image";
    // The title bar is drawn in the theme's primary colour (#1f4e79).
    EXPECT_EQ(QColor(image.pixel(5, 5)), QColor("#1f4e79"));

    // The demo facility was created in the data folder, once.
    ronde::Store store = openStoreAt(dir.filePath("demo.sqlite").toStdString());
    ASSERT_EQ(store.registry().facilities().size(), 1u);
    EXPECT_EQ(store.registry().detainees(store.registry().facilities()[0].id).size(), 60u);
    const int64_t events = store.events().count();
    ASSERT_EQ(runAsUser(kApp, {"--demo", "--data-dir", dir.path(), "--screenshot", png},
                        {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                  .exitCode,
              0);
    EXPECT_EQ(store.registry().facilities().size(), 1u) << "second start reuses the demo";
    EXPECT_EQ(store.events().count(), events);
}

// A shutdown's SIGTERM ends the app as a closed window does, through the event loop (the
// application says it is about to quit, and the form typed last is kept: tst_lock.qml), not
// at once with nothing kept.
TEST(App, ASigtermEndsItAsAClosedWindowDoes)
{
    QTemporaryDir dir;
    QProcess app;
    QProcessEnvironment env = testEnvironment(dir.path());
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("RONDE_REPORT_STARTUP", "1");
    app.setProcessEnvironment(env);
    app.start(kApp, {"--demo", "--data-dir", dir.path()});
    ASSERT_TRUE(app.waitForStarted());
    QByteArray out;
    while (!out.contains("first-frame-ms") && app.waitForReadyRead(60'000)) {
        out += app.readAllStandardOutput();
    }
    ASSERT_TRUE(out.contains("first-frame-ms")) << app.readAllStandardError().toStdString();
    app.terminate(); // SIGTERM
    ASSERT_TRUE(app.waitForFinished(30'000));
    EXPECT_EQ(app.exitStatus(), QProcess::NormalExit) << "ended by the signal itself";
    EXPECT_EQ(app.exitCode(), 0);
}

// At rest (docs/SECURITY.md): the app encrypts its database with a random key of its own.
// Here there is no keyring, so the key is in a 0600 file beside the database, with a warning.
TEST(App, TheTabletDatabaseIsEncryptedAndAWrongKeyChangesNothing)
{
    QTemporaryDir dir;
    const QString png = dir.filePath("ronde.png");
    const QStringList arguments{"--demo", "--data-dir", dir.path(), "--screenshot", png};
    const QStringList noDisplay{"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"};
    const ProgramRun first = runAsUser(kApp, arguments, noDisplay);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains("Waarschuwing") && first.err.contains("sleutelbos"))
        << first.err.toStdString();

    const std::string database = dir.filePath("demo.sqlite").toStdString();
    EXPECT_EQ(ronde::sqliteFileKind(database), ronde::SqliteFileKind::Encrypted);
    struct stat info
    {};
    ASSERT_EQ(::stat((database + ".key").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    EXPECT_THROW(ronde::Store{database}, ronde::WrongKeyError) << "readable without its key";
    std::string name;
    {
        ronde::Store store = openStoreAt(database);
        name = store.registry().detainees(store.registry().facilities()[0].id).at(0).name;
    }
    QFile raw(QString::fromStdString(database));
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    raw.close();
    EXPECT_FALSE(bytes.contains(QByteArray::fromStdString(name))) << "a name in plaintext";

    // Another key in the key file (say, restored from the wrong backup): the app says so in
    // Dutch, starts no fresh database, and leaves the file exactly as it was.
    QFile key(QString::fromStdString(database + ".key"));
    ASSERT_TRUE(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write(QByteArray::fromStdString(ronde::DatabaseKey::generate().hex()));
    key.close();
    const ProgramRun wrong = runAsUser(kApp, arguments, noDisplay);
    EXPECT_TRUE(wrong.err.contains("kan niet worden ontsleuteld")) << wrong.err.toStdString();
    // The window says so too (in red), instead of offering to link the tablet anew.
    const QImage shown(png);
    int red = 0;
    for (int y = 0; y < shown.height(); y += 2) {
        for (int x = 0; x < shown.width(); x += 2) {
            red += QColor(shown.pixel(x, y)) == QColor("#b3261e") ? 1 : 0;
        }
    }
    EXPECT_GT(red, 100) << "the warning in the danger colour";
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    EXPECT_EQ(raw.readAll(), bytes) << "the database must be left as it was";
}

namespace {

// A real X server (Xvfb) on a display of this test's own, for as long as it lives.
class VirtualDisplay
{
public:
    VirtualDisplay()
    {
        // Xvfb picks a free display itself and says which once it is ready (-displayfd), so
        // that two tests running at once never share one.
        m_xvfb.start("Xvfb",
                     {"-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"});
        m_started = m_xvfb.waitForStarted(10'000);
        QByteArray said;
        QElapsedTimer waited;
        waited.start();
        while (m_started && !said.contains('\n') && waited.elapsed() < 30'000 &&
               m_xvfb.state() == QProcess::Running) {
            m_xvfb.waitForReadyRead(100);
            said += m_xvfb.readAllStandardOutput();
        }
        bool number = false;
        const int display = said.trimmed().toInt(&number);
        m_started = m_started && said.contains('\n') && number;
        m_display = ":" + QString::number(display);
    }
    ~VirtualDisplay()
    {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5'000);
    }
    bool started() const { return m_started; }

    // Runs a program (the app unless told) on this display (not offscreen) and returns its
    // exit code and stderr.
    std::pair<int, std::string> runApp(const QStringList &arguments, const QString &program = kApp)
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DISPLAY", m_display);
        env.remove("QT_QPA_PLATFORM");
        env.insert("LANG", "C.UTF-8");
        app.setProcessEnvironment(env);
        app.start(program, arguments);
        if (!app.waitForFinished(60'000)) {
            return {-1, "did not finish"};
        }
        return {app.exitCode(), app.readAllStandardError().toStdString()};
    }

private:
    QString m_display;
    QProcess m_xvfb;
    bool m_started = false;
};

// How many pixels of the picture are (nearly) this colour.
int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - colour.red()) < 8 &&
                     std::abs(c.green() - colour.green()) < 8 &&
                     std::abs(c.blue() - colour.blue()) < 8;
        }
    }
    return count;
}

} // namespace

// A real X window under Xvfb (not the offscreen platform): the same first page appears.
TEST(App, ShowsARealWindowUnderXvfb)
{
    QTemporaryDir dir;
    VirtualDisplay display;
    ASSERT_TRUE(display.started()) << "Xvfb is not installed (scripts/setup)";
    const QString png = dir.filePath("xvfb.png");
    const auto [exitCode, err] =
        display.runApp({"--demo", "--data-dir", dir.path(), "--screenshot", png});
    ASSERT_EQ(exitCode, 0) << err;
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(QColor(image.pixel(5, 5)), QColor("#1f4e79"));
}

// ronde-office under Xvfb: the dashboard of the demo's three facilities, with its charts
// (Qt Charts) drawn in the report's colours.
TEST(App, OfficeDashboardShowsTheChartsUnderXvfb)
{
    QTemporaryDir dir;
    VirtualDisplay display;
    ASSERT_TRUE(display.started()) << "Xvfb is not installed (scripts/setup)";
    const QString png = dir.filePath("kantoor.png");
    const auto [exitCode, err] =
        display.runApp({"--demo", "--data-dir", dir.path(), "--screenshot", png}, kOffice);
    ASSERT_EQ(exitCode, 0) << err;
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1440, 900));
    EXPECT_EQ(QColor(image.pixel(5, 5)), QColor("#1f4e79")) << "the title bar";
    // Internal roles (blue), on time (green), late (orange): bars of three charts.
    EXPECT_GT(pixelsOf(image, QColor(0x00, 0x72, 0xB2)), 2000) << "contact per role";
    EXPECT_GT(pixelsOf(image, QColor(0x00, 0x9E, 0x73)), 2000) << "compliance, satisfaction";
    EXPECT_GT(pixelsOf(image, QColor(0xE6, 0x9F, 0x00)), 1000) << "late, rating 2";
}

// Every page of the demo, in both orientations and both languages, renders to a real,
// non-blank picture of the right size.
TEST(App, RendersEveryPageInBothOrientationsAndLanguages)
{
    QTemporaryDir dir;
    const QStringList pages{"SignIn", "Rounds",   "Detainee", "Contact", "Rating",
                            "Review", "Decision", "Sync",     "NewPin"};
    for (const QString &orientation : {QString("landscape"), QString("portrait")}) {
        for (const QString &lang : {QString("nl"), QString("en")}) {
            for (const QString &page : pages) {
                const QString png = dir.filePath(page + "-" + orientation + "-" + lang + ".png");
                const ProgramRun r =
                    runAsUser(kApp,
                              {"--demo", "--data-dir", dir.path(), "--page", page, "--orientation",
                               orientation, "--lang", lang, "--screenshot", png},
                              {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
                const std::string what = (page + " " + orientation + " " + lang).toStdString();
                ASSERT_EQ(r.exitCode, 0) << what << "\n" << r.err.toStdString();
                const QImage image(png);
                ASSERT_FALSE(image.isNull()) << what;
                EXPECT_EQ(image.size(),
                          orientation == "landscape" ? QSize(1280, 800) : QSize(800, 1280))
                    << what;
                QSet<QRgb> colours;
                for (int y = 0; y < image.height(); y += 8) {
                    for (int x = 0; x < image.width(); x += 8) {
                        colours.insert(image.pixel(x, y));
                    }
                }
                EXPECT_GT(colours.size(), 8) << what << ": blank or nearly blank";
            }
        }
    }
}

// The office pages, offscreen: the dashboard and the list behind a figure.
TEST(App, RendersTheOfficePagesInBothLanguages)
{
    QTemporaryDir dir;
    for (const QString &lang : {QString("nl"), QString("en")}) {
        for (const QString &page : {QString("Office"), QString("OfficeList")}) {
            const QString png = dir.filePath(page + "-" + lang + ".png");
            const ProgramRun r = runAsUser(kOffice,
                                           {"--demo", "--data-dir", dir.path(), "--page", page,
                                            "--lang", lang, "--screenshot", png},
                                           {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
            const std::string what = (page + " " + lang).toStdString();
            ASSERT_EQ(r.exitCode, 0) << what << "\n" << r.err.toStdString();
            const QImage image(png);
            ASSERT_FALSE(image.isNull()) << what;
            EXPECT_EQ(image.size(), QSize(1440, 900)) << what;
            const int chartBlue = pixelsOf(image, QColor(0x00, 0x72, 0xB2));
            if (page == "Office") {
                EXPECT_GT(chartBlue, 2000) << what << ": no charts";
            } else {
                EXPECT_EQ(chartBlue, 0) << what << ": the list, not the dashboard";
            }
        }
    }
    const ProgramRun noDatabase = runAsUser(kOffice, {"--screenshot", dir.filePath("x.png")},
                                            {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(noDatabase.exitCode, 2);
    EXPECT_TRUE(noDatabase.err.contains("--database")) << noDatabase.err.toStdString();
    const ProgramRun missing = runAsUser(
        kOffice,
        {"--database", dir.filePath("nergens.sqlite"), "--screenshot", dir.filePath("x.png")},
        {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("nergens.sqlite")) << missing.err.toStdString();
}

TEST(App, RefusesAnUnknownPage)
{
    const ProgramRun r =
        runAsUser(kApp, {"--demo", "--page", "Keuken", "--screenshot", "/dev/null"},
                  {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("Onbekende pagina 'Keuken'")) << r.err.toStdString();
}

TEST(App, RefusesAnUnknownLanguage)
{
    const ProgramRun r = runAsUser(kApp, {"--lang", "fr", "--screenshot", "/dev/null"},
                                   {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("kies uit nl, en")) << r.err.toStdString();
}

// Each screen of the questionnaire (R7) drawn by the real program in both orientations. The
// last one once crashed: the detainee page under it rebuilt its rows as the window turned
// (Qt 6.4's ColumnLayout with a Repeater in it; DetaineePage now holds them in positioners).
TEST(App, EveryQuestionnaireScreenIsDrawnInBothOrientations)
{
    for (const char *page : {"Questionnaire", "QuestionnaireContact", "QuestionnaireSatisfaction",
                             "QuestionnaireHelp", "QuestionnaireDone"}) {
        for (const char *orientation : {"landscape", "portrait"}) {
            QTemporaryDir dir;
            const QString png = dir.filePath("scherm.png");
            const ProgramRun r = runAsUser(kApp,
                                           {"--demo", "--data-dir", dir.path(), "--screenshot", png,
                                            "--page", page, "--orientation", orientation},
                                           {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
            ASSERT_EQ(r.exitCode, 0) << page << " " << orientation << ": " << r.err.toStdString();
            EXPECT_FALSE(QImage(png).isNull()) << page << " " << orientation;
        }
    }
}

// R7.2: another language comes with a translation file alone. Without the file the language
// is refused; with it in a translations folder, --help names it and the questionnaire is
// drawn in it (the right-to-left test language, made from the English catalogue).
TEST(App, ALanguageIsAddedByATranslationFileAlone)
{
    QTemporaryDir dir;
    const QString png = dir.filePath("vragenlijst.png");
    const QStringList arguments{"--demo", "--data-dir",           dir.path(), "--screenshot", png,
                                "--page", "QuestionnaireContact", "--lang",   "ar_XB"};
    const QStringList noDisplay{"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"};
    const ProgramRun without = runAsUser(kApp, arguments, noDisplay);
    EXPECT_EQ(without.exitCode, 2);
    EXPECT_TRUE(without.err.contains("ar_XB")) << without.err.toStdString();

    QTemporaryDir folder;
    ASSERT_TRUE(
        QFile::copy(RONDE_TEST_TRANSLATIONS "/ronde_ar_XB.qm", folder.filePath("ronde_ar_XB.qm")));
    QTemporaryDir settings;
    QProcessEnvironment environment = testEnvironment(settings.path(), noDisplay);
    environment.insert("RONDE_TRANSLATIONS", folder.path());
    const ProgramRun help = runProgram(kApp, {"--help"}, environment);
    EXPECT_TRUE(help.out.contains("ar_XB")) << help.out.toStdString();
    const ProgramRun with = runProgram(kApp, arguments, environment);
    ASSERT_EQ(with.exitCode, 0) << with.err.toStdString();
    EXPECT_FALSE(QImage(png).isNull());
}
#endif
