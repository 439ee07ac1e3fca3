#include "demo/demo.h"
#include "model/access.h"
#include "store/sign_in.h"
#include "store/store.h"
#include "util/pin_seal.h"
#include "util/secrets.h"

#include <gtest/gtest.h>

using namespace ronde;

// docs/SECURITY.md "PINs": Argon2id, salted, its cost in the hash.
TEST(Pin, HashesAreArgon2idSaltedAndVerify)
{
    const std::string a = hashPin("123456");
    const std::string b = hashPin("123456");
    EXPECT_NE(a, b) << "a fresh salt each time";
    EXPECT_TRUE(a.starts_with("$argon2id$v=19$m=65536,t=2,p=1$")) << a;
    EXPECT_EQ(a.find("123456"), std::string::npos);
    EXPECT_TRUE(verifyPin("123456", a));
    EXPECT_TRUE(verifyPin("123456", b));
    EXPECT_FALSE(verifyPin("123457", a));
    EXPECT_FALSE(verifyPin("", a));
    EXPECT_FALSE(pinNeedsChanging("123456", a));
}

// A PIN hashed before Argon2id, or shorter than six digits, still signs in, and must be
// changed.
TEST(Pin, AnOldHashOrAShortPinStillVerifiesAndMustBeChanged)
{
    const std::string old = hashPinWithPbkdf2("1234", 1000);
    EXPECT_TRUE(old.starts_with("pbkdf2-sha256$1000$"));
    EXPECT_TRUE(verifyPin("1234", old));
    EXPECT_FALSE(verifyPin("1235", old));
    EXPECT_TRUE(pinNeedsChanging("1234", old));
    EXPECT_TRUE(pinNeedsChanging("1234", hashPin("1234", PinHashCost::Minimal)));
    EXPECT_TRUE(pinNeedsChanging("123456", hashPinWithPbkdf2("123456", 1000)));
}

// The server takes from a device only a hash with this program's cost.
TEST(Pin, OnlyAHashOfOurCostIsOurs)
{
    const std::string ours = hashPin("123456");
    EXPECT_TRUE(isOurPinHash(ours)) << ours;
    std::string costly = ours;
    costly.replace(costly.find("t=2"), 3, "t=4000000000");
    EXPECT_FALSE(isOurPinHash(costly));
    EXPECT_FALSE(isOurPinHash(hashPin("123456", PinHashCost::Minimal)));
    EXPECT_FALSE(isOurPinHash(hashPinWithPbkdf2("123456", 1000)));
    EXPECT_FALSE(isOurPinHash(ours + "\n"));
}

// util/pin_seal.h: the tablet and the server agree on a key without sending it; a sealed
// hash opens only with that key and only for the user it was sealed for.
TEST(PinSeal, BothSidesAgreeOnAKeyThatNeverTravels)
{
    const DatabaseKey databaseKey = DatabaseKey::generate();
    const PinKeyPair tablet = tabletPinKeyPair(databaseKey.hex());
    EXPECT_EQ(tabletPinKeyPair(databaseKey.hex()).secretHex, tablet.secretHex)
        << "the same from the same database key";
    EXPECT_NE(tabletPinKeyPair(DatabaseKey::generate().hex()).publicHex, tablet.publicHex);
    EXPECT_EQ(tablet.secretHex.find(databaseKey.hex()), std::string::npos);
    const PinKeyPair server = newPinKeyPair();
    const auto onTablet = tabletSharedPinKey(tablet, server.publicHex);
    const auto onServer = serverSharedPinKey(server, tablet.publicHex);
    ASSERT_TRUE(onTablet && onServer);
    EXPECT_EQ(*onTablet, *onServer);
    EXPECT_EQ(onTablet->size(), 64u);
    EXPECT_NE(*onTablet, tablet.secretHex);
    EXPECT_NE(*onTablet, server.secretHex);
    EXPECT_FALSE(tabletSharedPinKey(tablet, "xyz"));
    EXPECT_FALSE(serverSharedPinKey(server, std::string(64, '0'))) << "not a usable point";
}

TEST(PinSeal, ASealedHashOpensOnlyWithItsKeyForItsUser)
{
    const std::string key = *tabletSharedPinKey(tabletPinKeyPair(DatabaseKey::generate().hex()),
                                                newPinKeyPair().publicHex);
    const std::string hash = hashPin("123456", PinHashCost::Minimal);
    const auto T = PinSealedFor::Tablet;
    const std::string sealed = sealPinHash(key, T, "user-1", hash);
    EXPECT_TRUE(isSealedPinHash(sealed));
    EXPECT_EQ(sealed.find(hash), std::string::npos);
    EXPECT_NE(sealPinHash(key, T, "user-1", hash), sealed) << "a fresh nonce each time";
    EXPECT_FALSE(verifyPin("123456", sealed)) << "a sealed hash is no hash";
    EXPECT_EQ(openPinHash(key, T, "user-1", sealed), hash);
    EXPECT_FALSE(openPinHash(key, T, "user-2", sealed)) << "sealed for another user";
    EXPECT_FALSE(openPinHash(DatabaseKey::generate().hex(), T, "user-1", sealed)) << "another key";
    EXPECT_FALSE(openPinHash(key, PinSealedFor::Server, "user-1", sealed))
        << "a hash sent to the tablet is no PIN change for the server";
    std::string changed = sealed;
    changed.back() = changed.back() == '0' ? '1' : '0';
    EXPECT_FALSE(openPinHash(key, T, "user-1", changed));
    for (const std::string &bad :
         {std::string(), hash, std::string("sealed1$"), std::string("sealed1$00$00"),
          std::string("sealed1$$"), sealed.substr(0, 40)}) {
        EXPECT_FALSE(openPinHash(key, T, "user-1", bad)) << bad;
    }
}

TEST(Pin, RejectsMalformedStoredValues)
{
    for (const char *bad :
         {"", "1234", "pbkdf2-sha256$", "pbkdf2-sha256$x$00$00", "pbkdf2-sha256$1000$zz$00",
          "md5$1$00$00", "$argon2id$", "$argon2id$v=19$m=65536,t=2,p=1$AAAA$AAAA"}) {
        EXPECT_FALSE(verifyPin("1234", bad)) << bad;
    }
}

TEST(Pin, SignsInWithFourToEightDigitsAndSetsSixToEight)
{
    EXPECT_TRUE(isValidNewPin("123456"));
    EXPECT_TRUE(isValidNewPin("12345678"));
    EXPECT_FALSE(isValidNewPin("12345"));
    EXPECT_FALSE(isValidNewPin("1234"));
    EXPECT_TRUE(isValidPin("1234"));
    EXPECT_TRUE(isValidPin("12345678"));
    EXPECT_FALSE(isValidPin("123"));
    EXPECT_FALSE(isValidPin("123456789"));
    EXPECT_FALSE(isValidPin("12a4"));
}

TEST(Access, FiveWrongPinsLockTheAccountForAWhile)
{
    SignInState s;
    for (int i = 1; i < kMaxPinFailures; ++i) {
        s = afterAttempt(s, false, 1000);
        EXPECT_FALSE(isLocked(s, 1000)) << i;
    }
    s = afterAttempt(s, false, 1000);
    EXPECT_TRUE(isLocked(s, 1000));
    EXPECT_TRUE(isLocked(s, 1000 + kPinLockMs - 1));
    EXPECT_FALSE(isLocked(s, 1000 + kPinLockMs));
    EXPECT_EQ(afterAttempt(SignInState{3, 0}, true, 1000).failures, 0) << "a right PIN resets";
}

TEST(Access, RolesDecideWhatOneMayRecord)
{
    User mentor;
    mentor.role = Role::Mentor;
    User director;
    director.role = Role::Director;
    User office;
    office.role = Role::Office;
    User volunteer;
    volunteer.role = Role::Volunteer;
    EXPECT_TRUE(canRecordContact(mentor));
    EXPECT_FALSE(canRecordContact(office)) << "office users only read";
    EXPECT_FALSE(canRecordContact(director));
    EXPECT_TRUE(canRecordReview(mentor));
    EXPECT_FALSE(canRecordReview(volunteer));
    EXPECT_FALSE(canDecide(mentor));
    EXPECT_TRUE(canDecide(director));
    mentor.reviewMandate = true;
    EXPECT_TRUE(canDecide(mentor)) << "R4.5: a mandated MDO member";
    User gemeente;
    gemeente.role = Role::Municipality;
    gemeente.reviewMandate = true;
    EXPECT_FALSE(canDecide(gemeente)) << "a mandate on someone outside the MDO gives nothing";
    EXPECT_TRUE(seesOnlyAssigned(volunteer));
    User care;
    care.role = Role::CareProvider;
    EXPECT_TRUE(seesOnlyAssigned(care));
    EXPECT_FALSE(seesOnlyAssigned(director));
}

// R1.1–R1.3: the detainee's page offers each role the kinds of contact it holds.
TEST(Access, EachRoleRecordsTheContactKindsItHolds)
{
    const auto kindsOf = [](Role role, bool active = true) {
        User u;
        u.role = role;
        u.active = active;
        std::string kinds;
        for (ContactKind kind : {ContactKind::Intake, ContactKind::MentorTalk,
                                 ContactKind::PlanTalk, ContactKind::Other}) {
            if (canRecordContactKind(u, kind)) {
                kinds += std::string(nameOf(kind)) + " ";
            }
        }
        return kinds;
    };
    EXPECT_EQ(kindsOf(Role::CaseManager), "intake planTalk other ");
    EXPECT_EQ(kindsOf(Role::Mentor), "mentorTalk other ");
    EXPECT_EQ(kindsOf(Role::Municipality), "planTalk other ");
    EXPECT_EQ(kindsOf(Role::Probation), "planTalk other ");
    EXPECT_EQ(kindsOf(Role::CareProvider), "other ");
    EXPECT_EQ(kindsOf(Role::Volunteer), "other ");
    EXPECT_EQ(kindsOf(Role::Director), "") << "records no contacts";
    EXPECT_EQ(kindsOf(Role::Office), "");
    EXPECT_EQ(kindsOf(Role::Mentor, false), "") << "an inactive account";
}

// DESIGN "Core": a correction is a new record by its author; on the tablet only the one who
// recorded a contact corrects it, and only while they may record contacts.
TEST(Access, OnlyTheAuthorCorrectsAContact)
{
    User mentor;
    mentor.id = "m";
    mentor.role = Role::Mentor;
    mentor.active = true;
    EXPECT_TRUE(canCorrectContactBy(mentor, "m"));
    EXPECT_FALSE(canCorrectContactBy(mentor, "c")) << "another's record";
    User caseManager = mentor;
    caseManager.id = "c";
    caseManager.role = Role::CaseManager;
    EXPECT_FALSE(canCorrectContactBy(caseManager, "m"));
    mentor.active = false;
    EXPECT_FALSE(canCorrectContactBy(mentor, "m")) << "an inactive account";
    User director = caseManager;
    director.id = "d";
    director.role = Role::Director;
    EXPECT_FALSE(canCorrectContactBy(director, "d")) << "records no contacts, so corrects none";
}

// A review likewise: its author corrects it while they take part in the MDO; a volunteer or a
// visitor records no review, so corrects none.
TEST(Access, OnlyTheAuthorCorrectsAReview)
{
    User director;
    director.id = "d";
    director.role = Role::Director;
    director.active = true;
    EXPECT_TRUE(canCorrectReviewBy(director, "d"));
    EXPECT_FALSE(canCorrectReviewBy(director, "m")) << "another's record";
    User mentor = director;
    mentor.id = "m";
    mentor.role = Role::Mentor;
    EXPECT_TRUE(canCorrectReviewBy(mentor, "m"));
    User volunteer = mentor;
    volunteer.role = Role::Volunteer;
    EXPECT_FALSE(canCorrectReviewBy(volunteer, "m")) << "takes no part in the MDO";
    mentor.active = false;
    EXPECT_FALSE(canCorrectReviewBy(mentor, "m")) << "an inactive account";
}

namespace {

User user(const char *id, Role role, const char *organisation)
{
    User u;
    u.id = id;
    u.role = role;
    u.organisation = organisation;
    return u;
}

} // namespace

TEST(Access, NotesAreNeedToKnow)
{
    const User mentor = user("m", Role::Mentor, "");
    const User caseManager = user("c", Role::CaseManager, "");
    const User gemeente = user("g", Role::Municipality, "Gemeente Zwolle");
    const User gemeente2 = user("g2", Role::Municipality, "Gemeente Zwolle");
    const User reclassering = user("r", Role::Probation, "Reclassering");
    const User volunteer = user("v", Role::Volunteer, "Exodus");
    const User volunteer2 = user("v2", Role::Volunteer, "Exodus");
    EXPECT_TRUE(canReadNotesOf(mentor, caseManager));
    EXPECT_FALSE(canReadNotesOf(mentor, gemeente)) << "another organisation";
    EXPECT_FALSE(canReadNotesOf(gemeente, mentor));
    EXPECT_TRUE(canReadNotesOf(gemeente, gemeente2)) << "own organisation";
    EXPECT_FALSE(canReadNotesOf(gemeente, reclassering));
    EXPECT_FALSE(canReadNotesOf(volunteer, volunteer2)) << "a volunteer reads only their own";
    EXPECT_TRUE(canReadNotesOf(volunteer, volunteer));
}

// DOMAIN "Privacy": an external visitor sees their own organisation's contacts, not who else
// met the detainee (a care provider's visit says what the detainee is treated for), and not
// the MDO's standing.
TEST(Access, WhoMetADetaineeIsNeedToKnow)
{
    const User mentor = user("m", Role::Mentor, "");
    const User director = user("d", Role::Director, "");
    const User care = user("z", Role::CareProvider, "Tactus");
    const User gemeente = user("g", Role::Municipality, "Gemeente Zwolle");
    const User gemeente2 = user("g2", Role::Municipality, "Gemeente Zwolle");
    const User volunteer = user("v", Role::Volunteer, "Exodus");
    const RoleSet alone{};
    EXPECT_TRUE(canSeeContactOf(mentor, care, alone)) << "facility staff see every contact";
    EXPECT_TRUE(canSeeContactOf(director, gemeente, alone));
    EXPECT_FALSE(canSeeContactOf(volunteer, care, alone)) << "another organisation";
    EXPECT_FALSE(canSeeContactOf(volunteer, mentor, alone)) << "the facility's own talks";
    EXPECT_FALSE(canSeeContactOf(gemeente, care, alone));
    EXPECT_TRUE(canSeeContactOf(gemeente, gemeente2, alone)) << "own organisation";
    EXPECT_TRUE(canSeeContactOf(volunteer, volunteer, alone));
    const User caseManager = user("c", Role::CaseManager, "");
    EXPECT_TRUE(canSeeContactOf(gemeente, caseManager,
                                RoleSet{Role::CaseManager, Role::Municipality, Role::Probation}))
        << "the plan talk the gemeente took part in (R1.3)";
    EXPECT_FALSE(
        canSeeContactOf(care, caseManager, RoleSet{Role::CaseManager, Role::Municipality}));
    EXPECT_TRUE(seesStanding(mentor));
    EXPECT_TRUE(seesStanding(director));
    EXPECT_FALSE(seesStanding(gemeente));
    EXPECT_FALSE(seesStanding(care));
    EXPECT_FALSE(seesStanding(volunteer));
}

class SignIn : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoOptions o;
        o.today = *Date::fromCivil(2026, 11, 22);
        o.detaineesPerFacility = 2;
        const auto summary = generateDemo(m_store, o);
        m_userId = m_store.registry().users(summary.firstFacilityId).front().id;
    }
    int64_t m_now = 1'795'305'600'000;
    Store m_store{":memory:", [this] { return m_now; }};
    std::string m_userId;
};

TEST_F(SignIn, TheDemoPinSignsIn)
{
    SignInService service(m_store);
    const SignInAttempt ok = service.attempt(m_userId, kDemoPin);
    EXPECT_EQ(ok.result, SignInResult::Accepted);
    ASSERT_TRUE(ok.user);
    EXPECT_EQ(ok.user->id, m_userId);
    EXPECT_EQ(service.attempt("nobody", kDemoPin).result, SignInResult::UnknownUser);
}

TEST_F(SignIn, LockoutSurvivesARestartAndEnds)
{
    {
        SignInService service(m_store);
        for (int left = kMaxPinFailures - 1; left > 0; --left) {
            const SignInAttempt wrong = service.attempt(m_userId, "0000");
            EXPECT_EQ(wrong.result, SignInResult::WrongPin);
            EXPECT_EQ(wrong.attemptsLeft, left);
        }
        EXPECT_EQ(service.attempt(m_userId, "0000").result, SignInResult::Locked);
    }
    SignInService again(m_store);
    EXPECT_EQ(again.attempt(m_userId, kDemoPin).result, SignInResult::Locked)
        << "even the right PIN waits";
    m_now += kPinLockMs;
    EXPECT_EQ(again.attempt(m_userId, kDemoPin).result, SignInResult::Accepted);
}
