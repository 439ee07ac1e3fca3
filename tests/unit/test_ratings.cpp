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

    // Delivered, the ratings are forgotten; a correction made then is still rated.
    store().outbox().acknowledge({talk.header.id, first.header.id});
    store().events().forgetDeliveredAnswers({talk.header.id, first.header.id});
    EXPECT_FALSE(heldRating(store(), talk.header.id));
    EXPECT_FALSE(heldRating(store(), first.header.id));
    EXPECT_TRUE(shownAsRated(store(), first.header.id));
    Contact forged = correctionOf(first);
    forged.satisfaction = 1;
    const Contact second = store().events().record(forged);
    EXPECT_FALSE(heldRating(store(), second.header.id)) << "not the rating it carries";
    EXPECT_TRUE(shownAsRated(store(), second.header.id));

    // Forgetting is the one change a stored contact allows.
    EXPECT_THROW(store().database().exec("UPDATE contacts SET rating_withheld = 0"), DatabaseError);
    const Contact other = store().events().record(c);
    EXPECT_THROW(store().database().exec("UPDATE contacts SET satisfaction = NULL, rating_withheld "
                                         "= 1, notes = 'anders' WHERE event_id = '" +
                                         other.header.id + "'"),
                 DatabaseError);
    EXPECT_EQ(heldRating(store(), other.header.id), 4);

    // A contact not rated is not rated by its correction either.
    const Contact plain = store().events().record(mentorTalk("2026-01-13"));
    Contact claim = correctionOf(plain);
    claim.satisfaction = 5;
    const Contact claimed = store().events().record(claim);
    EXPECT_FALSE(heldRating(store(), claimed.header.id));
    EXPECT_FALSE(shownAsRated(store(), claimed.header.id));
}

// Across sync: the server gets the rating and keeps it with a correction made on another
// tablet; no tablet holds it once the server has it.
TEST_P(SyncTest, ARatingReachesTheServerAndStaysOnNoTablet)
{
    const std::vector<Detainee> detainees = bothTabletsInSync();
    const std::string id = talk(m_tabletA, detainees.front().id, 0, 4).header.id;
    EXPECT_EQ(heldRating(m_tabletA, id), 4) << "held until the server has it";

    syncUntilDone(m_tabletA);
    EXPECT_EQ(heldRating(m_central, id), 4);
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
    const auto imported =
        m_tabletB.events().importContacts({pulled}, EventRepository::ImportedFrom::Server);
    ASSERT_EQ(imported.added, 1u);
    m_tabletB.deviceState().set("ratings_forgotten", ""); // as before this version
    EXPECT_EQ(heldRating(m_tabletB, pulled.header.id), 3);

    roundTrip(m_tabletB);
    EXPECT_TRUE(m_lastRequest.changes.empty()) << "delivering nothing";
    EXPECT_FALSE(heldRating(m_tabletB, pulled.header.id));
    EXPECT_TRUE(shownAsRated(m_tabletB, pulled.header.id));
}
