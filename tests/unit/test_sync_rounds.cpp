// The tablet's rounds of a sync overlapping with the server's work (HttpClient::syncOnce): the
// next page asked for while this one is stored, the next push read while the server stores
// this one. In one process through the real wire format (the fixture is instantiated in
// test_sync.cpp); over HTTP in tests/e2e/test_sync_controller.cpp.
#include "sync_fixture.h"

namespace {

std::vector<std::string> idsOf(const std::vector<AnyEvent> &events)
{
    std::vector<std::string> ids;
    for (const AnyEvent &e : events) {
        ids.push_back(headerOf(e).id);
    }
    return ids;
}

} // namespace

// The next page is asked for before this one is stored only in a round that pulled and has
// more to pull: what a round sent (records, audit entries, PINs) is still waiting on the tablet
// until its answer is applied, and a new registry changes what the next request claims.
TEST(TabletSyncAhead, OnlyARoundThatOnlyPulledAndHasMoreAsksAhead)
{
    const SyncRequest pulling;
    SyncResponse more;
    more.more = true;
    EXPECT_TRUE(TabletSync::canAskAhead(pulling, more));
    EXPECT_FALSE(TabletSync::canAskAhead(pulling, SyncResponse{})) << "nothing more to pull";

    SyncRequest sent = pulling;
    sent.changes.emplace_back(Contact{});
    EXPECT_FALSE(TabletSync::canAskAhead(sent, more)) << "records still in the outbox";
    sent = pulling;
    sent.audit.emplace_back();
    EXPECT_FALSE(TabletSync::canAskAhead(sent, more)) << "audit entries not yet delivered";
    sent = pulling;
    sent.pinChanges.emplace_back();
    EXPECT_FALSE(TabletSync::canAskAhead(sent, more)) << "PIN changes not yet marked sent";

    SyncResponse withRegistry = more;
    withRegistry.registry.emplace();
    EXPECT_FALSE(TabletSync::canAskAhead(pulling, withRegistry)) << "a registry to apply first";
    SyncResponse acknowledged = more;
    acknowledged.acks.emplace_back();
    EXPECT_FALSE(TabletSync::canAskAhead(pulling, acknowledged));
}

// The next push goes before this answer is stored only with records read ahead: records this
// answer left unanswered would wait behind those pushed ahead, and a new registry changes what
// the next request claims. Audit entries read ahead go along; PINs never go ahead.
TEST(TabletSyncAhead, OnlyWhatWasReadAheadIsPushedAhead)
{
    SyncRequest sent;
    sent.changes.emplace_back(Contact{});
    SyncResponse answered;
    answered.acks.emplace_back();
    TabletSync::Sendable next;
    next.changes.emplace_back(Contact{});
    EXPECT_TRUE(TabletSync::canPushAhead(sent, answered, next));
    EXPECT_FALSE(TabletSync::canPushAhead(sent, answered, {})) << "nothing read ahead";
    TabletSync::Sendable auditOnly;
    auditOnly.audit.emplace_back();
    EXPECT_FALSE(TabletSync::canPushAhead(sent, answered, auditOnly)) << "no records read ahead";

    SyncResponse withRegistry = answered;
    withRegistry.registry.emplace();
    EXPECT_FALSE(TabletSync::canPushAhead(sent, withRegistry, next)) << "a registry to apply";
    EXPECT_FALSE(TabletSync::canPushAhead(sent, SyncResponse{}, next)) << "records unanswered";
    EXPECT_FALSE(TabletSync::canPushAhead(SyncRequest{}, answered, next)) << "a round that pulled";

    // What this request carried besides its records is this answer's to apply.
    SyncRequest sentMore = sent;
    sentMore.audit.emplace_back();
    sentMore.pinChanges.emplace_back();
    TabletSync::Sendable nextWithAudit = next;
    nextWithAudit.audit.emplace_back();
    EXPECT_TRUE(TabletSync::canPushAhead(sentMore, answered, nextWithAudit));
}

// While the server stores a push, the tablet reads what its next request sends (HttpClient::
// syncOnce): the records and audit entries after those on their way, none of them twice; when
// it is sent, the audit entries written since (the round's own) go along.
TEST_P(SyncTest, TheNextPushIsReadWhileTheServerStoresThisOne)
{
    const std::vector<std::string> written = talksOnTabletA(7);
    const auto seqOf = [&](const AuditEntry &entry) { return *m_tabletA.audit().seqOf(entry.id); };
    TabletSync client(m_tabletA);
    SyncRequest first;
    decode(encode(client.nextRequest(3, 4)), first);
    TabletSync::Sendable next = client.sendableAfter(first, 3, 4);
    EXPECT_EQ(idsOf(first.changes), std::vector<std::string>(written.begin(), written.begin() + 3));
    EXPECT_EQ(idsOf(next.changes),
              std::vector<std::string>(written.begin() + 3, written.begin() + 6));
    ASSERT_EQ(first.audit.size(), 4u);
    ASSERT_EQ(next.audit.size(), 4u);
    EXPECT_EQ(seqOf(next.audit.front()), seqOf(first.audit.back()) + 1) << "the entries after";

    SyncResponse answer;
    decode(encode(m_service.sync(first)), answer);
    client.apply(first, answer);
    const int64_t leftOff = std::max(first.cursor, answer.nextCursor);
    const std::vector<std::string> nextIds = idsOf(next.changes);
    const std::string nextAuditId = next.audit.front().id;
    SyncRequest second;
    decode(encode(client.requestWith(std::move(next), 6)), second);
    EXPECT_EQ(idsOf(second.changes), nextIds);
    ASSERT_GT(second.audit.size(), 4u) << "topped up with the entries written since";
    EXPECT_EQ(second.audit.front().id, nextAuditId);
    const auto newest = m_tabletA.audit().after(seqOf(second.audit.back()), 10);
    EXPECT_TRUE(newest.empty()) << "up to the first answer's own entry";
    EXPECT_EQ(second.cursor, leftOff) << "from where the first answer left off";
    decode(encode(m_service.sync(second)), answer);
    client.apply(second, answer);
    syncUntilDone(m_tabletA);
    for (const std::string &id : written) {
        EXPECT_TRUE(m_central.events().byId(id).has_value()) << id;
    }
    EXPECT_EQ(m_tabletA.outbox().size(), 0);
}

// The request asked ahead pulls and sends nothing: its answer may be thrown away (the page
// before it could not be stored), and a PIN change sent again would not be harmless (a PIN
// set at the office since overwritten).
TEST_P(SyncTest, TheRequestAskedAheadOnlyPulls)
{
    const std::vector<Detainee> detainees = bothTabletsInSync();
    talk(m_tabletA, detainees.front().id, 1);
    TabletSync client(m_tabletA);
    const SyncRequest waiting = client.nextRequest(500);
    ASSERT_FALSE(waiting.changes.empty());
    ASSERT_FALSE(waiting.audit.empty());
    SyncResponse page;
    page.more = true;
    page.nextCursor = client.cursor() + 40;
    const SyncRequest ahead = client.requestAfter(page);
    EXPECT_TRUE(ahead.changes.empty());
    EXPECT_TRUE(ahead.audit.empty());
    EXPECT_TRUE(ahead.pinChanges.empty());
    EXPECT_EQ(ahead.cursor, page.nextCursor);
    EXPECT_EQ(ahead.deviceId, waiting.deviceId);
}

// The push ahead sends what was read ahead and no more, from where the answer before it
// leaves off. The server stores it while the tablet stores that answer; should that fail,
// the records pushed ahead are still in the outbox, and the next sync sends them again: each
// is on the server once, and the outbox ends empty.
TEST_P(SyncTest, ThePushAheadSendsWhatWasReadAheadAndAFailedRoundLosesNone)
{
    const std::vector<std::string> written = talksOnTabletA(6);
    TabletSync client(m_tabletA);
    SyncRequest first;
    decode(encode(client.nextRequest(3, 2)), first);
    ASSERT_EQ(first.audit.size(), 2u);
    TabletSync::Sendable next = client.sendableAfter(first, 3, 2);
    ASSERT_EQ(next.audit.size(), 2u);
    const std::vector<std::string> auditAhead{next.audit[0].id, next.audit[1].id};
    SyncResponse answer;
    decode(encode(m_service.sync(first)), answer);
    ASSERT_TRUE(TabletSync::canPushAhead(first, answer, next));
    SyncRequest ahead;
    decode(encode(client.requestAfter(answer, std::move(next))), ahead);
    EXPECT_EQ(idsOf(ahead.changes), std::vector<std::string>(written.begin() + 3, written.end()));
    ASSERT_EQ(ahead.audit.size(), 2u) << "the entries read ahead, none written since";
    EXPECT_EQ(ahead.audit[0].id, auditAhead[0]);
    EXPECT_EQ(ahead.audit[1].id, auditAhead[1]);
    EXPECT_TRUE(ahead.pinChanges.empty());
    EXPECT_EQ(ahead.cursor, std::max(first.cursor, answer.nextCursor));
    SyncResponse aheadAnswer;
    decode(encode(m_service.sync(ahead)), aheadAnswer);
    ASSERT_EQ(aheadAnswer.acks.size(), 3u);
    for (const std::string &id : written) {
        EXPECT_TRUE(m_central.events().byId(id).has_value()) << id;
    }

    // The first answer is never stored (the tablet failed to), so neither is the one ahead:
    // all six records still wait on the tablet.
    EXPECT_EQ(client.pending(), 6);
    syncUntilDone(m_tabletA);
    EXPECT_EQ(client.pending(), 0);
    for (const std::string &id : written) {
        EXPECT_EQ(m_central.database().scalar("SELECT COUNT(*) FROM server_log WHERE event_id = '" +
                                              id + "'"),
                  1)
            << "numbered once: " << id;
    }
}

// What is read ahead starts after the last record on its way, skips refused ones, and is
// nothing once that record has left the outbox (its answer was applied meanwhile): the
// next request is then read afresh.
TEST_P(SyncTest, TheOutboxAfterARecordOnItsWay)
{
    const std::vector<Detainee> detainees = bothTabletsInSync();
    std::vector<std::string> ids;
    for (int i = 0; i < 5; ++i) {
        ids.push_back(talk(m_tabletA, detainees.front().id, i).header.id);
    }
    Outbox &outbox = m_tabletA.outbox();
    const auto idsOf = [](const std::vector<OutboxEntry> &entries) {
        std::vector<std::string> result;
        for (const OutboxEntry &e : entries) {
            result.push_back(e.eventId);
        }
        return result;
    };
    EXPECT_EQ(idsOf(outbox.pendingAfter(ids[1], 2)), (std::vector{ids[2], ids[3]}));
    outbox.markRefused(ids[2], "buiten het verblijf", 0);
    EXPECT_EQ(idsOf(outbox.pendingAfter(ids[1], 2)), (std::vector{ids[3], ids[4]}));
    outbox.acknowledge({ids[0], ids[1]});
    EXPECT_TRUE(outbox.pendingAfter(ids[1], 2).empty());
    EXPECT_EQ(idsOf(outbox.pending(5)), (std::vector{ids[3], ids[4]}));
}

// The server's cache of events holds what a facility's tablets pull together at shift change:
// a page that other requests pulled part of already (the log's tail held it). A tablet
// catching up alone reads past it (SyncService::sync).
TEST_P(SyncTest, ATabletCatchingUpAloneReadsPastTheCache)
{
    enrol(m_tabletA, m_facility);
    roundTrip(m_tabletA);
    ASSERT_TRUE(m_lastResponse.more) << "a history of more than one page (40 events a page)";
    ASSERT_FALSE(m_lastResponse.events.empty());
    syncUntilDone(m_tabletA);
    EXPECT_EQ(m_pulled.size(), 0u) << "pages nobody else pulled are not held";

    // The next tablet pulls the same history: what the log's tail holds of it (its last 50
    // entries) it pulls after the first, and those events are held.
    enrol(m_tabletB, m_facility);
    syncUntilDone(m_tabletB);
    EXPECT_GT(m_pulled.size(), 0u);
    EXPECT_LE(m_pulled.size(), 50u) << "only what the tail held";
    EXPECT_EQ(eventIds(m_tabletB), eventIds(m_tabletA));
}

namespace {

// The events as an answer carries them: two lists that encode the same are the same events,
// field for field.
std::string onTheWire(std::vector<EventCache::Shared> events)
{
    SyncResponse response;
    response.events = std::move(events);
    return encode(response);
}

// What the database gives for `ids`, shared as the cache gives it.
std::vector<EventCache::Shared> storedOf(Store &central, const std::vector<std::string> &ids)
{
    std::vector<EventCache::Shared> stored;
    for (AnyEvent &event : central.events().byIds(ids)) {
        stored.push_back(std::make_shared<const AnyEvent>(std::move(event)));
    }
    return stored;
}

} // namespace

// A push's new contacts are held once committed, exactly as the database gives them (without
// a rating's value, DOMAIN "Privacy"): the facility's other tablets pull them without the
// server reading them back. Refused changes, a correction (it takes the rating of what it
// corrects from the database) and a copy of a stored contact sent again with another note
// are not held.
TEST_P(SyncTest, APushsNewContactsAreHeldAsStored)
{
    auto [request, good] = oneGoodChange();
    Contact &first = std::get<Contact>(request.changes.front());
    first.mode = ContactMode::Video;
    first.topics = {Topic::Housing, Topic::Care};
    first.satisfaction = 4;
    first.notes = "Besproken: \"woning\"\nen zorg, é";
    const Contact original = first;
    Contact correction = original;
    correction.header.id = "0190b5d2-7c4e-7abc-8def-0123456789b1";
    correction.header.supersedes = original.header.id;
    correction.notes = "verbeterd";
    correction.satisfaction.reset(); // R5.5: it keeps the rating of what it corrects
    Contact forged = original;
    forged.header.id = "0190b5d2-7c4e-7abc-8def-0123456789b2";
    forged.header.detaineeId = m_central.registry().detainees(m_otherFacility).front().id;
    request.changes.push_back(correction);
    request.changes.push_back(forged);
    const SyncResponse response = m_service.sync(request);
    ASSERT_EQ(response.acks.size(), 3u);
    EXPECT_TRUE(response.acks[0].accepted && response.acks[1].accepted);
    EXPECT_FALSE(response.acks[2].accepted);

    bool read = false;
    const auto reader = [&](const std::vector<std::string> &ids) {
        read = true;
        return m_central.events().byIds(ids);
    };
    const std::vector<std::string> pushed = {good};
    const std::vector<EventCache::Shared> held = m_pulled.byIds(pushed, reader);
    EXPECT_FALSE(read) << "held since the push";
    const std::vector<EventCache::Shared> stored = storedOf(m_central, pushed);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(onTheWire(held), onTheWire(stored)) << "held as the database has them, to the byte";
    EXPECT_TRUE(std::get<Contact>(*held.front()).rated());
    EXPECT_FALSE(std::get<Contact>(*held.front()).satisfaction);

    const std::vector<EventCache::Shared> corrected =
        m_pulled.byIds({correction.header.id}, reader);
    EXPECT_TRUE(read) << "a correction is not held";
    ASSERT_EQ(corrected.size(), 1u);
    EXPECT_TRUE(std::get<Contact>(*corrected.front()).rated()) << "R5.5: the rating kept";

    EXPECT_TRUE(m_pulled.byIds({forged.header.id}, reader).empty());
    EXPECT_TRUE(read) << "a refused change is not held";

    // The good contact sent again (its answer lost), with another note: a copy, accepted and
    // not stored again, and not held either (through a server process that does not hold the
    // original yet, as the other process behind nginx).
    EventCache otherProcess;
    SyncService other{m_central, SyncLimits{5'000, 40}, &otherProcess, nullptr, nullptr};
    SyncRequest again = request;
    again.changes.resize(1);
    std::get<Contact>(again.changes.front()).notes = "vervalst";
    ASSERT_TRUE(other.sync(again).acks.front().accepted);
    read = false;
    const std::vector<EventCache::Shared> copy = otherProcess.byIds({good}, reader);
    EXPECT_TRUE(read) << "the copy is not held";
    ASSERT_EQ(copy.size(), 1u);
    EXPECT_EQ(std::get<Contact>(*copy.front()).notes, original.notes);
}

// A day's push of a few hundred goes in with COPY on PostgreSQL (Database::kRowsWorthACopy),
// with its own escaping of text: what is held of it is still what the database has, every
// field set and notes with the characters COPY escapes.
TEST_P(SyncTest, AFullDaysPushIsHeldAsStored)
{
    const std::vector<Detainee> detainees = bothTabletsInSync();
    std::vector<std::string> written;
    for (int i = 0; i < int(Database::kRowsWorthACopy) + 50; ++i) {
        Contact c;
        c.header.detaineeId = detainees[size_t(i) % detainees.size()].id;
        c.header.authorId = userOf(m_tabletA, Role::Mentor);
        c.header.occurredAtMs = utcFromAmsterdam({kToday, 9 * 60 + i % 180});
        c.roles = {Role::Mentor};
        c.kind = i % 2 ? ContactKind::MentorTalk : ContactKind::Other;
        c.mode = ContactMode(i % 4);
        c.topics = TopicSet::fromBits(uint32_t(i) % 128);
        c.satisfaction = i % 6 == 0 ? std::nullopt : std::optional<int>(i % 6);
        c.notes = "regel " + std::to_string(i) + "\n\ttab \\ backslash, \"é\"\r.";
        written.push_back(m_tabletA.events().record(c).header.id);
    }
    EventCache large; // the fixture's holds 64
    SyncService service{m_central, SyncLimits{5'000, 40}, &large};
    roundTrip(m_tabletA, 5'000, &service);
    ASSERT_EQ(m_lastResponse.acks.size(), written.size()) << "in one request";
    bool read = false;
    const std::vector<EventCache::Shared> held =
        large.byIds(written, [&](const std::vector<std::string> &ids) {
            read = true;
            return m_central.events().byIds(ids);
        });
    EXPECT_FALSE(read) << "all held since the push";
    const std::vector<EventCache::Shared> stored = storedOf(m_central, written);
    ASSERT_EQ(stored.size(), written.size());
    EXPECT_EQ(onTheWire(held), onTheWire(stored)) << "held as the database has them, to the byte";
}

// A tablet back after weeks away pushes thousands at once: those are not held, so that they
// do not push out what the facility's tablets pull together.
TEST_P(SyncTest, ALargePushIsNotHeld)
{
    const std::vector<Detainee> detainees = bothTabletsInSync();
    std::vector<std::string> written;
    for (int i = 0; i < 1'001; ++i) { // this morning, before the tablets' clock (12:00)
        written.push_back(
            talk(m_tabletA, detainees[size_t(i) % detainees.size()].id, i % 180).header.id);
    }
    roundTrip(m_tabletA, 5'000);
    ASSERT_EQ(m_lastResponse.acks.size(), written.size()) << "in one request";
    EXPECT_TRUE(m_lastResponse.acks.back().accepted) << m_lastResponse.acks.back().reason;
    bool read = false;
    m_pulled.byIds({written.back()}, [&](const std::vector<std::string> &ids) {
        read = true;
        return m_central.events().byIds(ids);
    });
    EXPECT_TRUE(read);
}
