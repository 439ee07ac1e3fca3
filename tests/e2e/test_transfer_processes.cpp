// A detainee moves between facilities while a tablet holds a record of theirs, with real
// processes: ronde-server on 127.0.0.1 (its database a SQLite file or PostgreSQL), tablets as
// `ronde --sync-once`, the move as `ronde-server import` of a roster. Nothing is lost, the
// history follows the detainee, and a refusal is kept and said, with an exit code of its own.
#include "sync_processes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <thread>

namespace {

// The demo's two facilities: PI Zwolle and PI Lelystad.
class TransferProcesses : public SyncProcesses
{
protected:
    TransferProcesses() { m_facilities = 2; }

    struct Person
    {
        std::string id;
        std::string number;
        std::string name;
        std::string admitted;
    };

    Person detaineeOn(const QString &dir, size_t index)
    {
        ronde::Store store = openStoreAt(databaseOf(dir));
        const auto facility = store.registry().facilities().at(0);
        const ronde::Detainee d = store.registry().detainees(facility.id).at(index);
        return {d.id, d.number, d.name, d.admittedOn.iso()};
    }

    // The office imports a roster with one row: the detainee in `facility`, perhaps gone.
    void importRoster(const Person &p, const QString &facility, const QString &departure = {})
    {
        const QString file = m_dir.filePath("rooster.csv");
        QFile csv(file);
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write("nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek\n");
        csv.write(QString("%1;%2;%3;;%4;nee;;%5\n")
                      .arg(QString::fromStdString(p.number), QString::fromStdString(p.name),
                           facility, QString::fromStdString(p.admitted), departure)
                      .toUtf8());
        csv.close();
        const Result r = run(RONDE_SERVER_BINARY, {"import", "--database", m_central, file});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    }

    static std::set<std::string> eventsOf(const std::string &database, const std::string &who)
    {
        ronde::Store store = openStoreAt(database);
        std::set<std::string> ids;
        ronde::Statement &row =
            store.database().prepare("SELECT id FROM events WHERE detainee_id = ?");
        row.bind(1, who);
        while (row.step()) {
            ids.insert(row.text(0));
        }
        row.reset();
        return ids;
    }

    // How many detainees the facility's report counts as present this month.
    int presentIn(const QString &facility)
    {
        const QString firstOfMonth = QString::fromStdString(
            ronde::amsterdamFromUtc(ronde::systemClock()()).date.iso().substr(0, 8) + "01");
        const Result r =
            run(RONDE_SERVER_BINARY, {"report", "--database", m_central, "--facility", facility,
                                      "--from", firstOfMonth, "--format", "json"});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()
            .value("figures")
            .toObject()
            .value("present")
            .toInt(-1);
    }

    static int64_t count(const std::string &database, const std::string &sql)
    {
        ronde::Store store = openStoreAt(database);
        return store.database().scalar(sql);
    }
};

INSTANTIATE_TEST_SUITE_P(, TransferProcesses,
                         ::testing::Values(ServerDatabase::SQLite, ServerDatabase::PostgreSQL),
                         serverDatabaseName);

} // namespace

TEST_P(TransferProcesses, ATalkRecordedBeforeAMoveIsKeptAndFollowsTheDetainee)
{
    const QString zwolle = tablet("A1");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const QString lelystad = tablet("L1", "server", "PI Lelystad");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const Person moving = detaineeOn(zwolle, 0);
    const std::set<std::string> written = writeOffline(zwolle, 0, 1); // offline
    ASSERT_EQ(written.size(), 1u);
    const std::string talk = *written.begin();
    const int presentInZwolle = presentIn("PI Zwolle");
    const int presentInLelystad = presentIn("PI Lelystad");
    ASSERT_GT(presentInZwolle, 0);
    importRoster(moving, "PI Lelystad");
    // R0.5: this month they were in both; each facility's report counts its own stay.
    EXPECT_EQ(presentIn("PI Zwolle"), presentInZwolle);
    EXPECT_EQ(presentIn("PI Lelystad"), presentInLelystad + 1);

    const Result a = syncOnce(zwolle);
    EXPECT_EQ(a.exitCode, 0) << a.err.toStdString();
    EXPECT_TRUE(a.out.contains("Synchronisatie klaar: 1 verstuurd")) << a.out.toStdString();
    const std::string central = m_central.toStdString();
    EXPECT_EQ(count(central, "SELECT COUNT(*) FROM events WHERE id = '" + talk + "'"), 1);
    EXPECT_EQ(count(central, "SELECT COUNT(*) FROM server_log WHERE event_id = '" + talk + "'"), 1);
    // It belongs to the stay in Zwolle, where it happened.
    EXPECT_EQ(count(central, "SELECT COUNT(*) FROM stays s JOIN facilities f ON f.id = "
                             "s.facility_id JOIN events e ON e.detainee_id = s.detainee_id "
                             "WHERE e.id = '" +
                                 talk +
                                 "' AND f.name = 'PI Zwolle' AND "
                                 "s.from_on <= e.occurred_on AND s.to_on >= e.occurred_on"),
              1);
    // Zwolle's tablet no longer holds them, nor their audit entries.
    EXPECT_EQ(
        count(databaseOf(zwolle), "SELECT COUNT(*) FROM detainees WHERE id = '" + moving.id + "'"),
        0);
    EXPECT_EQ(count(databaseOf(zwolle),
                    "SELECT COUNT(*) FROM audit_log WHERE detainee_id = '" + moving.id + "'"),
              0);

    const Result l = syncOnce(lelystad);
    EXPECT_EQ(l.exitCode, 0) << l.err.toStdString();
    const auto history = eventsOf(central, moving.id);
    EXPECT_GT(history.size(), 1u);
    EXPECT_TRUE(history.contains(talk));
    EXPECT_EQ(eventsOf(databaseOf(lelystad), moving.id), history)
        << "the plan, reviews, decisions and contacts arrive in Lelystad";
}

TEST_P(TransferProcesses, ARefusedChangeStaysOnTheTabletAndIsReportedWithItsOwnExitCode)
{
    const QString zwolle = tablet("A1");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const Person leaving = detaineeOn(zwolle, 1);
    const std::string talk = *writeOffline(zwolle, 1, 1).begin();
    // The registry says they left two days ago (before the talk).
    const QString gone = QString::fromStdString(
        ronde::amsterdamFromUtc(ronde::systemClock()()).date.plusDays(-2).iso());
    importRoster(leaving, "PI Zwolle", gone);

    for (int attempt = 0; attempt < 2; ++attempt) {
        const Result r = syncOnce(zwolle);
        EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString();
        EXPECT_FALSE(r.out.contains("klaar")) << r.out.toStdString();
        EXPECT_TRUE(r.err.contains("1 registratie geweigerd")) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("niet in deze inrichting")) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromStdString(talk))) << r.err.toStdString();
    }
    {
        ronde::Store store = openStoreAt(databaseOf(zwolle));
        const auto refused = store.outbox().refused();
        ASSERT_EQ(refused.size(), 1u);
        EXPECT_EQ(refused[0].eventId, talk);
        EXPECT_TRUE(store.events().byId(talk).has_value());
        EXPECT_TRUE(store.registry().detainee(leaving.id).has_value());
    }
    const Result list = run(RONDE_SERVER_BINARY, {"refusals", "--database", m_central});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QString::fromStdString(talk))) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QString::fromStdString(leaving.number)));
    EXPECT_TRUE(list.err.contains("1 geweigerde registratie")) << list.err.toStdString();

    // The office corrects the departure; the tablet's next sync sends it again.
    importRoster(leaving, "PI Zwolle");
    const Result fixed = syncOnce(zwolle);
    EXPECT_EQ(fixed.exitCode, 0) << fixed.err.toStdString();
    EXPECT_EQ(
        count(m_central.toStdString(), "SELECT COUNT(*) FROM events WHERE id = '" + talk + "'"), 1);
    EXPECT_EQ(count(m_central.toStdString(), "SELECT COUNT(*) FROM refusals"), 0);
}

// Another process holds the tablet's database for 2 s, readers shut out too: the sync waits
// for it from its first statement instead of failing with "database is locked".
TEST_P(TransferProcesses, ADatabaseHeldLockedForTwoSecondsDoesNotFailTheSync)
{
    const QString zwolle = tablet("A1");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    writeOffline(zwolle, 0, 2);
    std::atomic<bool> locked = false;
    std::thread holder([&] {
        ronde::Store store = openStoreAt(databaseOf(zwolle));
        // Exclusive locking: not even a reader gets in until this connection closes.
        store.database().exec("PRAGMA locking_mode = EXCLUSIVE");
        store.database().exec("BEGIN EXCLUSIVE");
        store.database().exec("INSERT INTO device_state (key, value) VALUES ('held', '1') "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        locked = true;
        std::this_thread::sleep_for(std::chrono::seconds(2));
        store.database().exec("COMMIT");
    });
    while (!locked) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    const Result r = syncOnce(zwolle);
    holder.join();
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Synchronisatie klaar: 2 verstuurd")) << r.out.toStdString();
}

// The office's transfer names its day: from the day after, the old facility's tablets write
// nothing more for the detainee (a record from then is refused, kept and said), and the new
// facility's tablets have them with their history.
TEST_P(TransferProcesses, TheOfficeTransfersOnADayAndTheOldFacilityStopsWritingAfterIt)
{
    const QString zwolle = tablet("A1");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const QString lelystad = tablet("L1", "server", "PI Lelystad");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const Person moving = detaineeOn(zwolle, 2);
    const std::string late = *writeOffline(zwolle, 2, 1).begin(); // today, a minute ago
    const QString yesterday = QString::fromStdString(
        ronde::amsterdamFromUtc(ronde::systemClock()()).date.plusDays(-1).iso());
    const Result moved = run(RONDE_SERVER_BINARY, {"transfer", "--database", m_central,
                                                   QString::fromStdString(moving.number), "--to",
                                                   "PI Lelystad", "--on", yesterday});
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_TRUE(moved.out.contains("PI Lelystad")) << moved.out.toStdString();
    const Result again =
        run(RONDE_SERVER_BINARY, {"transfer", "--database", m_central,
                                  QString::fromStdString(moving.number), "--to", "PI Lelystad"});
    EXPECT_EQ(again.exitCode, 2) << "already there: " << again.out.toStdString();

    const Result a = syncOnce(zwolle);
    EXPECT_EQ(a.exitCode, 3) << a.out.toStdString() << a.err.toStdString();
    EXPECT_TRUE(a.err.contains(QString::fromStdString(late))) << a.err.toStdString();
    const Result l = syncOnce(lelystad);
    EXPECT_EQ(l.exitCode, 0) << l.err.toStdString();
    EXPECT_EQ(eventsOf(databaseOf(lelystad), moving.id),
              eventsOf(m_central.toStdString(), moving.id));
    EXPECT_FALSE(eventsOf(databaseOf(lelystad), moving.id).contains(late));
}
