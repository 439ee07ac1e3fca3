// The app's sync view model against a real HTTP server on loopback (in this process).
#include "client/tablet_sync.h"
#include "demo/demo.h"
#include "server/http_endpoint.h"
#include "server/sync_service.h"
#include "store/store.h"
#include "util/local_time.h"
#include "viewmodels/session.h"
#include "viewmodels/sync_controller.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

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
        m_endpoint = std::make_unique<sync::HttpEndpoint>(*m_service, m_log);
        m_port = m_endpoint->listen(QHostAddress::LocalHost, m_port, std::nullopt);
        ASSERT_NE(m_port, 0);
    }

    QString url() const { return QString("http://127.0.0.1:%1").arg(m_port); }
    QString code()
    {
        return QString::fromStdString(m_service->createEnrolmentCode(m_facility, "t"));
    }

    QTemporaryDir m_dir;
    QString m_logText;
    QTextStream m_log{&m_logText};
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
    EXPECT_FALSE(m_controller.syncNow()) << "not enrolled: nothing to do";
    EXPECT_EQ(m_controller.enrol(url(), code()), "");
    EXPECT_TRUE(m_controller.enrolled());
    EXPECT_TRUE(m_controller.lastSuccess().isValid());
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
    EXPECT_TRUE(m_controller.syncNow());
    EXPECT_EQ(m_session.pendingChanges(), 0);
    EXPECT_TRUE(m_central->events().byId(id).has_value());
}

TEST_F(SyncControllerTest, AFailedSyncSaysWhyAndBacksOff)
{
    ASSERT_EQ(m_controller.enrol(url(), code()), "");
    const QDateTime lastGood = m_controller.lastSuccess();
    m_endpoint.reset(); // the dock's network is gone
    EXPECT_FALSE(m_controller.syncNow());
    EXPECT_TRUE(m_controller.lastError().contains("Geen verbinding"))
        << m_controller.lastError().toStdString();
    EXPECT_EQ(m_controller.lastSuccess(), lastGood) << "no success reported for a failure";
    EXPECT_EQ(m_controller.retrySeconds(), 30);
    EXPECT_FALSE(m_controller.syncNow());
    EXPECT_EQ(m_controller.retrySeconds(), 60);
    startServer();
    EXPECT_TRUE(m_controller.syncNow());
    EXPECT_TRUE(m_controller.lastError().isEmpty());
    EXPECT_EQ(m_controller.retrySeconds(), 0);
}

// An answer the tablet cannot store (here a talk by a mentor of another facility, whom this
// tablet's registry does not hold) fails that sync with a Dutch reason, keeps nothing of the
// answer, and does not bring the app down.
TEST_F(SyncControllerTest, AnAnswerTheTabletCannotStoreFailsTheSyncWithAReason)
{
    ASSERT_EQ(m_controller.enrol(url(), code()), "");
    Store &tablet = *m_session.store();
    const int64_t eventsBefore = tablet.database().scalar("SELECT COUNT(*) FROM events");
    m_central->registry().upsert(Facility{"fac-elsewhere", "Elders", FacilityKind::Prison, {}});
    m_central->registry().upsert(User{
        "mentor-elsewhere", "fac-elsewhere", "Mentor Elders", Role::Mentor, {}, false, true, {}});
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

    EXPECT_FALSE(m_controller.syncNow());
    EXPECT_TRUE(m_controller.lastError().contains("kon niet worden verwerkt"))
        << m_controller.lastError().toStdString();
    EXPECT_EQ(tablet.database().scalar("SELECT COUNT(*) FROM events"), eventsBefore);
}

// When the platform reports the network online (docking), a sync starts by itself.
TEST_F(SyncControllerTest, SyncsWhenTheNetworkBecomesReachable)
{
    ASSERT_EQ(m_controller.enrol(url(), code()), "");
    m_endpoint.reset();
    EXPECT_FALSE(m_controller.syncNow());
    ASSERT_FALSE(m_controller.lastError().isEmpty());
    startServer();
    m_controller.networkReachable();
    for (int i = 0; i < 50 && !m_controller.lastError().isEmpty(); ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    }
    EXPECT_TRUE(m_controller.lastError().isEmpty()) << m_controller.lastError().toStdString();
}

TEST_F(SyncControllerTest, ARevokedTabletWipesAndSaysSo)
{
    ASSERT_EQ(m_controller.enrol(url(), code()), "");
    sync::TabletSync tablet(*m_session.store());
    m_service->revoke(tablet.enrolment()->deviceId);
    EXPECT_FALSE(m_controller.syncNow());
    EXPECT_TRUE(m_controller.lastError().contains("ingetrokken"))
        << m_controller.lastError().toStdString();
    EXPECT_FALSE(m_controller.enrolled());
    EXPECT_EQ(m_session.store()->events().count(), 0);
}
