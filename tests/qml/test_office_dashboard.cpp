// The office dashboard's view model (R5) on a demo of three facilities: the figures arrive
// from the background, each list behind a figure is as long as the figure's count, ratings
// have no list (R5.5), and bad filters are refused without changing anything.
#include "office_dashboard.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>
#include <cmath>
#include <gtest/gtest.h>

namespace {

QVariantMap keyFigure(const OfficeDashboard &dashboard, const QString &kind)
{
    for (const QVariant &figure : dashboard.keyFigures()) {
        if (figure.toMap().value("kind") == kind) {
            return figure.toMap();
        }
    }
    return {};
}

class OfficeDashboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dashboard.open(dir.filePath("centraal.sqlite"), true))
            << dashboard.errorString().toStdString();
        dashboard.waitForReport();
        ASSERT_TRUE(dashboard.hasReport());
    }

    QTemporaryDir dir;
    OfficeDashboard dashboard;
};

} // namespace

// R5.2's tile counts in the singular or plural form of the Dutch catalogue, as the office
// shows it: the source's "gedetineerde(n)" never reaches the screen. (The fixture's tests load no
// catalogue.)
TEST(OfficeDashboardWords, TheNoContactTileCountsInTheCataloguesForm)
{
    QTranslator dutch;
    ASSERT_TRUE(dutch.load(":/i18n/ronde_nl.qm"));
    QCoreApplication::installTranslator(&dutch);
    QTemporaryDir dir;
    OfficeDashboard dashboard;
    const bool opened = dashboard.open(dir.filePath("centraal.sqlite"), true);
    if (opened) {
        dashboard.waitForReport();
    }
    const QVariantMap longer = keyFigure(dashboard, "noContactLongerThanTwoWeeks");
    QCoreApplication::removeTranslator(&dutch); // the words are made when asked for
    ASSERT_TRUE(opened && dashboard.hasReport()) << dashboard.errorString().toStdString();
    const qlonglong total = longer.value("total").toLongLong();
    ASSERT_GT(total, 0) << "the demo has someone without contact";
    const QString word = total == 1 ? "gedetineerde" : "gedetineerden";
    EXPECT_TRUE(
        longer.value("detail").toString().startsWith(QString("%1 van de %2 %3 zonder contact")
                                                         .arg(longer.value("count").toLongLong())
                                                         .arg(total)
                                                         .arg(word)))
        << longer.value("detail").toString().toStdString();
}

TEST_F(OfficeDashboardTest, ShowsEveryFacilityWithFourCharts)
{
    EXPECT_EQ(dashboard.facilities().size(), 3);
    EXPECT_EQ(dashboard.present(), 180);
    EXPECT_EQ(dashboard.keyFigures().size(), 4);
    // R5.2's share is of those without contact, and its words say so with their number.
    const QVariantMap longer = keyFigure(dashboard, "noContactLongerThanTwoWeeks");
    EXPECT_TRUE(
        longer.value("detail").toString().startsWith(QString("%1 van de %2 gedetineerde")
                                                         .arg(longer.value("count").toLongLong())
                                                         .arg(longer.value("total").toLongLong())))
        << longer.value("detail").toString().toStdString();
    EXPECT_EQ(dashboard.contactChart().value("categories").toStringList().size(), 6);
    EXPECT_EQ(dashboard.complianceChart().value("series").toList().size(), 4);
    EXPECT_EQ(dashboard.complianceChart().value("shortCategories").toStringList().value(0),
              "intake (R1.1)");
    EXPECT_EQ(dashboard.trendChart().value("kind").toString(), "lines");
    // Three calendar months by default, up to today; the current one in the chart from its
    // fourteenth day (a shorter part is named in the note instead).
    const QDate to = QDate::fromString(dashboard.to(), Qt::ISODate);
    ASSERT_TRUE(to.isValid()) << dashboard.to().toStdString();
    const bool currentShown = to.day() >= 14;
    const QVariantMap trend = dashboard.trendChart();
    EXPECT_EQ(trend.value("categories").toStringList().size(), currentShown ? 3 : 2);
    EXPECT_EQ(trend.value("note").toString().contains("korter dan twee weken"), !currentShown)
        << trend.value("note").toString().toStdString();
    // On screen the moment wraps whole, the words before it as words.
    const QString upTo = dashboard.dataUpToLabel();
    ASSERT_TRUE(upTo.startsWith("gegevens tot en met ")) << upTo.toStdString();
    EXPECT_FALSE(upTo.mid(20).contains(' ')) << upTo.toStdString();
    EXPECT_EQ(upTo.mid(20).count(QChar::Nbsp), 3) << "6 december 2026 16:48";
}

TEST_F(OfficeDashboardTest, AListHoldsTheDetaineesTheFigureCounts)
{
    for (const char *kind : {"noInternalContact", "noContact", "noPlanHelp"}) {
        ASSERT_TRUE(dashboard.openKeyFigureList(kind)) << kind;
        EXPECT_EQ(dashboard.listRows().size(), keyFigure(dashboard, kind).value("count").toInt())
            << kind;
        EXPECT_FALSE(dashboard.listTitle().isEmpty());
        EXPECT_EQ(dashboard.listShare(), "") << "the tile already says 6 of 180";
    }
    // The compliance bar of R1.1 (first category), part "met on time" (first series).
    ASSERT_TRUE(dashboard.openList("compliance", 0, 0));
    EXPECT_TRUE(dashboard.listTitle().startsWith("R1.1")) << dashboard.listTitle().toStdString();
    EXPECT_GT(dashboard.listRows().size(), 0);
    const QVariantMap row = dashboard.listRows().value(0).toMap();
    for (const char *field : {"number", "name", "facility", "admitted"}) {
        EXPECT_FALSE(row.value(field).toString().isEmpty()) << field;
    }
    // The contact bar of the mentor (second category): the share times those present.
    ASSERT_TRUE(dashboard.openList("contact", 1, 0));
    const QVariantList internal =
        dashboard.contactChart().value("series").toList().value(0).toMap().value("values").toList();
    const double mentorShare = internal.value(1).toDouble();
    EXPECT_NEAR(double(dashboard.listRows().size()), mentorShare * dashboard.present() / 100.0,
                0.01);
    // The share the bar showed, beside the count: "12" over a list of 7 read as a mistake.
    EXPECT_EQ(dashboard.listShare(), QString::number(std::lround(mentorShare)) + "%");

    EXPECT_FALSE(dashboard.openList("satisfaction", 0, 0)) << "R5.5: no list behind ratings";
    EXPECT_FALSE(dashboard.openList("contact", 99, 0));
    EXPECT_FALSE(dashboard.openKeyFigureList("unknown"));
}

TEST_F(OfficeDashboardTest, FiltersNarrowTheFiguresAndBadDatesChangeNothing)
{
    const QString from = dashboard.from();
    const QString to = dashboard.to();
    EXPECT_FALSE(dashboard.setPeriod("2026-13-01", "2026-11-01").isEmpty());
    EXPECT_FALSE(dashboard.setPeriod("2026-11-01", "2026-10-01").isEmpty());
    // A last day still to come would make every talk not yet held late.
    EXPECT_TRUE(dashboard.setPeriod("2026-11-01", "2099-01-31").contains("na vandaag"));
    EXPECT_FALSE(dashboard.setPeriod("31-9-2026", "1-10-2026").isEmpty()) << "no 31 September";
    EXPECT_TRUE(dashboard.setPeriod(" ", "1-10-2026").startsWith("Vul de eerste dag"));
    EXPECT_TRUE(dashboard.setPeriod("1-10-2026", "").startsWith("Vul de laatste dag"));
    EXPECT_EQ(dashboard.from(), from);
    // A day as Dutch people write it, with or without leading zeros, or as ISO does.
    EXPECT_EQ(dashboard.setPeriod("1-10-2026", "09-11-2026"), "");
    EXPECT_EQ(dashboard.from(), "2026-10-01");
    EXPECT_EQ(dashboard.to(), "2026-11-09");
    EXPECT_EQ(dashboard.setPeriod(from, to), "") << "and back";

    dashboard.setFacilityId(dashboard.facilities().value(0).toMap().value("id").toString());
    EXPECT_FALSE(dashboard.units().isEmpty());
    dashboard.refresh();
    EXPECT_TRUE(dashboard.busy());
    dashboard.waitForReport();
    EXPECT_EQ(dashboard.present(), 60);

    dashboard.setUnitId(dashboard.units().value(0).toMap().value("id").toString());
    dashboard.refresh();
    dashboard.waitForReport();
    EXPECT_GT(dashboard.present(), 0);
    EXPECT_LT(dashboard.present(), 60);
}

// When the figures cannot be computed (here: the database file is gone), the page says why
// and keeps the last figures.
TEST_F(OfficeDashboardTest, AFailedComputationSaysWhy)
{
    EXPECT_TRUE(dashboard.errorString().isEmpty());
    const int present = dashboard.present();
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(dir.filePath("centraal.sqlite") + suffix);
    }
    dashboard.refresh();
    dashboard.waitForReport();
    EXPECT_TRUE(dashboard.errorString().startsWith("De cijfers konden niet worden berekend"))
        << dashboard.errorString().toStdString();
    EXPECT_EQ(dashboard.present(), present);
}

TEST(OfficeDashboard, RefusesADatabaseThatIsNotThere)
{
    QTemporaryDir dir;
    OfficeDashboard dashboard;
    const QString missing = dir.filePath("nergens.sqlite");
    EXPECT_FALSE(dashboard.open(missing, false));
    EXPECT_TRUE(dashboard.errorString().contains(missing));
    EXPECT_FALSE(QFile::exists(missing)) << "office mode never makes a database";
}
