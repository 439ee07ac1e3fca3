// End-to-end: runs the real `ronde` and `ronde-server` binaries as a user would, on real
// SQLite files, and checks what they leave behind.
#include "../support/tablet_database.h"
#include "program_run.h"
#include "store/store.h"
#include "util/local_time.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
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

} // namespace

TEST(ServerCommandLine, HelpDescribesEveryCommandAndOption)
{
    const ProgramRun overview = runAsUser(kServer, {"--help"});
    EXPECT_EQ(overview.exitCode, 0);
    for (const char *word : {"init", "facility", "demo", "evaluate", "serve", "report", "import",
                             "--database", "--help", "--version"}) {
        EXPECT_TRUE(overview.out.contains(word)) << word << "\n" << overview.out.toStdString();
    }
    const ProgramRun demo = runAsUser(kServer, {"demo", "--help"});
    EXPECT_EQ(demo.exitCode, 0);
    for (const char *word :
         {"--out", "--facilities", "--detainees", "--seed", "--today", "--replace", "--database"}) {
        EXPECT_TRUE(demo.out.contains(word)) << word;
    }
    EXPECT_TRUE(demo.out.startsWith("Gebruik: ronde-server demo")) << demo.out.toStdString();
    // Qt's own words in the same language as the rest.
    const ProgramRun bogus = runAsUser(kServer, {"demo", "--bogus"});
    EXPECT_EQ(bogus.exitCode, 2);
    EXPECT_TRUE(bogus.err.contains("Onbekende optie 'bogus'")) << bogus.err.toStdString();
}

TEST(ServerCommandLine, UnknownCommandIsABadUsage)
{
    const ProgramRun r = runAsUser(kServer, {"vliegen"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("Onbekende opdracht 'vliegen'")) << r.err.toStdString();
}

TEST(ServerDemo, WritesACentralDatabaseWithTheAskedSize)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("centraal.sqlite");
    const ProgramRun r =
        runAsUser(kServer, {"demo", "--out", file, "--facilities", "3", "--detainees", "25",
                            "--seed", "9", "--today", "2026-11-22"});
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
            runAsUser(kServer, {"demo", "--out", file, "--seed", "3", "--today", "2026-05-01"})
                .exitCode,
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
        const ProgramRun r = runAsUser(kServer, QStringList{"demo", "--out", file} + bad);
        EXPECT_EQ(r.exitCode, 2) << bad.join(' ').toStdString();
        EXPECT_FALSE(r.err.isEmpty());
        EXPECT_FALSE(QFile::exists(file)) << bad.join(' ').toStdString();
    }
}

TEST(ServerDemo, DoesNotOverwriteWithoutReplace)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("d.sqlite");
    ASSERT_EQ(runAsUser(kServer, {"demo", "--out", file, "--detainees", "5"}).exitCode, 0);
    const QByteArray before = [&] {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const ProgramRun again = runAsUser(kServer, {"demo", "--out", file, "--detainees", "7"});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains("--replace")) << again.err.toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);

    ASSERT_EQ(runAsUser(kServer, {"demo", "--out", file, "--detainees", "7", "--replace"}).exitCode,
              0);
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

// A file that cannot be read, or JSON that does not parse, is said so in words an editor
// helps with: why the file is not read, and the line and column where the JSON goes wrong.
TEST(ServerEvaluate, AMissingFileOrBrokenJsonIsABadUsageSaidInWords)
{
    const ProgramRun r = runAsUser(kServer, {"evaluate", "/nonexistent/scenario.json"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(
        r.err.contains("Kan /nonexistent/scenario.json niet lezen: het bestand bestaat niet"))
        << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    QTemporaryDir dir;
    const ProgramRun folder = runAsUser(kServer, {"evaluate", dir.path()});
    EXPECT_EQ(folder.exitCode, 2);
    EXPECT_TRUE(folder.err.contains("dat is een map")) << folder.err.toStdString();

    const QString broken = dir.filePath("kapot.json");
    ASSERT_TRUE(writeFile(
        broken,
        "{\n  \"asOf\": \"2026-01-23\",\n  \"detainee\": {\"admitted\" \"2026-01-05\"}\n}\n"));
    const ProgramRun json = runAsUser(kServer, {"evaluate", broken});
    EXPECT_EQ(json.exitCode, 2);
    // The parser stops at the end of the string it did not expect there.
    EXPECT_TRUE(json.err.contains("regel 3, kolom 38")) << json.err.toStdString();
}

TEST(ServerInit, CreatesAnEmptyDatabaseAtTheLatestSchema)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("sub/leeg.sqlite");
    const ProgramRun r = runAsUser(kServer, {"init", "--database", file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ronde::Store store(file.toStdString());
    EXPECT_TRUE(store.registry().facilities().empty());
}

// R0.3: an enrolment code's expiry is said on the facilities' clock, also by a server whose own
// zone is elsewhere (before, it was said in the server's zone).
TEST(ServerEnrol, SaysUntilWhenOnTheFacilitiesClock)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("centraal.sqlite");
    ASSERT_EQ(runAsUser(kServer, {"demo", "--out", file, "--facilities", "1", "--detainees", "2"})
                  .exitCode,
              0);
    const QString facility =
        QString::fromStdString(ronde::Store(file.toStdString()).registry().facilities().at(0).id);
    QTemporaryDir settings;
    QProcessEnvironment tokyo = testEnvironment(settings.path());
    tokyo.insert("TZ", "Asia/Tokyo");
    const int64_t before = QDateTime::currentMSecsSinceEpoch();
    const ProgramRun r = runProgram(kServer,
                                    {"enrol", "--database", file, "--facility", facility, "--name",
                                     "Afdeling A 1", "--valid-hours", "2"},
                                    tokyo);
    const int64_t after = QDateTime::currentMSecsSinceEpoch();
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QRegularExpressionMatch until =
        QRegularExpression("Geldig tot (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d)\\.").match(r.out);
    ASSERT_TRUE(until.hasMatch()) << r.out.toStdString();
    // The day and the minute printed, against the facilities' clock at either end of the run.
    const QString day = until.captured(1).left(10);
    const int minuteOfDay =
        until.captured(1).mid(11, 2).toInt() * 60 + until.captured(1).right(2).toInt();
    const auto saidAt = [&](int64_t utcMs) {
        const ronde::LocalDateTime at = ronde::amsterdamFromUtc(utcMs + 2 * 3'600'000);
        return QString::fromStdString(at.date.iso()) == day && at.minuteOfDay == minuteOfDay;
    };
    EXPECT_TRUE(saidAt(before) || saidAt(after))
        << until.captured(1).toStdString() << " is not two hours on in Amsterdam";
}

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
    ASSERT_EQ(runAsUser(kServer, {"demo", "--out", file, "--facilities", "2", "--detainees", "30",
                                  "--today", "2026-11-22"})
                  .exitCode,
              0);
    const QStringList period{"--database", file, "--from", "2026-09-01", "--to", "2026-11-21"};

    const ProgramRun text = runAsUser(kServer, QStringList{"report"} + period);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    for (const char *heading :
         {"Rapportage alle inrichtingen, 1 september 2026 – 21 november 2026",
          "Contact per rol (R5.1)", "(R5.2)", "(R5.3)", "Naleving (R5.4)",
          "R1.1 Intake casemanager (2 weken)", "het totaal verschilt per regel",
          "Tevredenheid per rol (R5.5", "Per maand", "okt. 2026", "mentorgesprek over termijn",
          // a mean says what it is of: ratings, not the detainees of --minimum
          "beoordelingen); 1: ",
          // a month not whole is named with its days, and said to count fewer
          "nov. 2026 (t/m 21)", "telt minder dagen",
          "Contact volgens registratie en volgens gedetineerden (R7.5)",
          "Vragenlijst aangeboden aan", "geregistreerd, niet ervaren",
          "ervaren, niet geregistreerd", "in de vragenlijst (R7)"}) {
        EXPECT_TRUE(text.out.contains(QString::fromUtf8(heading))) << heading << "\n"
                                                                   << text.out.toStdString();
    }

    const ProgramRun json = runAsUser(
        kServer, QStringList{"report", "--format", "json", "--facility", "PI Zwolle"} + period);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(root["facility"].toString(), "PI Zwolle");
    const QJsonObject figures = root["figures"].toObject();
    EXPECT_EQ(figures["present"].toInt(), 30);
    EXPECT_EQ(figures["contactByRole"].toArray().size(), 6);
    EXPECT_EQ(figures["compliance"].toArray().size(), 6);
    EXPECT_EQ(root["trend"].toArray().size(), 3) << "September, October, November";
    EXPECT_EQ(root["trend"].toArray().last().toObject()["to"].toString(), "2026-11-21")
        << "the days of November the figures cover";
    // R7.5: both views, per professional.
    const QJsonObject both = root["bothViews"].toObject();
    EXPECT_EQ(both["roles"].toArray().size(), 6);
    EXPECT_GT(both["respondents"].toInt(), 0);
    EXPECT_LE(both["respondents"].toInt(), both["offered"].toInt());
    EXPECT_TRUE(both["noContact"].toObject().contains("suppressed"));
    for (const QJsonValue &month : root["trend"].toArray()) {
        EXPECT_FALSE(month.toObject().contains("bothViews"))
            << "no monthly R7.5: a small month would give away a suppressed group";
    }

    const ProgramRun unit = runAsUser(
        kServer, QStringList{"report", "--facility", "PI Zwolle", "--unit", "Afdeling A"} + period);
    ASSERT_EQ(unit.exitCode, 0) << unit.err.toStdString();
    EXPECT_TRUE(unit.out.startsWith("Rapportage PI Zwolle, afdeling Afdeling A, 1 september 2026"))
        << unit.out.toStdString();

    const QString csvFile = dir.filePath("rapport.csv");
    const ProgramRun csv =
        runAsUser(kServer, QStringList{"report", "--format", "csv", "--out", csvFile} + period);
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
    // One meaning per word, as on the tablet and in the office.
    const QString all = lines.join('\n');
    EXPECT_TRUE(all.contains(";naleving_te_laat_gedaan;R1.1;"));
    EXPECT_TRUE(all.contains(";naleving_over_termijn;R1.1;"));
    EXPECT_FALSE(all.contains(";naleving_te_laat;"));
    EXPECT_TRUE(all.contains(";vragenlijst_respons;;"));
    // A month's rows carry the days they cover: all of October, November up to the 21st.
    EXPECT_TRUE(all.contains("2026-10;alle inrichtingen;2026-10-01;2026-10-31;aanwezig;"));
    EXPECT_TRUE(all.contains("2026-11;alle inrichtingen;2026-11-01;2026-11-21;aanwezig;"));
    EXPECT_TRUE(all.contains(";contact_volgens_gedetineerden;mentor;"));
    EXPECT_TRUE(all.contains(";geregistreerd_niet_ervaren;municipality;") ||
                all.contains(";beide_kanten_niet_getoond;municipality;"));
}

// ronde-server report --format pdf: a valid PDF with the period, the headings and the
// charts, turned into pictures by pdftoppm (poppler) as a reader would see them.
TEST(ServerReport, WritesAPdfWithChartsAndTables)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("centraal.sqlite");
    ASSERT_EQ(runAsUser(kServer, {"demo", "--out", file, "--facilities", "2", "--detainees", "30",
                                  "--today", "2026-11-22"})
                  .exitCode,
              0);
    const QString pdf = dir.filePath("rapport.pdf");
    const ProgramRun r =
        runAsUser(kServer,
                  {"report", "--database", file, "--facility", "PI Zwolle", "--from", "2026-09-01",
                   "--to", "2026-11-21", "--format", "pdf", "--out", pdf},
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
    EXPECT_TRUE(info.out.contains("A4")) << info.out.toStdString();
    const QRegularExpressionMatch pageCount =
        QRegularExpression("Pages:\\s+(\\d+)").match(info.out);
    ASSERT_TRUE(pageCount.hasMatch()) << info.out.toStdString();
    const int pages = pageCount.captured(1).toInt();
    // Sections follow each other instead of each taking a page of its own, half empty.
    // Five sections (R5.1–R5.3, R5.4, R5.5, R7.5, the trend), each chart kept with its
    // heading and each table whole: four or five pages, not one per section and table.
    EXPECT_GE(pages, 3);
    EXPECT_LE(pages, 5);

    const ProgramRun text =
        runProgram("pdftotext", {"-layout", pdf, "-"}, QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    // Dates as people write them, rules by their words with the code after them.
    for (const char *expected :
         {"Rapportage contact en naleving", "Inrichting: PI Zwolle",
          "Periode: 1 september 2026 – 21 november 2026", "Gegevens tot en met 2", "november 2026",
          "Kerncijfers", "Contact per rol in de periode (R5.1)", "Naleving van de termijnen (R5.4)",
          "Intake casemanager (2 weken) (R1.1)", "Tevredenheid per rol, verdeling over 1–5 (R5.5)",
          "Verloop per maand", "okt. 2026", "pagina 2",
          "Contact volgens registratie en volgens gedetineerden (R7.5)",
          "Vragenlijst aangeboden aan", "in de vragenlijst (R7)"}) {
        EXPECT_TRUE(text.out.contains(QString::fromUtf8(expected))) << expected;
    }
    EXPECT_FALSE(text.out.contains("2026-10")) << "no ISO months";

    // Each page as a picture: not blank; the charts' own colours are on the pages.
    const ProgramRun pictures =
        runProgram("pdftoppm", {"-r", "50", "-png", pdf, dir.filePath("pagina")},
                   QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(pictures.exitCode, 0) << pictures.err.toStdString();
    const std::array<QColor, 3> chartColours{QColor(0x00, 0x72, 0xB2), QColor(0x00, 0x9E, 0x73),
                                             QColor(0xB3, 0x4D, 0x00)};
    std::array<bool, 3> seen{};
    for (int page = 1; page <= pages; ++page) {
        const QImage image(dir.filePath(QString("pagina-%1.png").arg(page)));
        ASSERT_FALSE(image.isNull()) << "page " << page;
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                colours.insert(c.rgb());
                for (size_t k = 0; k < chartColours.size(); ++k) {
                    const QColor &want = chartColours[k];
                    seen[k] = seen[k] || (std::abs(c.red() - want.red()) < 8 &&
                                          std::abs(c.green() - want.green()) < 8 &&
                                          std::abs(c.blue() - want.blue()) < 8);
                }
            }
        }
        EXPECT_GT(colours.size(), 20) << "page " << page << " is blank";
    }
    for (size_t k = 0; k < chartColours.size(); ++k) {
        EXPECT_TRUE(seen[k]) << "chart colour " << chartColours[k].name().toStdString();
    }
}

TEST(ServerReport, RefusesBadInputWithAClearMessage)
{
    QTemporaryDir dir;
    const QString file = dir.filePath("centraal.sqlite");
    ASSERT_EQ(runAsUser(kServer, {"demo", "--out", file, "--facilities", "2", "--detainees", "5"})
                  .exitCode,
              0);
    const auto refused = [&](const QStringList &arguments, const char *message) {
        const ProgramRun r =
            runAsUser(kServer, QStringList{"report", "--database", file} + arguments);
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
    // Deadlines are measured on the last day: one to come would make every open talk late.
    refused({"--to", "2099-01-31"}, "De periode loopt tot na vandaag");
    // The demo's facilities each have an "Afdeling A": the name alone does not say which.
    refused({"--unit", "Afdeling A"}, "geef ook --facility");

    // A mistyped database is not made, empty, and reported on as if the country had no one.
    for (const QStringList &command : {QStringList{"report"},
                                       {"refusals"},
                                       {"proposals"},
                                       {"audit", "--detainee", "1"},
                                       {"devices"},
                                       {"user", "list"}}) {
        const QString missing = dir.filePath("geen-map/centraal.sqlite");
        const ProgramRun r = runAsUser(kServer, command + QStringList{"--database", missing});
        const std::string name = command.join(' ').toStdString();
        EXPECT_EQ(r.exitCode, 2) << name;
        EXPECT_TRUE(r.err.contains("bestaat niet")) << name << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(dir.filePath("geen-map"))) << name;
    }

    // A PDF that cannot be written leaves nothing behind and says so.
    const QString nowhere = dir.filePath("geen-map/rapport.pdf");
    const ProgramRun r =
        runAsUser(kServer, {"report", "--database", file, "--format", "pdf", "--out", nowhere});
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
    ASSERT_EQ(runAsUser(kServer, {"demo", "--out", database, "--detainees", "5"}).exitCode, 0);
    const QString csv = dir.filePath("rooster.csv");
    ASSERT_TRUE(writeFile(csv, "\xEF\xBB\xBFnummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;"
                               "uitsluiting;vertrek\r\n"
                               "0900001;Nieuw Persoon;PI Zwolle;;01-11-2026;nee;;\r\n"
                               "0900002;Fout Persoon;PI Zwolle;;2026-11-31;nee;;\r\n"));
    const auto count = [&] {
        return ronde::Store(database.toStdString())
            .database()
            .scalar("SELECT COUNT(*) FROM "
                    "detainees");
    };
    const int64_t before = count();

    const ProgramRun refused = runAsUser(kServer, {"import", "--database", database, csv});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains("Regel 3: Ongeldige waarde '2026-11-31' in veld "
                                     "'binnenkomst'."))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("Niets ingelezen")) << refused.err.toStdString();
    EXPECT_EQ(count(), before);

    const ProgramRun skipped =
        runAsUser(kServer, {"import", "--database", database, csv, "--skip-invalid"});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_TRUE(skipped.out.contains("1 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 1 afgekeurd"))
        << skipped.out.toStdString();
    EXPECT_EQ(count(), before + 1);

    const ProgramRun again =
        runAsUser(kServer, {"import", "--database", database, csv, "--skip-invalid"});
    EXPECT_TRUE(again.out.contains("0 toegevoegd, 0 bijgewerkt, 1 ongewijzigd"))
        << again.out.toStdString();
    EXPECT_EQ(count(), before + 1);
    EXPECT_EQ(
        runAsUser(kServer, {"import", "--database", database, dir.filePath("weg.csv")}).exitCode,
        2);
}
