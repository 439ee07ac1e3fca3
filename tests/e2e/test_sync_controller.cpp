// The app's sync view model against a real HTTP server on loopback (in this process).
#include "client/http_client.h"
#include "client/tablet_sync.h"
#include "demo/demo.h"
#include "faulty_relay.h"
#include "server/http_endpoint.h"
#include "server/sync_service.h"
#include "store/store.h"
#include "util/local_time.h"
#include "viewmodels/session.h"
#include "viewmodels/sync_controller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <algorithm>
#include <functional>
#include <future>
#include <gtest/gtest.h>
#include <thread>

using namespace ronde;

namespace {

class SyncControllerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_central = std::make_unique<Store>(m_dir.filePath("central.sqlite").toStdString());
        DemoOptions o;
        o.today = amsterdamFromUtc(systemClock()()).date;
        o.detaineesPerFacility = 8;
        m_facility = generateDemo(*m_central, o).firstFacilityId;
        m_service = std::make_unique<sync::SyncService>(*m_central);
        m_service->sequenceUnloggedEvents();
        startServer();
        ASSERT_TRUE(m_session.open(m_dir.filePath("tablet.sqlite"), false));
        m_controller.setSession(&m_session);
    }

    void startServer()
    {
        m_endpoint = std::make_unique<sync::HttpEndpoint>(*m_service, m_shared);
        m_port = m_endpoint->listen(QHostAddress::LocalHost, m_port, std::nullopt);
        ASSERT_NE(m_port, 0);
    }

    QString url() const { return QString("http://127.0.0.1:%1").arg(m_port); }
    // The server again, with pages of `events`; returns how many events the facility's log
    // holds (what a new tablet pulls).
    int64_t serveInPagesOf(size_t events)
    {
        sync::SyncLimits smallPages;
        smallPages.eventsPerPage = events;
        m_endpoint.reset();
        m_service = std::make_unique<sync::SyncService>(*m_central, smallPages);
        startServer();
        return m_central->database().scalar(
            "SELECT COUNT(*) FROM server_log WHERE facility_id = '" + m_facility + "'");
    }
    // A mentor talk a minute ago with the first detainee of the tablet's facility, not saved.
    Contact mentorTalk()
    {
        Store &tablet = *m_session.store();
        Contact c;
        c.header.detaineeId = tablet.registry().detainees(m_facility).front().id;
        for (const User &u : tablet.registry().users(m_facility)) {
            if (u.role == Role::Mentor) {
                c.header.authorId = u.id;
            }
        }
        c.header.occurredAtMs = systemClock()() - 60'000;
        c.roles = {Role::Mentor};
        c.kind = ContactKind::MentorTalk;
        return c;
    }
    // The sync runs on a worker; the server lives in this thread, so the event loop runs here
    // until the controller says how it ended. False also when none started.
    bool waitForSync(const std::function<bool()> &start)
    {
        bool ok = false;
        bool ended = false;
        QEventLoop loop;
        const auto connection =
            QObject::connect(&m_controller, &SyncController::syncFinished, &loop, [&](bool result) {
                ok = result;
                ended = true;
                loop.quit();
            });
        if (start()) {
            QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
            loop.exec();
            EXPECT_TRUE(ended) << "the sync did not end within 30 s";
        }
        QObject::disconnect(connection);
        return ok;
    }
    bool syncAndWait()
    {
        return waitForSync([&] { return m_controller.syncNow(); });
    }
    // Links the tablet (and syncs); "" or the Dutch error.
    QString enrolAndWait()
    {
        QString error = "did not start";
        QEventLoop loop;
        const auto connection = QObject::connect(&m_controller, &SyncController::enrolFinished,
                                                 &loop, [&](const QString &result) {
                                                     error = result;
                                                     loop.quit();
                                                 });
        if (m_controller.enrol(url(), code())) {
            error = "did not end within 30 s";
            QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QObject::disconnect(connection);
        return error;
    }

    QString code()
    {
        return QString::fromStdString(m_service->createEnrolmentCode(m_facility, "t"));
    }

    QTemporaryDir m_dir;
    QString m_logText;
    QTextStream m_log{&m_logText};
    sync::EndpointShared m_shared{m_log};
    std::unique_ptr<Store> m_central;
    std::unique_ptr<sync::SyncService> m_service;
    std::unique_ptr<sync::HttpEndpoint> m_endpoint;
    quint16 m_port = 0;
    std::string m_facility;
    Session m_session;
    SyncController m_controller;
};

} // namespace

TEST_F(SyncControllerTest, EnrolsSyncsAndRemembersTheLastSuccess)
{
    EXPECT_FALSE(m_controller.enrolled());
    EXPECT_FALSE(m_controller.syncNow()) << "not enrolled: nothing to start";
    EXPECT_EQ(enrolAndWait(), "");
    EXPECT_TRUE(m_controller.enrolled());
    EXPECT_TRUE(m_controller.lastSuccess().isValid());
    // On the facility's clock (R0.3), as the status bar shows it.
    const ronde::LocalDateTime at =
        ronde::amsterdamFromUtc(m_controller.lastSuccess().toMSecsSinceEpoch());
    EXPECT_TRUE(m_controller.lastSuccessText().endsWith(
        QTime(at.minuteOfDay / 60, at.minuteOfDay % 60).toString("HH:mm")))
        << m_controller.lastSuccessText().toStdString();
    EXPECT_TRUE(m_controller.lastError().isEmpty());
    EXPECT_FALSE(m_session.store()->registry().detainees(m_facility).empty());

    Contact c;
    c.header.detaineeId = m_session.store()->registry().detainees(m_facility).front().id;
    for (const User &u : m_session.store()->registry().users(m_facility)) {
        if (u.role == Role::Mentor) {
            c.header.authorId = u.id;
        }
    }
    c.header.occurredAtMs = systemClock()() - 60'000;
    c.roles = {Role::Mentor};
    c.kind = ContactKind::MentorTalk;
    const std::string id = m_session.store()->events().record(c).header.id;
    EXPECT_EQ(m_session.pendingChanges(), 1);
    EXPECT_TRUE(syncAndWait());
    EXPECT_EQ(m_session.pendingChanges(), 0);
    EXPECT_TRUE(m_central->events().byId(id).has_value());
}

TEST_F(SyncControllerTest, AFailedSyncSaysWhyAndBacksOff)
{
    ASSERT_EQ(enrolAndWait(), "");
    const QDateTime lastGood = m_controller.lastSuccess();
    m_endpoint.reset(); // the dock's network is gone
    EXPECT_FALSE(syncAndWait());
    EXPECT_TRUE(m_controller.lastError().contains("Geen verbinding"))
        << m_controller.lastError().toStdString();
    // Said in the user's words, not the network library's English.
    EXPECT_TRUE(m_controller.lastError().contains("neemt niet op"))
        << m_controller.lastError().toStdString();
    EXPECT_FALSE(m_controller.lastError().contains("refused", Qt::CaseInsensitive))
        << m_controller.lastError().toStdString();
    {
        // Switched to English, the same trouble is said in English (the app's catalogue).
        QTranslator english;
        ASSERT_TRUE(english.load(":/i18n/ronde_en.qm"));
        QCoreApplication::installTranslator(&english);
        EXPECT_TRUE(m_controller.lastError().contains("No connection"))
            << m_controller.lastError().toStdString();
        QCoreApplication::removeTranslator(&english);
    }
    EXPECT_EQ(m_controller.lastSuccess(), lastGood) << "no success reported for a failure";
    EXPECT_EQ(m_controller.retrySeconds(), 30);
    EXPECT_FALSE(syncAndWait());
    EXPECT_EQ(m_controller.retrySeconds(), 60);
    startServer();
    EXPECT_TRUE(syncAndWait());
    EXPECT_TRUE(m_controller.lastError().isEmpty());
    EXPECT_EQ(m_controller.retrySeconds(), 0);
}

// A server with lower limits than the app's (an older one: 1,000 audit entries a request)
// answers 413 to a full request; the app sends less until it takes it, and all arrives.
TEST_F(SyncControllerTest, AServerWithLowerLimitsGetsSmallerRequests)
{
    ASSERT_EQ(enrolAndWait(), "");
    sync::SyncLimits older;
    older.maxChangesPerRequest = 300;
    older.maxAuditPerRequest = 1'000;
    m_endpoint.reset();
    m_service = std::make_unique<sync::SyncService>(*m_central, older);
    startServer();
    Store &tablet = *m_session.store();
    const Contact talk = mentorTalk();
    std::vector<std::string> written;
    for (int i = 0; i < 1'100; ++i) {
        Contact c = talk;
        c.header.occurredAtMs -= i * 1000;
        written.push_back(tablet.events().record(c).header.id);
    }
    EXPECT_GT(tablet.audit().count(), 1'000);
    EXPECT_TRUE(syncAndWait()) << m_controller.lastError().toStdString();
    EXPECT_EQ(m_session.pendingChanges(), 0);
    for (const std::string &id : written) {
        ASSERT_TRUE(m_central->events().byId(id).has_value()) << id;
    }
    EXPECT_LE(sync::TabletSync(tablet).nextRequest(5'000).audit.size(), 1u)
        << "all delivered but this sync's own entry";
}

// A talk by a mentor of another facility (a transferred detainee's history, R2.4) arrives
// with its author, whom this tablet's registry did not hold: the sync completes, the talk is
// stored, and the author is named but cannot sign in here. (Before, the unknown author
// failed every sync of the tablet.)
TEST_F(SyncControllerTest, ATalkByStaffOfAnotherFacilityArrivesWithItsAuthor)
{
    ASSERT_EQ(enrolAndWait(), "");
    Store &tablet = *m_session.store();
    m_central->registry().upsert(Facility{"fac-elsewhere", "Elders", FacilityKind::Prison, {}});
    m_central->registry().upsert(User{"mentor-elsewhere",
                                      "fac-elsewhere",
                                      "Mentor Elders",
                                      Role::Mentor,
                                      {},
                                      false,
                                      true,
                                      "pbkdf2$secret"});
    Contact c;
    c.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    c.header.detaineeId = m_central->registry().detainees(m_facility).front().id;
    c.header.authorId = "mentor-elsewhere";
    c.header.occurredAtMs = systemClock()() - 3'600'000;
    c.header.recordedAtMs = c.header.occurredAtMs;
    c.roles = {Role::Mentor};
    c.kind = ContactKind::MentorTalk;
    ASSERT_TRUE(m_central->events().import(c));
    m_service->sequenceUnloggedEvents();

    std::vector<std::string> changedDetainees; // what the UI's view models hear
    tablet.changes().subscribe(
        [&](const Change &change) { changedDetainees.push_back(change.detaineeId); });
    EXPECT_TRUE(syncAndWait()) << m_controller.lastError().toStdString();
    EXPECT_TRUE(tablet.events().byId(c.header.id).has_value());
    EXPECT_EQ(std::count(changedDetainees.begin(), changedDetainees.end(), c.header.detaineeId), 1)
        << "the worker's writes reach the UI's connection, once per detainee";
    const auto author = tablet.registry().user("mentor-elsewhere");
    ASSERT_TRUE(author.has_value());
    EXPECT_EQ(author->name, "Mentor Elders");
    EXPECT_TRUE(author->pinHash.empty()) << "no PIN hash leaves its facility";
    EXPECT_FALSE(author->active);
}

// A change the server refuses stays on the tablet with its reason: the controller shows it
// (count and a line with the detainee and the reason), the sync is not reported as all sent,
// and staff can send it again once the office fixed the cause.
TEST_F(SyncControllerTest, ARefusedChangeIsShownWithItsReasonAndCanBeResent)
{
    ASSERT_EQ(enrolAndWait(), "");
    Store &tablet = *m_session.store();
    const Detainee detainee = tablet.registry().detainees(m_facility).front();
    const std::string id = tablet.events().record(mentorTalk()).header.id;
    Detainee wrong = *m_central->registry().detainee(detainee.id);
    wrong.dischargedOn = amsterdamFromUtc(systemClock()()).date.plusDays(-2); // a mistake
    m_central->registry().upsert(wrong);

    syncAndWait();
    EXPECT_EQ(m_controller.refusedCount(), 1);
    ASSERT_EQ(m_controller.refusedChanges().size(), 1);
    const QString line = m_controller.refusedChanges().front();
    EXPECT_TRUE(line.contains(QString::fromStdString(detainee.name))) << line.toStdString();
    EXPECT_TRUE(line.contains("niet in deze inrichting")) << line.toStdString();
    EXPECT_EQ(m_session.pendingChanges(), 0) << "nothing waits; the refusal is set aside";
    EXPECT_TRUE(tablet.events().byId(id).has_value()) << "kept on the tablet";

    wrong.dischargedOn.reset();
    m_central->registry().upsert(wrong);
    EXPECT_TRUE(waitForSync([&] { return m_controller.resendRefused(); }));
    EXPECT_EQ(m_controller.refusedCount(), 0);
    EXPECT_TRUE(m_central->events().byId(id).has_value());
}

// A contact saved while a sync waits for its answer (here: after the first round, whose
// outbox was empty) goes in the next round of the same sync, which then ends well.
TEST_F(SyncControllerTest, AContactSavedDuringASyncGoesInItsNextRound)
{
    ASSERT_EQ(enrolAndWait(), "");
    Store &tablet = *m_session.store();
    const Contact c = mentorTalk();
    std::string id;
    const sync::SyncSummary summary = sync::HttpClient(tablet).syncOnce([&](int round, int, int) {
        if (round == 1) {
            id = tablet.events().record(c).header.id;
        }
    });
    EXPECT_TRUE(summary.ok) << summary.error.toStdString();
    EXPECT_EQ(summary.rounds, 2);
    EXPECT_EQ(sync::TabletSync(tablet).pending(), 0);
    EXPECT_TRUE(m_central->events().byId(id).has_value());
}

// When the platform reports the network online (docking), a sync starts by itself.
TEST_F(SyncControllerTest, SyncsWhenTheNetworkBecomesReachable)
{
    ASSERT_EQ(enrolAndWait(), "");
    m_endpoint.reset();
    EXPECT_FALSE(syncAndWait());
    ASSERT_FALSE(m_controller.lastError().isEmpty());
    startServer();
    EXPECT_TRUE(waitForSync([&] {
        m_controller.networkReachable();
        return true;
    }));
    EXPECT_TRUE(m_controller.lastError().isEmpty()) << m_controller.lastError().toStdString();
}

TEST_F(SyncControllerTest, ARevokedTabletWipesAndSaysSo)
{
    ASSERT_EQ(enrolAndWait(), "");
    sync::TabletSync tablet(*m_session.store());
    m_service->revoke(tablet.enrolment()->deviceId);
    EXPECT_FALSE(syncAndWait());
    EXPECT_TRUE(m_controller.lastError().contains("ingetrokken"))
        << m_controller.lastError().toStdString();
    EXPECT_FALSE(m_controller.enrolled());
    EXPECT_EQ(m_session.store()->events().count(), 0);
}

// The sync page closes while its sync runs (Back, or the idle lock): the sync still ends, the
// session learns what arrived, and the app is not left "busy" for good.
TEST_F(SyncControllerTest, ASyncWhosePageClosedStillEnds)
{
    ASSERT_EQ(enrolAndWait(), "");
    const std::string id = m_session.store()->events().record(mentorTalk()).header.id;
    auto page = std::make_unique<SyncController>();
    page->setSession(&m_session);
    ASSERT_TRUE(page->syncNow());
    page.reset(); // the page's controller is gone before the sync ends
    EXPECT_TRUE(m_controller.busy()) << "the other controllers see it run";
    QElapsedTimer waited; // as waitForSync: 30 s, for a slow machine's fsyncs
    waited.start();
    while (m_controller.busy() && waited.elapsed() < 30'000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        QThread::msleep(10);
    }
    EXPECT_FALSE(m_controller.busy()) << "it ended within 30 s";
    EXPECT_TRUE(m_central->events().byId(id).has_value());
    EXPECT_EQ(m_session.pendingChanges(), 0);
    EXPECT_TRUE(syncAndWait()) << "and the next sync runs";
}

// A pull of many pages: while the tablet stores one page, the next is already asked for
// (TabletSync::canAskAhead). Every event arrives once, in one round per page, and no round
// asks for a page twice.
TEST_F(SyncControllerTest, ALongPullComesPageByPageEachPageOnce)
{
    const int64_t logged = serveInPagesOf(7);
    ASSERT_GT(logged, 5 * 7) << "a pull of several pages";
    Store tablet(m_dir.filePath("paged.sqlite").toStdString());
    sync::HttpClient client(tablet);
    ASSERT_EQ(client.enrol(QUrl(url()), code(), "paged"), "");
    const sync::SyncSummary summary = client.syncOnce();
    ASSERT_TRUE(summary.ok) << summary.error.toStdString();
    EXPECT_EQ(summary.pulled, logged);
    EXPECT_EQ(tablet.database().scalar("SELECT COUNT(*) FROM events"), logged);
    EXPECT_EQ(summary.rounds, (logged + 6) / 7) << "one round per page";
    EXPECT_EQ(sync::TabletSync(tablet).cursor(),
              m_central->database().scalar("SELECT MAX(seq) FROM server_log WHERE facility_id = '" +
                                           m_facility + "'"));
}

// A page the tablet cannot store stops the sync, with the next page already asked for: that
// answer is thrown away, nothing after the stored pages stays, and the next sync brings the
// rest, each event once. A record saved during the sync waits in the outbox (the request
// asked ahead sends nothing) and goes with the next sync.
TEST_F(SyncControllerTest, APageThatCannotBeStoredStopsThePullAndTheNextSyncBringsTheRest)
{
    const int64_t logged = serveInPagesOf(7);
    ASSERT_GT(logged, 5 * 7) << "a pull of several pages";
    FaultyRelay relay; // counts the requests and the connections they came on
    relay.setUpstream(m_port);
    // The 17th event pulled is on the third page.
    Statement &seventeenth = m_central->database().prepare(
        "SELECT event_id FROM server_log WHERE facility_id = ? ORDER BY seq LIMIT 1 OFFSET 16");
    seventeenth.bind(1, m_facility);
    ASSERT_TRUE(seventeenth.step());
    const std::string unstorable = seventeenth.text(0);
    Store tablet(m_dir.filePath("paged.sqlite").toStdString());
    tablet.database().exec("CREATE TRIGGER no_room BEFORE INSERT ON events WHEN NEW.id = '" +
                           unstorable + "' BEGIN SELECT RAISE(ABORT, 'geen ruimte'); END");
    sync::HttpClient client(tablet);
    ASSERT_EQ(client.enrol(QUrl(QString("http://127.0.0.1:%1").arg(relay.port())), code(), "paged"),
              "");

    const size_t before = relay.requests();
    const size_t connectionsBefore = relay.connections();
    Contact saved; // the tablet learns its facility with the first page: named from the server
    saved.header.detaineeId = m_central->registry().detainees(m_facility).front().id;
    for (const User &u : m_central->registry().users(m_facility)) {
        if (u.role == Role::Mentor) {
            saved.header.authorId = u.id;
        }
    }
    saved.header.occurredAtMs = systemClock()() - 60'000;
    saved.roles = {Role::Mentor};
    saved.kind = ContactKind::MentorTalk;
    std::string savedId;
    const sync::SyncSummary stopped = client.syncOnce([&](int round, int, int) {
        if (round == 2) { // after the third page was asked for
            savedId = tablet.events().record(saved).header.id;
        }
    });
    EXPECT_FALSE(stopped.ok);
    ASSERT_TRUE(stopped.problem.has_value());
    EXPECT_EQ(stopped.problem->kind, sync::SyncProblem::Kind::AnswerNotApplied);
    EXPECT_EQ(stopped.rounds, 3);
    EXPECT_EQ(relay.requests() - before, 4u) << "three rounds and the fourth page asked ahead";
    EXPECT_EQ(relay.connections() - connectionsBefore, 1u)
        << "the requests of a sync go over one connection";
    EXPECT_EQ(tablet.database().scalar("SELECT COUNT(*) FROM events WHERE id <> '" + savedId + "'"),
              2 * 7)
        << "the two pages stored, not the third nor the one asked for ahead";
    ASSERT_FALSE(savedId.empty());
    EXPECT_EQ(sync::TabletSync(tablet).pending(), 1) << "the record saved meanwhile waits";
    EXPECT_FALSE(m_central->events().byId(savedId).has_value()) << "and was not sent ahead";

    tablet.database().exec("DROP TRIGGER no_room");
    const sync::SyncSummary resumed = client.syncOnce();
    ASSERT_TRUE(resumed.ok) << resumed.error.toStdString();
    EXPECT_EQ(resumed.pulled, logged - 2 * 7);
    EXPECT_EQ(resumed.pushed, 1);
    EXPECT_TRUE(m_central->events().byId(savedId).has_value());
    EXPECT_EQ(tablet.database().scalar("SELECT COUNT(*) FROM events"), logged + 1);
    EXPECT_TRUE(tablet.events().byId(unstorable).has_value());
}

// A push of several rounds: while the tablet stores one answer, the records after it are
// already on their way (TabletSync::canPushAhead). An answer the tablet cannot store stops the
// sync with the next push already stored by the server; those records stay in the outbox,
// and the next sync sends them again: each is numbered once, and the outbox ends empty.
TEST_F(SyncControllerTest, APushOfSeveralRoundsGoesAheadAndARoundNotStoredLosesNothing)
{
    sync::SyncLimits small; // rounds of 50 records: the tablet halves its requests until then
    small.maxChangesPerRequest = 50;
    m_endpoint.reset();
    m_service = std::make_unique<sync::SyncService>(*m_central, small);
    startServer();
    Store tablet(m_dir.filePath("pushing.sqlite").toStdString());
    sync::HttpClient client(tablet);
    ASSERT_EQ(client.enrol(QUrl(url()), code(), "pushing"), "");
    ASSERT_TRUE(client.syncOnce().ok) << "the registry first";
    Contact talk;
    talk.header.detaineeId = tablet.registry().detainees(m_facility).front().id;
    for (const User &u : tablet.registry().users(m_facility)) {
        if (u.role == Role::Mentor) {
            talk.header.authorId = u.id;
        }
    }
    talk.roles = {Role::Mentor};
    talk.kind = ContactKind::MentorTalk;
    std::vector<std::string> written;
    for (int i = 0; i < 200; ++i) {
        talk.header.id.clear();
        talk.header.occurredAtMs = systemClock()() - 60'000 - i * 1000;
        written.push_back(tablet.events().record(talk).header.id);
    }
    // The answer to the second round of 50 cannot be stored.
    tablet.database().exec("CREATE TRIGGER no_room BEFORE DELETE ON outbox WHEN OLD.event_id = '" +
                           written[60] + "' BEGIN SELECT RAISE(ABORT, 'geen ruimte'); END");
    const sync::SyncSummary stopped = client.syncOnce();
    EXPECT_FALSE(stopped.ok);
    ASSERT_TRUE(stopped.problem.has_value());
    EXPECT_EQ(stopped.problem->kind, sync::SyncProblem::Kind::AnswerNotApplied);
    EXPECT_EQ(stopped.pushed, 50) << "the first round's answer stored";
    EXPECT_EQ(sync::TabletSync(tablet).pending(), 150) << "the rest still waits on the tablet";
    for (int i = 0; i < 200; ++i) {
        EXPECT_EQ(m_central->events().byId(written[size_t(i)]).has_value(), i < 150)
            << "rounds 1 and 2 stored, and round 3 pushed ahead: record " << i;
    }

    tablet.database().exec("DROP TRIGGER no_room");
    const sync::SyncSummary resumed = client.syncOnce();
    ASSERT_TRUE(resumed.ok) << resumed.error.toStdString();
    EXPECT_EQ(resumed.pushed, 150);
    EXPECT_EQ(sync::TabletSync(tablet).pending(), 0);
    EXPECT_TRUE(sync::TabletSync(tablet).nextRequest(5'000).audit.empty())
        << "the audit log delivered, the rounds' own entries too";
    for (const std::string &id : written) {
        EXPECT_EQ(m_central->database().scalar(
                      "SELECT COUNT(*) FROM server_log WHERE event_id = '" + id + "'"),
                  1)
            << "numbered once: " << id;
    }
}

// The network's usual trouble in the user's words, each case; Qt's own words only for the rest.
// A wrong address says what a right one looks like, also when nothing of it could be read.
TEST(SyncProblemTest, NetworkTroubleIsSaidInTheUsersWords)
{
    const auto words = [](QNetworkReply::NetworkError code) {
        return sync::SyncProblem{sync::SyncProblem::Kind::NoConnection, "Qt's own words", 0,
                                 int(code)}
            .words();
    };
    const std::pair<QNetworkReply::NetworkError, const char *> cases[] = {
        {QNetworkReply::ConnectionRefusedError, "neemt niet op"},
        {QNetworkReply::HostNotFoundError, "niet gevonden"},
        {QNetworkReply::RemoteHostClosedError, "verbrak de verbinding"},
        {QNetworkReply::OperationCanceledError, "niet op tijd"},
        {QNetworkReply::TimeoutError, "niet op tijd"},
        {QNetworkReply::TemporaryNetworkFailureError, "geen netwerk"},
    };
    for (const auto &[code, expected] : cases) {
        const QString said = words(code);
        EXPECT_TRUE(said.contains(expected)) << int(code) << ": " << said.toStdString();
        EXPECT_FALSE(said.contains("Qt's own words")) << said.toStdString();
    }
    EXPECT_TRUE(words(QNetworkReply::ProtocolFailure).contains("Qt's own words"));

    const QString unread = sync::SyncProblem{sync::SyncProblem::Kind::BadAddress, "", 0}.words();
    EXPECT_TRUE(unread.contains("bijvoorbeeld https://")) << unread.toStdString();
    EXPECT_FALSE(unread.contains("“”")) << unread.toStdString();
    const QString read =
        sync::SyncProblem{sync::SyncProblem::Kind::BadAddress, "ftp://ronde", 0}.words();
    EXPECT_TRUE(read.contains("“ftp://ronde”")) << read.toStdString();
}

// A session that ends with a request still on its way cuts it off: whoever waits for that
// answer hears "no connection", and does not wait for ever. The server here takes the
// connection (the kernel does) and never answers.
TEST(HttpSessionTest, ARequestStillOnItsWayWhenTheSessionEndsIsAnsweredWithNoConnection)
{
    const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    ASSERT_EQ(::bind(silent, reinterpret_cast<sockaddr *>(&address), size), 0);
    ASSERT_EQ(::listen(silent, 4), 0);
    ASSERT_EQ(::getsockname(silent, reinterpret_cast<sockaddr *>(&address), &size), 0);
    const QUrl url(QString("http://127.0.0.1:%1/v1/sync").arg(ntohs(address.sin_port)));

    std::shared_ptr<sync::HttpSession::Exchange> exchange;
    {
        sync::HttpSession session;
        exchange = session.send(url, "verzoek");
    }
    // Waited for on a thread of its own, so that a wait without end fails the test.
    auto answered = std::make_shared<std::promise<sync::HttpReply>>();
    std::future<sync::HttpReply> answer = answered->get_future();
    std::thread([exchange, answered] {
        answered->set_value(sync::HttpSession::answer(*exchange));
    }).detach();
    ASSERT_EQ(answer.wait_for(std::chrono::seconds(20)), std::future_status::ready);
    const sync::HttpReply reply = answer.get();
    EXPECT_EQ(reply.status, 0);
    EXPECT_FALSE(reply.networkError.isEmpty());
    ::close(silent);
}
