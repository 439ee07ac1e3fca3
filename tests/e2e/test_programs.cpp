// End-to-end: runs the real `ronde` and `ronde-server` binaries as a user would, on real
// SQLite files, and checks what they leave behind.
#include "../support/tablet_database.h"
#include "program_run.h"
#include "store/store.h"

#include <QCoreApplication>
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

ProgramRun run(const QString &program, const QStringList &arguments,
               const QStringList &unsetEnv = {})
{
    static QTemporaryDir settings;
    return runProgram(program, arguments, testEnvironment(settings.path(), unsetEnv));
}

const QString kServer = RONDE_SERVER_BINARY;
const QString kApp = RONDE_APP_BINARY;

} // namespace

TEST(ServerCommandLine, HelpDescribesEveryCommandAndOption)
{
    const ProgramRun overview = run(kServer, {"--help"});
    EXPECT_EQ(overview.exitCode, 0);
    for (const char *word : {"init", "demo", "evaluate", "serve", "report", "import", "--database",
                             "--help", "--version"}) {
        EXPECT_TRUE(overview.out.contains(word)) << word << "\n" << overview.out.toStdString();
    }
    const ProgramRun demo = run(kServer, {"demo", "--help"});
    EXPECT_EQ(demo.exitCode, 0);
    for (const char *word :
         {"--out", "--facilities", "--detainees", "--seed", "--today", "--replace", "--database"}) {
        EXPECT_TRUE(demo.out.contains(word)) << word;
    }
    EXPECT_TRUE(demo.out.startsWith("Gebruik: ronde-server demo")) << demo.out.toStdString();
}

TEST(ServerCommandLine, UnknownCommandIsABadUsage)
{
    const ProgramRun r = run(kServer, {"vliegen"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("Onbekende opdracht 'vliegen'")) << r.err.toStdString();
}

TEST(ServerDemo, WritesACentralDatabaseWithTheAskedSize)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("centraal.sqlite");
    const ProgramRun r = run(kServer, {"demo", "--out", file, "--facilities", "3", "--detainees",
                                       "25", "--seed", "9", "--today", "2026-11-22"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("3 inrichting(en)")) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains("75 van 75")) << "progress reaches the end";
    EXPECT_FALSE(QFile::exists(file + ".partial"));

    ronde::Store store(file.toStdString());
    const auto facilities = store.registry().facilities();
    ASSERT_EQ(facilities.size(), 3u);
    for (const auto &f : facilities) {
        EXPECT_EQ(store.registry().detainees(f.id).size(), 25u) << f.name;
        EXPECT_EQ(store.registry().units(f.id).size(), 2u);
    }
    EXPECT_GT(store.events().count(), 3 * 25 * 4);
}

TEST(ServerDemo, SameSeedGivesTheSameFile)
{
    QTemporaryDir dir;
    auto make = [&](const QString &name) {
        const QString file = dir.filePath(name);
        EXPECT_EQ(
            run(kServer, {"demo", "--out", file, "--seed", "3", "--today", "2026-05-01"}).exitCode,
            0);
        ronde::Store store(file.toStdString());
        std::string names;
        for (const auto &f : store.registry().facilities()) {
            for (const auto &d : store.registry().detainees(f.id)) {
                names += d.id + d.name + ";";
            }
        }
        return std::pair(names, store.events().count());
    };
    EXPECT_EQ(make("a.sqlite"), make("b.sqlite"));
}

TEST(ServerDemo, RefusesBadInputAndWritesNothing)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("x.sqlite");
    for (const QStringList &bad :
         {QStringList{"--facilities", "0"}, QStringList{"--detainees", "veel"},
          QStringList{"--today", "2026-02-30"}, QStringList{"--seed", "-4"},
          QStringList{"--onbekend"}}) {
        const ProgramRun r = run(kServer, QStringList{"demo", "--out", file} + bad);
        EXPECT_EQ(r.exitCode, 2) << bad.join(' ').toStdString();
        EXPECT_FALSE(r.err.isEmpty());
        EXPECT_FALSE(QFile::exists(file)) << bad.join(' ').toStdString();
    }
}

TEST(ServerDemo, DoesNotOverwriteWithoutReplace)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("d.sqlite");
    ASSERT_EQ(run(kServer, {"demo", "--out", file, "--detainees", "5"}).exitCode, 0);
    const QByteArray before = [&] {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const ProgramRun again = run(kServer, {"demo", "--out", file, "--detainees", "7"});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains("--replace")) << again.err.toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);

    ASSERT_EQ(run(kServer, {"demo", "--out", file, "--detainees", "7", "--replace"}).exitCode, 0);
    ronde::Store store(file.toStdString());
    EXPECT_EQ(store.registry().detainees(store.registry().facilities().at(0).id).size(), 7u);
}

TEST(ServerEvaluate, ReadsAScenarioFromStandardInput)
{
    QProcess process;
    process.start(kServer, {"evaluate"});
    ASSERT_TRUE(process.waitForStarted());
    process.write(R"({"asOf": "2026-01-23", "detainee": {"admitted": "2026-01-05"}})");
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(30'000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(
        out.contains("Geen intake met de casemanager; termijn was 19 januari, 4 dagen te laat"))
        << out.toStdString();
}

TEST(ServerEvaluate, AMissingFileIsABadUsage)
{
    const ProgramRun r = run(kServer, {"evaluate", "/nonexistent/scenario.json"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("/nonexistent/scenario.json")) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(ServerInit, CreatesAnEmptyDatabaseAtTheLatestSchema)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("sub/leeg.sqlite");
    const ProgramRun r = run(kServer, {"init", "--database", file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ronde::Store store(file.toStdString());
    EXPECT_TRUE(store.registry().facilities().empty());
}

#ifdef RONDE_APP_BINARY_AVAILABLE
TEST(App, HelpDescribesEveryOption)
{
    const ProgramRun r = run(kApp, {"--help"}, {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char *word :
         {"--demo", "--data-dir", "--screenshot", "--lang", "--help", "--version"}) {
        EXPECT_TRUE(r.out.contains(word)) << word << "\n" << r.out.toStdString();
    }
}

TEST(App, SaysSoWhenThereIsNoDisplay)
{
    QTemporaryDir dir;
    const ProgramRun r = run(kApp, {"--demo", "--data-dir", dir.path()},
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
    const ProgramRun r = run(kApp, {"--demo", "--data-dir", dir.path(), "--screenshot", png},
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
    ASSERT_EQ(run(kApp, {"--demo", "--data-dir", dir.path(), "--screenshot", png},
                  {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                  .exitCode,
              0);
    EXPECT_EQ(store.registry().facilities().size(), 1u) << "second start reuses the demo";
    EXPECT_EQ(store.events().count(), events);
}

// At rest (docs/SECURITY.md): the app encrypts its database with a random key of its own.
// Here there is no keyring, so the key is in a 0600 file beside the database, with a warning.
TEST(App, TheTabletDatabaseIsEncryptedAndAWrongKeyChangesNothing)
{
    QTemporaryDir dir;
    const QString png = dir.filePath("ronde.png");
    const QStringList arguments{"--demo", "--data-dir", dir.path(), "--screenshot", png};
    const QStringList noDisplay{"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"};
    const ProgramRun first = run(kApp, arguments, noDisplay);
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
    const ProgramRun wrong = run(kApp, arguments, noDisplay);
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
        : m_display(":" + QString::number(90 + QCoreApplication::applicationPid() % 100))
    {
        m_xvfb.start("Xvfb", {m_display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"});
        m_started = m_xvfb.waitForStarted(10'000);
        const QString socket = "/tmp/.X11-unix/X" + m_display.mid(1);
        for (int i = 0; m_started && i < 100 && !QFile::exists(socket); ++i) {
            QThread::msleep(50);
        }
        m_started = m_started && QFile::exists(socket);
    }
    ~VirtualDisplay()
    {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5'000);
    }
    bool started() const { return m_started; }

    // Runs the app on this display (not offscreen) and returns its exit code and stderr.
    std::pair<int, std::string> runApp(const QStringList &arguments)
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DISPLAY", m_display);
        env.remove("QT_QPA_PLATFORM");
        env.insert("LANG", "C.UTF-8");
        app.setProcessEnvironment(env);
        app.start(kApp, arguments);
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

// ronde --office under Xvfb: the dashboard of the demo's three facilities, with its charts
// (Qt Charts) drawn in the report's colours.
TEST(App, OfficeDashboardShowsTheChartsUnderXvfb)
{
    QTemporaryDir dir;
    VirtualDisplay display;
    ASSERT_TRUE(display.started()) << "Xvfb is not installed (scripts/setup)";
    const QString png = dir.filePath("kantoor.png");
    const auto [exitCode, err] =
        display.runApp({"--office", "--demo", "--data-dir", dir.path(), "--screenshot", png});
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
                    run(kApp,
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
            const ProgramRun r = run(kApp,
                                     {"--office", "--demo", "--data-dir", dir.path(), "--page",
                                      page, "--lang", lang, "--screenshot", png},
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
    const ProgramRun noDatabase = run(kApp, {"--office", "--screenshot", dir.filePath("x.png")},
                                      {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(noDatabase.exitCode, 2);
    EXPECT_TRUE(noDatabase.err.contains("--database")) << noDatabase.err.toStdString();
    const ProgramRun missing = run(kApp,
                                   {"--office", "--database", dir.filePath("nergens.sqlite"),
                                    "--screenshot", dir.filePath("x.png")},
                                   {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("nergens.sqlite")) << missing.err.toStdString();
}

TEST(App, RefusesAnUnknownPage)
{
    const ProgramRun r = run(kApp, {"--demo", "--page", "Keuken", "--screenshot", "/dev/null"},
                             {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("Onbekende pagina 'Keuken'")) << r.err.toStdString();
}

TEST(App, RefusesAnUnknownLanguage)
{
    const ProgramRun r = run(kApp, {"--lang", "fr", "--screenshot", "/dev/null"},
                             {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("kies nl of en")) << r.err.toStdString();
}
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

// ronde-server report (R5) on a demo database: text with its headings, JSON and CSV that
// programs and Excel read, and refusals that write nothing.
TEST(ServerReport, GivesTheFiguresAsTextJsonAndCsv)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("centraal.sqlite");
    ASSERT_EQ(run(kServer, {"demo", "--out", file, "--facilities", "2", "--detainees", "30",
                            "--today", "2026-11-22"})
                  .exitCode,
              0);
    const QStringList period{"--database", file, "--from", "2026-09-01", "--to", "2026-11-21"};

    const ProgramRun text = run(kServer, QStringList{"report"} + period);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    for (const char *heading :
         {"Rapportage alle inrichtingen, 2026-09-01 – 2026-11-21", "Contact per rol (R5.1)",
          "(R5.2)", "(R5.3)", "Naleving (R5.4)", "R1.1 intake binnen 2 weken",
          "Tevredenheid per rol (R5.5", "Per maand", "2026-10"}) {
        EXPECT_TRUE(text.out.contains(QString::fromUtf8(heading))) << heading << "\n"
                                                                   << text.out.toStdString();
    }

    const ProgramRun json =
        run(kServer, QStringList{"report", "--format", "json", "--facility", "PI Zwolle"} + period);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(root["facility"].toString(), "PI Zwolle");
    const QJsonObject figures = root["figures"].toObject();
    EXPECT_EQ(figures["present"].toInt(), 30);
    EXPECT_EQ(figures["contactByRole"].toArray().size(), 6);
    EXPECT_EQ(figures["compliance"].toArray().size(), 6);
    EXPECT_EQ(root["trend"].toArray().size(), 3) << "September, October, November";

    const ProgramRun unit = run(
        kServer, QStringList{"report", "--facility", "PI Zwolle", "--unit", "Afdeling A"} + period);
    ASSERT_EQ(unit.exitCode, 0) << unit.err.toStdString();
    EXPECT_TRUE(unit.out.startsWith("Rapportage PI Zwolle, afdeling Afdeling A, 2026-09-01"))
        << unit.out.toStdString();

    const QString csvFile = dir.filePath("rapport.csv");
    const ProgramRun csv =
        run(kServer, QStringList{"report", "--format", "csv", "--out", csvFile} + period);
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    QFile written(csvFile);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(written.readAll()).split("\r\n", Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 40);
    EXPECT_EQ(lines[0], "maand;inrichting;periode_van;periode_tot;figuur;onderdeel;aantal;totaal;"
                        "aandeel");
    for (const QString &line : lines) {
        EXPECT_EQ(line.count(';'), 8) << line.toStdString();
    }
    EXPECT_TRUE(lines[1].endsWith(";60;60;1,0000"))
        << "decimal comma for Dutch Excel: " << lines[1].toStdString();
}

// ronde-server report --format pdf: a valid PDF with the period, the headings and the
// charts, turned into pictures by pdftoppm (poppler) as a reader would see them.
TEST(ServerReport, WritesAPdfWithChartsAndTables)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("centraal.sqlite");
    ASSERT_EQ(run(kServer, {"demo", "--out", file, "--facilities", "2", "--detainees", "30",
                            "--today", "2026-11-22"})
                  .exitCode,
              0);
    const QString pdf = dir.filePath("rapport.pdf");
    const ProgramRun r = run(kServer,
                             {"report", "--database", file, "--facility", "PI Zwolle", "--from",
                              "2026-09-01", "--to", "2026-11-21", "--format", "pdf", "--out", pdf},
                             {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(pdf));

    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-1.")) << "a PDF header";
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF")) << "a complete PDF";

    const ProgramRun info = runProgram("pdfinfo", {pdf}, QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QRegularExpression("Pages:\\s+4\\b"))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains("A4")) << info.out.toStdString();

    const ProgramRun text =
        runProgram("pdftotext", {"-layout", pdf, "-"}, QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    for (const char *expected :
         {"Rapportage contact en naleving", "Inrichting: PI Zwolle",
          "Periode: 2026-09-01 – 2026-11-21", "Gegevens tot en met: 2026-11-2", "Kerncijfers",
          "Contact per rol in de periode (R5.1)", "Naleving van de termijnen (R5.4)",
          "R1.1 intake binnen 2 weken", "Tevredenheid per rol, verdeling over 1–5 (R5.5)",
          "Verloop per maand", "2026-10", "pagina 4"}) {
        EXPECT_TRUE(text.out.contains(QString::fromUtf8(expected))) << expected;
    }

    // Each page as a picture: not blank, and the charts' own colours are on it.
    const ProgramRun pictures =
        runProgram("pdftoppm", {"-r", "50", "-png", pdf, dir.filePath("pagina")},
                   QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(pictures.exitCode, 0) << pictures.err.toStdString();
    const std::array<QColor, 4> chartColours{QColor(0x00, 0x72, 0xB2), QColor(0x00, 0x9E, 0x73),
                                             QColor(0x00, 0x9E, 0x73), QColor(0x00, 0x72, 0xB2)};
    for (int page = 1; page <= 4; ++page) {
        const QImage image(dir.filePath(QString("pagina-%1.png").arg(page)));
        ASSERT_FALSE(image.isNull()) << "page " << page;
        QSet<QRgb> colours;
        bool chartColour = false;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                colours.insert(c.rgb());
                const QColor &want = chartColours[size_t(page - 1)];
                chartColour = chartColour || (std::abs(c.red() - want.red()) < 8 &&
                                              std::abs(c.green() - want.green()) < 8 &&
                                              std::abs(c.blue() - want.blue()) < 8);
            }
        }
        EXPECT_GT(colours.size(), 20) << "page " << page << " is blank";
        EXPECT_TRUE(chartColour) << "page " << page << " has no chart";
    }
}

TEST(ServerReport, RefusesBadInputWithAClearMessage)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("centraal.sqlite");
    ASSERT_EQ(run(kServer, {"demo", "--out", file, "--detainees", "5"}).exitCode, 0);
    const auto refused = [&](const QStringList &arguments, const char *message) {
        const ProgramRun r = run(kServer, QStringList{"report", "--database", file} + arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments.join(' ').toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(message))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    };
    refused({"--format", "pdfje"}, "Onbekende vorm 'pdfje'");
    refused({"--from", "2026-13-01"}, "Ongeldige datum '2026-13-01' voor --from");
    refused({"--from", "2026-11-01", "--to", "2026-10-01"}, "De periode begint na het einde");
    refused({"--facility", "PI Nergens"}, "PI Nergens");
    refused({"--minimum", "0"}, "--minimum");
    refused({"--format", "pdf"}, "--out");

    // A PDF that cannot be written leaves nothing behind and says so.
    const QString nowhere = dir.filePath("geen-map/rapport.pdf");
    const ProgramRun r =
        run(kServer, {"report", "--database", file, "--format", "pdf", "--out", nowhere});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(nowhere)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));
}

// ronde-server import: the roster CSV in, a summary out; a bad row refuses the whole file
// unless --skip-invalid is given; a second run changes nothing.
TEST(ServerImport, ReadsARosterAndRefusesBadRows)
{
    QTemporaryDir dir;
    const QString database = dir.filePath("centraal.sqlite");
    ASSERT_EQ(run(kServer, {"demo", "--out", database, "--detainees", "5"}).exitCode, 0);
    const QString csv = dir.filePath("rooster.csv");
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFnummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;"
               "vertrek\r\n"
               "0900001;Nieuw Persoon;PI Zwolle;;01-11-2026;nee;;\r\n"
               "0900002;Fout Persoon;PI Zwolle;;2026-11-31;nee;;\r\n");
    file.close();
    const auto count = [&] {
        return ronde::Store(database.toStdString())
            .database()
            .scalar("SELECT COUNT(*) FROM "
                    "detainees");
    };
    const int64_t before = count();

    const ProgramRun refused = run(kServer, {"import", "--database", database, csv});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains("Regel 3: Ongeldige waarde '2026-11-31' in veld "
                                     "'binnenkomst'."))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("Niets ingelezen")) << refused.err.toStdString();
    EXPECT_EQ(count(), before);

    const ProgramRun skipped =
        run(kServer, {"import", "--database", database, csv, "--skip-invalid"});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_TRUE(skipped.out.contains("1 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 1 afgekeurd"))
        << skipped.out.toStdString();
    EXPECT_EQ(count(), before + 1);

    const ProgramRun again =
        run(kServer, {"import", "--database", database, csv, "--skip-invalid"});
    EXPECT_TRUE(again.out.contains("0 toegevoegd, 0 bijgewerkt, 1 ongewijzigd"))
        << again.out.toStdString();
    EXPECT_EQ(count(), before + 1);
    EXPECT_EQ(run(kServer, {"import", "--database", database, dir.filePath("weg.csv")}).exitCode,
              2);
}
