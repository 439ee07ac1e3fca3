// Sync end to end: a real ronde-server process on 127.0.0.1, tablets as real `ronde`
// processes on their own SQLite files. Issue #4: A and B write offline, both sync, both hold
// exactly the union, the server holds each event once. Every test runs twice: with the
// server's database a SQLite file, and in a real PostgreSQL (fixture `postgres`).
#include "client/tablet_sync.h"
#include "sync_processes.h"

// Over real TLS: the tablet trusts only the certificate it was given at enrolment.
class SyncOverTls : public SyncProcesses
{
protected:
    SyncOverTls() { m_tls = true; }
};

INSTANTIATE_TEST_SUITE_P(, SyncProcesses,
                         ::testing::Values(ServerDatabase::SQLite, ServerDatabase::PostgreSQL),
                         serverDatabaseName);
INSTANTIATE_TEST_SUITE_P(, SyncOverTls,
                         ::testing::Values(ServerDatabase::SQLite, ServerDatabase::PostgreSQL),
                         serverDatabaseName);

TEST_P(SyncProcesses, TwoTabletsWritingOfflineEndWithTheUnion)
{
    const QString a = tablet("A");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const QString b = tablet("B");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const auto writtenA = writeOffline(a, 0, 6);
    const auto writtenB = writeOffline(b, 1, 4);
    for (const QString &dir : {a, b, a}) {
        const Result r = syncOnce(dir);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains("Synchronisatie klaar")) << r.out.toStdString();
    }
    const auto onA = events(databaseOf(a));
    const auto onB = events(databaseOf(b));
    EXPECT_EQ(onA, onB);
    for (const auto &written : {writtenA, writtenB}) {
        for (const std::string &id : written) {
            EXPECT_TRUE(onA.contains(id)) << id;
        }
    }
    m_server.kill();
    m_server.waitForFinished();
    ronde::Store central(m_central.toStdString());
    EXPECT_EQ(central.database().scalar("SELECT COUNT(*) FROM server_log"),
              central.database().scalar("SELECT COUNT(*) FROM events"))
        << "each event once, with one sequence number";
    const auto atServer = events(m_central.toStdString());
    for (const std::string &id : onA) {
        EXPECT_TRUE(atServer.contains(id)) << id;
    }
    // DOMAIN "Privacy": every rating written reached the server, and no tablet holds one.
    std::vector<std::string> rated(writtenA.begin(), writtenA.end());
    rated.insert(rated.end(), writtenB.begin(), writtenB.end());
    size_t ratingsAtServer = 0;
    for (const auto &event :
         central.events().byIds(rated, ronde::EventRepository::Answers::Included)) {
        ratingsAtServer += std::get<ronde::Contact>(event).satisfaction ? 1 : 0;
    }
    EXPECT_EQ(ratingsAtServer, rated.size());
    for (const QString &dir : {a, b}) {
        ronde::Store tablet = openStoreAt(databaseOf(dir));
        EXPECT_EQ(tablet.database().scalar(
                      "SELECT COUNT(*) FROM contacts WHERE satisfaction IS NOT NULL"),
                  0)
            << dir.toStdString();
        EXPECT_GE(
            tablet.database().scalar("SELECT COUNT(*) FROM contacts WHERE rating_withheld = 1"),
            int64_t(rated.size()))
            << "the mark of each";
    }
    ronde::Store onTabletA = openStoreAt(databaseOf(a));
    EXPECT_EQ(onTabletA.outbox().size(), 0);
    // The window's "Laatst gesynchroniseerd" after a sync from the command line too.
    EXPECT_GT(ronde::sync::TabletSync(onTabletA).lastSuccessMs(), 0);
}

// Two tablets propose a different unit for the same detainee while offline (DESIGN "Sync":
// the registry is the server's). Both proposals reach the server and both tablets, and
// `ronde-server proposals --parallel` shows the office the pair to decide on.
TEST_P(SyncProcesses, TheAuditLogOfADetaineeShowsWhoWroteWhatOnWhichTablet)
{
    const QString a = tablet("A");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    writeOffline(a, 0, 2);
    std::string number;
    {
        ronde::Store store = openStoreAt(databaseOf(a));
        const auto facility = store.registry().facilities().at(0);
        number = store.registry().detainees(facility.id).at(0).number;
        EXPECT_EQ(store.audit().count(), 3) << "two contacts and the enrolment's sync";
    }
    ASSERT_EQ(syncOnce(a).exitCode, 0);

    const Result audit = run(RONDE_SERVER_BINARY, {"audit", "--database", m_central, "--detainee",
                                                   QString::fromStdString(number)});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    EXPECT_TRUE(audit.out.startsWith("Auditlogboek van ")) << audit.out.toStdString();
    EXPECT_EQ(audit.out.count("legde vast contact"), 2) << audit.out.toStdString();
    std::string device;
    {
        ronde::Store central(m_central.toStdString());
        ronde::Statement &name = central.database().prepare("SELECT name FROM devices");
        ASSERT_TRUE(name.step());
        device = name.text(0);
        name.reset();
    }
    EXPECT_EQ(audit.out.count(QString::fromStdString("\ttablet " + device + "\n")), 2)
        << "the device it was written on:\n"
        << audit.out.toStdString();
    EXPECT_TRUE(audit.err.contains("2 regels")) << audit.err.toStdString();

    const Result unknown =
        run(RONDE_SERVER_BINARY, {"audit", "--database", m_central, "--detainee", "no-such"});
    EXPECT_EQ(unknown.exitCode, 2);
    const Result missing = run(RONDE_SERVER_BINARY, {"audit", "--database", m_central});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("--detainee")) << missing.err.toStdString();
}

TEST_P(SyncProcesses, ParallelRegistryProposalsReachTheOfficeFlagged)
{
    const QString a = tablet("A");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const QString b = tablet("B");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    std::map<QString, std::string> proposalOf;
    for (const auto &[dir, unitIndex] : {std::pair{a, size_t(0)}, std::pair{b, size_t(1)}}) {
        ronde::Store store = openStoreAt(databaseOf(dir));
        const auto facility = store.registry().facilities().at(0);
        ronde::RegistryProposal p;
        p.header.detaineeId = store.registry().detainees(facility.id).at(0).id;
        for (const auto &u : store.registry().users(facility.id)) {
            if (u.role == ronde::Role::CaseManager) {
                p.header.authorId = u.id;
            }
        }
        p.header.occurredAtMs = ronde::systemClock()();
        p.field = ronde::ProposalField::Unit;
        p.value = store.registry().units(facility.id).at(unitIndex).id;
        proposalOf[dir] = store.events().record(p).header.id;
    }
    for (const QString &dir : {a, b, a}) {
        const Result r = syncOnce(dir);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    for (const QString &dir : {a, b}) {
        const auto held = events(databaseOf(dir));
        EXPECT_TRUE(held.contains(proposalOf[a]) && held.contains(proposalOf[b]))
            << dir.toStdString() << " holds both proposals";
    }
    const Result listed = run(RONDE_SERVER_BINARY, {"proposals", "--database", m_central,
                                                    "--parallel", "--facility", "PI Zwolle"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QStringList lines = listed.out.split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains("PARALLEL met " + QString::fromStdString(proposalOf[a])));
    EXPECT_TRUE(listed.out.contains("PARALLEL met " + QString::fromStdString(proposalOf[b])));
    EXPECT_TRUE(listed.out.contains("afdeling: Afdeling ")) << "the unit by name\n"
                                                            << listed.out.toStdString();
}

TEST_P(SyncOverTls, ATabletPinnedToAnotherCertificateCannotEnrol)
{
    tablet("A", "stranger");
    EXPECT_EQ(m_lastEnrol.exitCode, 1);
    EXPECT_TRUE(m_lastEnrol.err.contains("certificaat van de server klopt niet"))
        << m_lastEnrol.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.filePath("A/ronde.sqlite")) &&
                 openStoreAt(databaseOf(m_dir.filePath("A"))).events().count() > 0);
}

TEST_P(SyncOverTls, TwoTabletsSyncOverTls)
{
    const QString a = tablet("A");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const QString b = tablet("B");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const auto written = writeOffline(a, 0, 3);
    for (const QString &dir : {a, b}) {
        const Result r = syncOnce(dir);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    const auto onB = events(databaseOf(b));
    for (const std::string &id : written) {
        EXPECT_TRUE(onB.contains(id)) << id;
    }
    EXPECT_TRUE(m_url.startsWith("https://"));
}

TEST_P(SyncProcesses, ARevokedTabletWipesItself)
{
    const QString a = tablet("A");
    ASSERT_FALSE(events(databaseOf(a)).empty());
    const Result list = run(RONDE_SERVER_BINARY, {"devices", "--database", m_central});
    const QString deviceId = list.out.section('\t', 0, 0);
    ASSERT_TRUE(deviceId.startsWith("dev-")) << list.out.toStdString();
    // It synced when it was linked: when, in the Netherlands' time, to the minute.
    EXPECT_TRUE(list.out.section('\n', 0, 0)
                    .section('\t', 3, 3)
                    .contains(QRegularExpression(
                        "^laatst gesynchroniseerd \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$")))
        << list.out.toStdString();
    ASSERT_EQ(run(RONDE_SERVER_BINARY, {"revoke", "--database", m_central, deviceId}).exitCode, 0);
    const Result r = syncOnce(a);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("ingetrokken")) << r.err.toStdString();
    EXPECT_TRUE(events(databaseOf(a)).empty());
    EXPECT_TRUE(openStoreAt(databaseOf(a)).registry().facilities().empty());
}

// Staff are managed at the server; the tablet checks their PIN offline after a sync.
TEST_P(SyncProcesses, AStaffMemberAddedAtTheServerCanSignInOnTheTablet)
{
    const QString a = tablet("A");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const QStringList add{"user",      "add",    "--database",    m_central, "--facility",
                          "PI Zwolle", "--name", "Nieuwe Mentor", "--role",  "mentor"};
    // docs/SECURITY.md "PINs": never on the command line, never shorter than six digits.
    const Result onCommandLine = run(RONDE_SERVER_BINARY, add + QStringList{"--pin", "654321"});
    EXPECT_EQ(onCommandLine.exitCode, 2);
    EXPECT_TRUE(onCommandLine.err.contains("niet op de opdrachtregel"))
        << onCommandLine.err.toStdString();
    const Result tooShort = run(RONDE_SERVER_BINARY, add, "4321\n");
    EXPECT_EQ(tooShort.exitCode, 2);
    EXPECT_TRUE(tooShort.err.contains("6 tot 8 cijfers")) << tooShort.err.toStdString();
    const Result added = run(RONDE_SERVER_BINARY, add, "654321\n");
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString userId =
        QRegularExpression("\\((user-[0-9a-f]+)\\)").match(added.out).captured(1);
    ASSERT_FALSE(userId.isEmpty()) << added.out.toStdString();
    ASSERT_EQ(syncOnce(a).exitCode, 0);
    {
        ronde::Store store = openStoreAt(databaseOf(a));
        ronde::SignInService signIn(store);
        EXPECT_EQ(signIn.attempt(userId.toStdString(), "654321").result,
                  ronde::SignInResult::Accepted);
        EXPECT_EQ(signIn.attempt(userId.toStdString(), "1111").result,
                  ronde::SignInResult::WrongPin);
    }
    ASSERT_EQ(
        run(RONDE_SERVER_BINARY, {"user", "disable", "--database", m_central, userId}).exitCode, 0);
    ASSERT_EQ(syncOnce(a).exitCode, 0);
    ronde::Store store = openStoreAt(databaseOf(a));
    EXPECT_EQ(ronde::SignInService(store).attempt(userId.toStdString(), "4321").result,
              ronde::SignInResult::UnknownUser)
        << "a disabled user cannot sign in";
}

// Faults with real processes: the server killed with SIGKILL in the middle of a push, and
// the tablet killed in the middle of a sync. Afterwards a normal sync completes and the
// server holds every event exactly once.
TEST_P(SyncProcesses, KilledMidSyncLosesAndDuplicatesNothing)
{
    const QString a = tablet("A");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const auto written = writeOffline(a, 0, 12'000);

    auto killDuring = [&](bool killServer) {
        QProcess client;
        client.setProcessEnvironment(environment(m_dir.path()));
        client.start(RONDE_APP_BINARY, {"--data-dir", a, "--sync-once"});
        ASSERT_TRUE(client.waitForStarted());
        QThread::msleep(250); // well into the first batches
        if (killServer) {
            m_server.kill(); // SIGKILL
            m_server.waitForFinished();
        } else {
            client.kill();
        }
        client.waitForFinished(60'000);
        if (killServer) {
            startServer();
        }
    };
    killDuring(true);
    killDuring(false);
    killDuring(true);

    const Result r = syncOnce(a);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    m_server.kill();
    m_server.waitForFinished();
    ronde::Store central(m_central.toStdString());
    const auto atServer = events(m_central.toStdString());
    for (const std::string &id : written) {
        ASSERT_TRUE(atServer.contains(id)) << "lost: " << id;
    }
    EXPECT_EQ(central.database().scalar("SELECT COUNT(*) FROM server_log"),
              central.database().scalar("SELECT COUNT(*) FROM events"));
    EXPECT_EQ(openStoreAt(databaseOf(a)).outbox().size(), 0);
}

TEST_P(SyncProcesses, ANotEnrolledTabletSaysSoAndFails)
{
    const Result r = syncOnce(m_dir.filePath("nieuw"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("nog niet aangemeld")) << r.err.toStdString();
}

// A second server started on the port of a running one is refused, with the reason: its
// workers' SO_REUSEPORT would otherwise join the port, and the kernel would hand some tablets
// to a server of another database. Only --share-port joins, and only on PostgreSQL.
TEST_P(SyncProcesses, ASecondServerOnATakenPortIsRefused)
{
    const QString other = m_dir.filePath("ander.sqlite");
    ASSERT_EQ(run(RONDE_SERVER_BINARY, {"init", "--database", other}).exitCode, 0);
    const QString port = QString("127.0.0.1:%1").arg(m_port);
    QProcess second;
    second.setProcessEnvironment(environment(m_dir.path()));
    second.start(RONDE_SERVER_BINARY,
                 {"serve", "--database", other, "--listen", port, "--insecure-loopback"});
    const bool ended = second.waitForFinished(60'000);
    if (!ended) {
        second.kill();
        second.waitForFinished();
    }
    ASSERT_TRUE(ended) << "the second server listens on the first one's port";
    EXPECT_EQ(second.exitCode(), 1);
    const QString why = QString::fromUtf8(second.readAllStandardError());
    EXPECT_TRUE(why.contains("de poort is al in gebruik")) << why.toStdString();

    const Result shared = run(RONDE_SERVER_BINARY, {"serve", "--database", other, "--listen", port,
                                                    "--insecure-loopback", "--share-port"});
    EXPECT_EQ(shared.exitCode, 2);
    EXPECT_TRUE(shared.err.contains("alleen voor meerdere processen op één PostgreSQL-database"))
        << shared.err.toStdString();
    // The first server answers as before.
    EXPECT_EQ(m_server.state(), QProcess::Running);
    EXPECT_FALSE(code("A").isEmpty());
}

// Several ronde-server processes may serve one PostgreSQL database (docs/DEPLOYMENT.md):
// two tablets, each docked at its own server, sync at the same moment, again and again. Both
// end with the union, and the database holds each event once with one sequence number.
class TwoServers : public SyncProcesses
{};
INSTANTIATE_TEST_SUITE_P(, TwoServers, ::testing::Values(ServerDatabase::PostgreSQL),
                         serverDatabaseName);

TEST_P(TwoServers, ShareOnePostgresDatabaseWithoutLosingOrDuplicating)
{
    QProcess second;
    QString secondUrl;
    launch(second,
           {"serve", "--database", m_central, "--listen", "127.0.0.1:0", "--insecure-loopback"},
           secondUrl);
    ASSERT_NE(secondUrl, m_url);
    const QString a = tablet("A");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const QString firstUrl = m_url;
    m_url = secondUrl;
    const QString b = tablet("B");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    m_url = firstUrl;

    std::set<std::string> written;
    for (int round = 0; round < 4; ++round) {
        written.merge(writeOffline(a, size_t(round), 150));
        written.merge(writeOffline(b, size_t(round + 4), 150));
        QProcess syncA;
        QProcess syncB;
        for (auto [process, dir] : {std::pair{&syncA, a}, std::pair{&syncB, b}}) {
            process->setProcessEnvironment(environment(m_dir.path()));
            process->start(RONDE_APP_BINARY, {"--data-dir", dir, "--sync-once"});
        }
        for (QProcess *process : {&syncA, &syncB}) {
            ASSERT_TRUE(process->waitForFinished(60'000));
            EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
        }
    }
    // A last sync each: what the other sent in the final round comes down.
    for (const QString &dir : {a, b}) {
        const Result r = syncOnce(dir);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    second.kill();
    second.waitForFinished();

    const auto onA = events(databaseOf(a));
    EXPECT_EQ(onA, events(databaseOf(b)));
    for (const std::string &id : written) {
        EXPECT_TRUE(onA.contains(id)) << "lost: " << id;
    }
    ronde::Store central(m_central.toStdString());
    EXPECT_EQ(central.database().scalar("SELECT COUNT(*) FROM server_log"),
              central.database().scalar("SELECT COUNT(*) FROM events"));
    EXPECT_EQ(central.database().scalar("SELECT COUNT(DISTINCT event_id) FROM server_log"),
              central.database().scalar("SELECT COUNT(*) FROM server_log"));
    EXPECT_EQ(events(m_central.toStdString()), onA);
}
