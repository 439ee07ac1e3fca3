// The server trusts no tablet (docs/SECURITY.md "What an enrolled device cannot do"): each
// attempt an attacker with an enrolled device of PI Zwolle made against the server, performed
// against a real ronde-server process on 127.0.0.1, its database a SQLite file or PostgreSQL.
// Requests are built and sent by hand, as altered software on a tablet would.
#include "client/tablet_sync.h"
#include "demo/demo.h"
#include "protocol/wire.h"
#include "server/sync_service.h"
#include "store/sign_in.h"
#include "sync_processes.h"
#include "util/pin_seal.h"
#include "util/secrets.h"

#include <QRegularExpression>
#include <QTcpSocket>

namespace {

using namespace ronde;

class ServerChecks : public SyncProcesses
{
protected:
    ServerChecks() { m_facilities = 2; } // PI Zwolle and PI Lelystad

    // One raw HTTP exchange on loopback; the status and the body of the answer.
    std::pair<int, QByteArray> exchange(const char *path, const QByteArray &body)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        EXPECT_TRUE(socket.waitForConnected(5000));
        socket.write(QByteArray("POST ") + path +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     "Content-Type: application/x-ronde-sync\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray answer;
        while (socket.state() == QAbstractSocket::ConnectedState &&
               socket.waitForReadyRead(30'000)) { // a tablet waits as long
            answer += socket.readAll();
            const qsizetype head = answer.indexOf("\r\n\r\n");
            const auto length = QRegularExpression("Content-Length: (\\d+)",
                                                   QRegularExpression::CaseInsensitiveOption)
                                    .match(QString::fromLatin1(answer.left(head)));
            if (head >= 0 && length.hasMatch() &&
                answer.size() >= head + 4 + length.captured(1).toInt()) {
                break;
            }
        }
        answer += socket.readAll();
        const qsizetype head = answer.indexOf("\r\n\r\n");
        return {answer.mid(9, 3).toInt(), answer.mid(head + 4)};
    }

    // What the tablet in `dir` would send now, with its own identity.
    sync::SyncRequest requestOf(const QString &dir)
    {
        Store store = openStoreAt(databaseOf(dir));
        return sync::TabletSync(store).nextRequest(100);
    }

    sync::SyncResponse sync(const sync::SyncRequest &request)
    {
        const std::string bytes = sync::encode(request);
        const auto [status, body] = exchange("/v1/sync", QByteArray::fromStdString(bytes));
        EXPECT_EQ(status, 200) << body.toStdString();
        sync::SyncResponse response;
        if (status == 200) {
            sync::decode(std::string_view(body.constData(), size_t(body.size())), response);
        }
        return response;
    }

    User staffOf(const std::string &facilityName, Role role)
    {
        Store central(m_central.toStdString());
        for (const Facility &f : central.registry().facilities()) {
            if (f.name == facilityName) {
                for (const User &u : central.registry().users(f.id)) {
                    if (u.role == role) {
                        return u;
                    }
                }
            }
        }
        ADD_FAILURE() << "no " << nameOf(role) << " in " << facilityName;
        return {};
    }

    Detainee detaineeOf(const std::string &facilityName)
    {
        Store central(m_central.toStdString());
        for (const Facility &f : central.registry().facilities()) {
            if (f.name == facilityName) {
                for (const Detainee &d : central.registry().detainees(f.id)) {
                    if (!d.dischargedOn) {
                        return d;
                    }
                }
            }
        }
        return {};
    }

    // The server again, with a cap of 1,500 audit entries a device a day; a Zwolle tablet
    // enrolled with it (its directory).
    QString tabletWithAuditCapOf1500()
    {
        m_server.kill();
        m_server.waitForFinished();
        m_serveOptions = {"--max-audit-per-day", "1500"};
        startServer();
        return tablet("A1");
    }

    // A request of `dir`'s tablet with `count` new audit entries only: Zwolle's mentor opened
    // `detainee`'s file a second ago.
    sync::SyncRequest auditFlood(const QString &dir, const Detainee &detainee, size_t count)
    {
        const User mentor = staffOf("PI Zwolle", Role::Mentor);
        UuidGenerator ids(systemClock());
        sync::SyncRequest flood = requestOf(dir);
        flood.audit.clear();
        for (size_t i = 0; i < count; ++i) {
            AuditEntry e;
            e.id = ids.next();
            e.atMs = systemClock()() - 1000;
            e.userId = mentor.id;
            e.action = AuditAction::OpenedDetainee;
            e.detaineeId = detainee.id;
            flood.audit.push_back(e);
        }
        return flood;
    }

    Contact talkBy(const User &author, const Detainee &detainee, const std::string &id)
    {
        Contact c;
        c.header.id = id;
        c.header.detaineeId = detainee.id;
        c.header.authorId = author.id;
        c.header.occurredAtMs = systemClock()() - 3'600'000;
        c.header.recordedAtMs = c.header.occurredAtMs;
        c.header.hlc = HlcStamp{c.header.occurredAtMs, 0}.packed();
        c.roles = {author.role};
        c.kind = ContactKind::MentorTalk;
        return c;
    }

    bool onServer(const std::string &eventId)
    {
        return events(m_central.toStdString()).contains(eventId);
    }

    QString serverLog()
    {
        m_server.kill();
        m_server.waitForFinished();
        return QString::fromUtf8(m_server.readAllStandardError());
    }
};

INSTANTIATE_TEST_SUITE_P(, ServerChecks,
                         ::testing::Values(ServerDatabase::SQLite, ServerDatabase::PostgreSQL),
                         serverDatabaseName);

constexpr const char *kId1 = "0190b5d2-7c4e-7abc-8def-000000000001";
constexpr const char *kId2 = "0190b5d2-7c4e-7abc-8def-000000000002";

} // namespace

// Attempt 1: a device of Zwolle writes, for one of Zwolle's own detainees, a contact by a
// mentor of Lelystad, and a decision by Lelystad's director. Both refused with a reason;
// nothing of them is written; a real record in the same batch applies.
TEST_P(ServerChecks, ADeviceCannotWriteAsAnotherFacilitysStaff)
{
    const QString zwolle = tablet("A1");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const Detainee own = detaineeOf("PI Zwolle");
    sync::SyncRequest request = requestOf(zwolle);
    request.changes.push_back(talkBy(staffOf("PI Lelystad", Role::Mentor), own, kId1));
    ProgramDecision decision;
    decision.header = talkBy(staffOf("PI Lelystad", Role::Director), own, kId2).header;
    decision.decision = DecisionKind::Promote;
    decision.capacity = DecisionCapacity::Director;
    request.changes.push_back(decision);
    const Contact real =
        talkBy(staffOf("PI Zwolle", Role::Mentor), own, "0190b5d2-7c4e-7abc-8def-000000000003");
    request.changes.push_back(real);

    const sync::SyncResponse answer = sync(request);
    ASSERT_EQ(answer.acks.size(), 3u);
    for (int i : {0, 1}) {
        EXPECT_FALSE(answer.acks[size_t(i)].accepted);
        EXPECT_NE(answer.acks[size_t(i)].reason.find("auteur"), std::string::npos)
            << answer.acks[size_t(i)].reason;
    }
    EXPECT_TRUE(answer.acks[2].accepted) << answer.acks[2].reason;
    EXPECT_FALSE(onServer(kId1));
    EXPECT_FALSE(onServer(kId2));
    EXPECT_TRUE(onServer(real.header.id));
    const QString log = serverLog();
    EXPECT_EQ(log.count("geweigerd"), 2) << log.toStdString();
}

// Attempt 2: one bad event must not stop a facility. A foreign author's talk already in the
// server's stream (an old database, written before the checks) reaches every tablet of the
// facility with its author, and their syncs end.
TEST_P(ServerChecks, AForeignAuthorsEventAlreadyStoredStopsNoTablet)
{
    {
        Store central(m_central.toStdString());
        ASSERT_TRUE(central.events().import(
            talkBy(staffOf("PI Lelystad", Role::Mentor), detaineeOf("PI Zwolle"), kId1)));
        sync::SyncService(central).sequenceUnloggedEvents();
    }
    const QString a = tablet("A1");
    EXPECT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const QString b = tablet("B1");
    EXPECT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    for (const QString &dir : {a, b, a}) {
        const Result r = syncOnce(dir);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(events(databaseOf(dir)).contains(kId1));
    }
}

// Attempt 3: forging another facility's audit log, and flooding one's own. An entry saying
// that Lelystad's director opened a Lelystad file in 2020 is not stored; nor are entries past
// the daily cap, nor a request with more than 1,000.
TEST_P(ServerChecks, AnAuditEntryIsStoredOnlyForTheDevicesOwnFacilityAndWithinTheCap)
{
    const QString zwolle = tabletWithAuditCapOf1500();
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const Detainee theirs = detaineeOf("PI Lelystad");
    sync::SyncRequest forged = requestOf(zwolle);
    AuditEntry entry;
    entry.id = kId1;
    entry.atMs = utcFromAmsterdam({*Date::fromCivil(2020, 3, 1), 10 * 60});
    entry.userId = staffOf("PI Lelystad", Role::Director).id;
    entry.action = AuditAction::OpenedDetainee;
    entry.detaineeId = theirs.id;
    forged.audit = {entry};
    sync(forged);
    const Result audit =
        run(RONDE_SERVER_BINARY, {"audit", "--database", m_central, "--facility", "PI Lelystad",
                                  "--detainee", QString::fromStdString(theirs.number)});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    EXPECT_FALSE(audit.out.contains("2020")) << audit.out.toStdString();
    EXPECT_TRUE(audit.err.contains("0 regels")) << audit.err.toStdString();

    // Junk of its own: 5,000 entries a request is the most, 1,500 a day the cap here.
    const Detainee own = detaineeOf("PI Zwolle");
    const auto junk = [&](size_t count) { return auditFlood(zwolle, own, count); };
    const auto [status, body] =
        exchange("/v1/sync", QByteArray::fromStdString(sync::encode(junk(5'001))));
    EXPECT_EQ(status, 413) << body.toStdString();
    sync(junk(1'000));
    sync(junk(1'000));
    Store central(m_central.toStdString());
    EXPECT_EQ(central.database().scalar("SELECT COUNT(*) FROM audit_log WHERE detainee_id = '" +
                                        own.id + "' AND action = 'opened'"),
              1'500);
}

// An entry sent again (the tablet could not store the answer that said the server had it)
// counts once towards the cap: near the cap, counted again, it pushed the request's new
// entries over it, and those were lost.
TEST_P(ServerChecks, AnAuditEntrySentAgainCountsOnceTowardsTheCap)
{
    const QString zwolle = tabletWithAuditCapOf1500();
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const Detainee own = detaineeOf("PI Zwolle");
    const sync::SyncRequest first = auditFlood(zwolle, own, 1'000);
    sync(first);
    sync::SyncRequest again = auditFlood(zwolle, own, 400);
    again.audit.insert(again.audit.begin(), first.audit.begin(), first.audit.end());
    sync(again);
    Store central(m_central.toStdString());
    EXPECT_EQ(central.database().scalar("SELECT COUNT(*) FROM audit_log WHERE detainee_id = '" +
                                        own.id + "' AND action = 'opened'"),
              1'400)
        << "the 1,000 once and the 400 new";
}

// Attempt 4: log injection. Neither an unauthenticated body nor an authenticated device's
// text can make a line of its own in the server's log: every line starts with its time.
TEST_P(ServerChecks, NoClientTextMakesALineOfItsOwnInTheLog)
{
    const QString zwolle = tablet("A1");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const QByteArray forgedLine =
        "\n2026-11-30T10:00:00Z 127.0.0.1 /v1/sync 200 synchronisatie gelukt: apparaat dev-fake\n";
    exchange("/v1/sync", QByteArray("RNDE\x00\x01", 6) + forgedLine + forgedLine);
    sync::SyncRequest stranger = requestOf(zwolle);
    stranger.deviceId = "dev-" + forgedLine.toStdString();
    EXPECT_EQ(exchange("/v1/sync", QByteArray::fromStdString(sync::encode(stranger))).first, 401);
    sync::SyncRequest own = requestOf(zwolle);
    Contact bad = talkBy(staffOf("PI Zwolle", Role::Mentor), detaineeOf("PI Zwolle"), kId1);
    bad.header.id = "x" + forgedLine.toStdString();
    own.changes.push_back(bad);
    sync(own);
    const QString log = serverLog();
    const QRegularExpression stamped("^\\d{4}-\\d\\d-\\d\\dT");
    for (const QString &line : log.split('\n', Qt::SkipEmptyParts)) {
        if (line.startsWith("Ronde-server luistert") || line.startsWith("Waarschuwing")) {
            continue;
        }
        EXPECT_TRUE(stamped.match(line).hasMatch()) << "a line of its own: " << line.toStdString();
        EXPECT_FALSE(line.contains("dev-fake") && !line.contains("\\x0a")) << line.toStdString();
    }
    EXPECT_TRUE(log.contains("onleesbaar bericht")) << log.toStdString();
}

// Attempt 5: a device whose clock is a century ahead moves neither the server's clock nor
// anyone else's: its stamp is refused with a reason, the rest of its batch applies, and the
// server answers with its own time.
TEST_P(ServerChecks, ADeviceClockACenturyAheadMovesNoOtherClock)
{
    const QString zwolle = tablet("A1");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const int64_t century = 100LL * 365 * 86'400'000;
    sync::SyncRequest request = requestOf(zwolle);
    request.deviceHlc = HlcStamp{systemClock()() + century, 0}.packed();
    Contact ahead = talkBy(staffOf("PI Zwolle", Role::Mentor), detaineeOf("PI Zwolle"), kId1);
    ahead.header.hlc = request.deviceHlc;
    request.changes.push_back(ahead);
    request.changes.push_back(
        talkBy(staffOf("PI Zwolle", Role::Mentor), detaineeOf("PI Zwolle"), kId2));
    const sync::SyncResponse answer = sync(request);
    ASSERT_EQ(answer.acks.size(), 2u);
    EXPECT_FALSE(answer.acks[0].accepted);
    EXPECT_NE(answer.acks[0].reason.find("klok"), std::string::npos) << answer.acks[0].reason;
    EXPECT_TRUE(answer.acks[1].accepted) << answer.acks[1].reason;
    EXPECT_LT(HlcStamp::unpack(answer.serverHlc).wallMs, systemClock()() + 86'400'000);

    const QString other = tablet("A2");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const int64_t otherClock = [&] {
        Store store = openStoreAt(databaseOf(other));
        return store.events().clock().last().wallMs;
    }();
    EXPECT_LT(otherClock, systemClock()() + 86'400'000) << "another tablet's clock stays sane";
}

// Attempt 6: cracking PINs offline from what a sync carries. A sync pulled with a real
// tablet's identity (its device id and secret, as a copied request or a stolen secret would
// give) holds the staff's PIN hashes only sealed with that tablet's key: none is an Argon2id
// hash, none opens with another tablet's key, and the tablet itself, with its key, still
// checks a PIN offline.
TEST_P(ServerChecks, APinHashTakenFromASyncIsUselessWithoutTheDevicesKey)
{
    const QString zwolle = tablet("A1");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const QString other = tablet("A2");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    sync::SyncRequest request = requestOf(zwolle);
    request.registryVersion = 0; // ask for the whole registry, as a fresh copy would
    const sync::SyncResponse answer = sync(request);
    ASSERT_TRUE(answer.registry.has_value());
    const std::string otherKey = [&] {
        Store store = openStoreAt(databaseOf(other));
        return *tabletSharedPinKey(*store.pinKeyPair(),
                                   store.deviceState().value(kServerPinKeyState));
    }();
    size_t sealed = 0;
    for (const User &u : answer.registry->users) {
        if (u.pinHash.empty()) {
            continue;
        }
        ++sealed;
        EXPECT_TRUE(isSealedPinHash(u.pinHash)) << u.id;
        EXPECT_EQ(u.pinHash.find("argon2"), std::string::npos) << u.id;
        EXPECT_FALSE(verifyPin(kDemoPin, u.pinHash)) << u.id;
        EXPECT_FALSE(openPinHash(otherKey, PinSealedFor::Tablet, u.id, u.pinHash))
            << "another tablet's key";
    }
    EXPECT_GT(sealed, 0u);

    Store own = openStoreAt(databaseOf(zwolle));
    const std::string mentor = staffOf("PI Zwolle", Role::Mentor).id;
    EXPECT_TRUE(isSealedPinHash(own.registry().user(mentor)->pinHash)) << "sealed at rest too";
    EXPECT_EQ(SignInService(own).attempt(mentor, std::string(kDemoPin)).result,
              SignInResult::Accepted);
}

// Attempt 7: guessing enrolment codes. Ten wrong codes from one address, and the eleventh
// try is refused without a check, even with a right code; a withdrawn code never works.
TEST_P(ServerChecks, GuessingEnrolmentCodesIsSlowedAndAWithdrawnCodeIsDead)
{
    const QString withdrawn = code("T1");
    const Result w =
        run(RONDE_SERVER_BINARY, {"enrol", "--database", m_central, "--withdraw", withdrawn});
    ASSERT_EQ(w.exitCode, 0) << w.err.toStdString();
    const auto tryCode = [&](const QString &c) {
        return exchange("/v1/enrol", QByteArray::fromStdString(sync::encode(
                                         sync::EnrolRequest{c.toStdString(), "raad", {}})))
            .first;
    };
    EXPECT_EQ(tryCode(withdrawn), 401);
    for (int i = 1; i < 10; ++i) {
        EXPECT_EQ(tryCode(QString("0000-0000-%1").arg(i, 4, 10, QLatin1Char('0'))), 401);
    }
    EXPECT_EQ(tryCode(code("T2")), 429) << "held after ten wrong codes";
    const QString log = serverLog();
    EXPECT_TRUE(log.contains("429 te veel onjuiste aanmeldcodes")) << log.toStdString();
}

// Attempt 8: mixed encodings in the roster. A Latin-1 name in a UTF-8 file is refused with
// the file, line and column, and nothing of the file is imported.
TEST_P(ServerChecks, ARosterWithALatin1NameImportsNothingAndSaysWhere)
{
    const QString file = m_dir.filePath("rooster.csv");
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("nummer;naam;inrichting;afdeling;binnenkomst\n"
              "0900001;J\xFCrgen Bakker;PI Zwolle;;2026-01-05\n"
              "0900002;Piet Jansen;PI Zwolle;;2026-01-06\n");
    csv.close();
    const Result r = run(RONDE_SERVER_BINARY, {"import", "--database", m_central, file});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("rooster.csv: Regel 2: kolom naam: geen geldige UTF-8"))
        << r.err.toStdString();
    Store central(m_central.toStdString());
    EXPECT_EQ(central.database().scalar("SELECT COUNT(*) FROM detainees WHERE number IN "
                                        "('0900001', '0900002')"),
              0);
}
