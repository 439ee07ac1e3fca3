// DOMAIN "Privacy" and R5.5: a detainee's rating of a contact is shown to nobody on a tablet,
// and held by no tablet once the server has it. The tablet that took it forgets it after the
// sync that delivered it, the server sends contacts with a mark instead of the rating, and a
// correction keeps the rating of the contact it corrects (the rating is of the talk). The
// suites Store_ and SyncTest are instantiated in test_store.cpp and test_sync.cpp.
#include "store_fixture.h"
#include "sync_fixture.h"

using namespace ronde;

using Store_ = StoreTest;

namespace {

// What a sync's batch would carry of the contact: its rating, if this store holds it.
std::optional<int> heldRating(Store &store, const std::string &id)
{
    const auto found = store.events().byIds({id}, EventRepository::Answers::Included);
    return found.empty() ? std::nullopt : std::get<Contact>(found.front()).satisfaction;
}

// What the pages read of it: whether it was rated, never the rating.
bool shownAsRated(Store &store, const std::string &id)
{
    const auto found = store.events().byIds({id});
    EXPECT_EQ(found.size(), 1u) << id;
    if (found.empty()) {
        return false;
    }
    const Contact &c = std::get<Contact>(found.front());
    EXPECT_FALSE(c.satisfaction) << "a page reads no rating";
    return c.rated();
}

Contact correctionOf(const Contact &contact)
{
    Contact fix = contact;
    fix.header.supersedes = contact.header.id;
    fix.notes = "verbeterd";
    fix.satisfaction.reset();
    fix.ratingWithheld = false;
    return fix;
}

} // namespace

TEST_P(Store_, R5_5_ACorrectionKeepsTheRatingOfTheContactItCorrects)
{
    Contact c = mentorTalk("2026-01-12");
    c.satisfaction = 4;
    const Contact talk = store().events().record(c);
    const Contact first = store().events().record(correctionOf(talk));
    EXPECT_EQ(heldRating(store(), first.header.id), 4) << "kept, though the correction has none";
    EXPECT_TRUE(shownAsRated(store(), first.header.id)) << "held, and still not read for a page";
    Contact forged = correctionOf(first);
    forged.satisfaction = 1;
    const Contact second = store().events().record(forged);
    EXPECT_EQ(heldRating(store(), second.header.id), 4) << "not the rating it carries";

    // A contact not rated is not rated by its correction either.
    const Contact plain = store().events().record(mentorTalk("2026-01-13"));
    Contact claim = correctionOf(plain);
    claim.satisfaction = 5;
    const Contact claimed = store().events().record(claim);
    EXPECT_FALSE(heldRating(store(), claimed.header.id));
    EXPECT_FALSE(shownAsRated(store(), claimed.header.id));
}

// Forgetting a rating is the one change a stored contact allows, and only on SQLite, where a
// tablet keeps its records: on the server's PostgreSQL a contact stays as it came, rating and
// all. A correction made after the forgetting is rated, without the value.
TEST_P(Store_, OnlyATabletForgetsARatingAndThenKeepsTheMark)
{
    Contact c = mentorTalk("2026-01-12");
    c.satisfaction = 4;
    const Contact talk = store().events().record(c);
    store().outbox().acknowledge({talk.header.id});
    EXPECT_THROW(store().database().exec("UPDATE contacts SET satisfaction = NULL, rating_withheld "
                                         "= 1, notes = 'anders'"),
                 DatabaseError);
    EXPECT_THROW(store().database().exec("UPDATE contacts SET rating_withheld = 1"), DatabaseError);
    if (GetParam() == Backing::Postgres) {
        EXPECT_THROW(store().events().forgetDeliveredAnswers({talk.header.id}), DatabaseError);
        EXPECT_EQ(heldRating(store(), talk.header.id), 4);
        return;
    }
    store().events().forgetDeliveredAnswers({talk.header.id});
    EXPECT_FALSE(heldRating(store(), talk.header.id));
    EXPECT_TRUE(shownAsRated(store(), talk.header.id));
    EXPECT_THROW(store().database().exec("UPDATE contacts SET rating_withheld = 0"), DatabaseError);

    Contact forged = correctionOf(talk);
    forged.satisfaction = 1;
    const Contact fixed = store().events().record(forged);
    EXPECT_FALSE(heldRating(store(), fixed.header.id)) << "not the rating it carries";
    EXPECT_TRUE(shownAsRated(store(), fixed.header.id));
}

// What a tablet pulls it holds with the mark only, whatever the server sends: a server from
// before sent the rating, and a correction pulled while the tablet still holds the rating of
// what it corrects (its push not yet acknowledged) must not copy it into a record no outbox
// will ever forget. From a device, a new contact has the value or nothing: a mark alone is
// dropped (only a correction is rated without its value, and takes it from what it corrects).
TEST_P(Store_, WhatATabletPullsItHoldsWithTheMarkOnly)
{
    using From = EventRepository::ImportedFrom;
    Contact pulled = mentorTalk("2026-01-12");
    pulled.header.id = "0190b5d2-7c4e-7abc-8def-0123456789d1";
    pulled.header.hlc = 1;
    pulled.satisfaction = 3;
    ASSERT_EQ(store().events().importContacts({pulled}, From::Server).added, 1u);
    EXPECT_FALSE(heldRating(store(), pulled.header.id));
    EXPECT_TRUE(shownAsRated(store(), pulled.header.id));

    Contact mine = mentorTalk("2026-01-13");
    mine.satisfaction = 5;
    const Contact held = store().events().record(mine); // in the outbox, its rating held
    Contact correction = correctionOf(held);
    correction.header.id = "0190b5d2-7c4e-7abc-8def-0123456789d2";
    correction.header.hlc = 2;
    correction.ratingWithheld = true;
    ASSERT_TRUE(store().events().import(correction, From::Server));
    EXPECT_FALSE(heldRating(store(), correction.header.id)) << "not copied from the one held";
    EXPECT_TRUE(shownAsRated(store(), correction.header.id));
    EXPECT_EQ(heldRating(store(), held.header.id), 5) << "which is still to be sent";

    Contact marked = mentorTalk("2026-01-14");
    marked.header.id = "0190b5d2-7c4e-7abc-8def-0123456789d3";
    marked.header.hlc = 3;
    marked.ratingWithheld = true;
    const auto fromDevice = store().events().importContacts({marked}, From::Device);
    EXPECT_EQ(fromDevice.added, 0u);
    ASSERT_TRUE(fromDevice.refusals.at(0)) << "a new contact with a mark alone, from a device";
    EXPECT_NE(fromDevice.refusals[0]->find("Tevredenheid moet 1 tot en met 5 zijn, niet 0"),
              std::string::npos)
        << *fromDevice.refusals[0];
    ASSERT_EQ(store().events().importContacts({marked}, From::Server).added, 1u);
    EXPECT_TRUE(shownAsRated(store(), marked.header.id)) << "pulled, it is the server's word";

    // A correction pulled keeps the server's mark also when the tablet's own copy of what
    // it corrects has none (pulled by a version from before the mark).
    Contact unmarked = mentorTalk("2026-01-15");
    unmarked.header.id = "0190b5d2-7c4e-7abc-8def-0123456789d4";
    unmarked.header.hlc = 4;
    ASSERT_EQ(store().events().importContacts({unmarked}, From::Server).added, 1u);
    Contact markedFix = correctionOf(unmarked);
    markedFix.header.id = "0190b5d2-7c4e-7abc-8def-0123456789d5";
    markedFix.header.hlc = 5;
    markedFix.ratingWithheld = true;
    ASSERT_TRUE(store().events().import(markedFix, From::Server));
    EXPECT_TRUE(shownAsRated(store(), markedFix.header.id));
}

// Across sync: the server gets the rating and keeps it with a correction made on another
// tablet; no tablet holds it once the server has it.
TEST_P(SyncTest, ARatingReachesTheServerAndStaysOnNoTablet)
{
    const std::vector<Detainee> detainees = bothTabletsInSync();
    const std::string id = talk(m_tabletA, detainees.front().id, 0, 4).header.id;
    EXPECT_EQ(heldRating(m_tabletA, id), 4) << "held until the server has it";

    // A second talk past the first round's batch (one change a round) keeps its rating
    // until a round delivers it.
    const std::string next = talk(m_tabletA, detainees.back().id, 1, 2).header.id;
    roundTrip(m_tabletA, 1);
    ASSERT_EQ(m_lastRequest.changes.size(), 1u);
    EXPECT_FALSE(heldRating(m_tabletA, id)) << "delivered: forgotten";
    EXPECT_EQ(heldRating(m_tabletA, next), 2) << "not delivered yet: held";
    syncUntilDone(m_tabletA);
    EXPECT_EQ(heldRating(m_central, id), 4);
    EXPECT_EQ(heldRating(m_central, next), 2);
    EXPECT_FALSE(heldRating(m_tabletA, next));
    EXPECT_FALSE(heldRating(m_tabletA, id)) << "the tablet that took it forgot it";
    EXPECT_TRUE(shownAsRated(m_tabletA, id)) << "and still says it was asked";

    roundTrip(m_tabletB);
    bool pulled = false;
    for (const auto &event : m_lastResponse.events) {
        if (const auto *copy = std::get_if<Contact>(event.get()); copy && copy->header.id == id) {
            pulled = true;
            EXPECT_FALSE(copy->satisfaction) << "the server sends no rating";
            EXPECT_TRUE(copy->ratingWithheld) << "only that there is one";
        }
    }
    EXPECT_TRUE(pulled);
    syncUntilDone(m_tabletB);
    EXPECT_FALSE(heldRating(m_tabletB, id));
    EXPECT_TRUE(shownAsRated(m_tabletB, id));

    // Tablet B, which never held the rating, corrects the talk: the server keeps the rating.
    const auto onB = m_tabletB.events().byIds({id});
    ASSERT_EQ(onB.size(), 1u);
    const std::string fixed =
        m_tabletB.events().record(correctionOf(std::get<Contact>(onB.front()))).header.id;
    EXPECT_TRUE(shownAsRated(m_tabletB, fixed));
    syncUntilDone(m_tabletB);
    EXPECT_EQ(heldRating(m_central, fixed), 4) << "R5.5: the rating is of the talk";
    EXPECT_EQ(m_central.database().scalar(
                  "SELECT satisfaction FROM report_facts WHERE event_id = '" + fixed + "'"),
              4)
        << "and the report counts it with the correction";
    EXPECT_FALSE(heldRating(m_tabletB, fixed));
}

// A program from before the mark reads a rating of 0 as no rating it can store: it gets a
// rated contact as one not rated (and its corrections still keep the rating on the server).
TEST_P(SyncTest, AProgramFromBeforeTheMarkGetsARatedContactAsOneNotRated)
{
    const std::vector<Detainee> detainees = bothTabletsInSync();
    const std::string id = talk(m_tabletA, detainees.front().id, 0, 2).header.id;
    syncUntilDone(m_tabletA);

    for (const std::uint32_t version : {4u, 5u}) {
        SyncRequest request;
        decode(encode(TabletSync(m_tabletB).nextRequest(500)), request);
        request.wireVersion = version;
        SyncResponse response;
        decode(encode(m_service.sync(request)), response);
        bool pulled = false;
        for (const auto &event : response.events) {
            if (const auto *copy = std::get_if<Contact>(event.get());
                copy && copy->header.id == id) {
                pulled = true;
                EXPECT_FALSE(copy->satisfaction) << version;
                EXPECT_EQ(copy->ratingWithheld, version >= 5) << version;
            }
        }
        EXPECT_TRUE(pulled) << version;
    }
}

// A tablet from before this version holds the ratings it pulled and delivered: its first sync
// forgets them, whether or not it delivers anything.
TEST_P(SyncTest, ATabletFromBeforeForgetsTheRatingsItHoldsAtItsNextSync)
{
    const std::vector<Detainee> detainees = bothTabletsInSync();
    Contact pulled;
    pulled.header.id = "0190b5d2-7c4e-7abc-8def-0123456789c1";
    pulled.header.detaineeId = detainees.front().id;
    pulled.header.authorId = userOf(m_tabletB, Role::Mentor);
    pulled.header.occurredAtMs = utcFromAmsterdam({kToday, 8 * 60});
    pulled.header.recordedAtMs = pulled.header.occurredAtMs;
    pulled.roles = {Role::Mentor};
    pulled.kind = ContactKind::MentorTalk;
    pulled.satisfaction = 3;
    // As a tablet from before stored what it pulled: with the value (and not in the outbox).
    const auto imported =
        m_tabletB.events().importContacts({pulled}, EventRepository::ImportedFrom::Device);
    ASSERT_EQ(imported.added, 1u);
    m_tabletB.deviceState().set("ratings_forgotten", ""); // as before this version
    EXPECT_EQ(heldRating(m_tabletB, pulled.header.id), 3);

    roundTrip(m_tabletB);
    EXPECT_TRUE(m_lastRequest.changes.empty()) << "delivering nothing";
    EXPECT_FALSE(heldRating(m_tabletB, pulled.header.id));
    EXPECT_TRUE(shownAsRated(m_tabletB, pulled.header.id));
}
