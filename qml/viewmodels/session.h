#pragma once

#include "idle_clock.h"
#include "store/database_key.h"
#include "store/facility_evaluations.h"
#include "util/clock.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>
#include <utility>

namespace ronde {
class Store;
class SignInService;
struct SignInAttempt;
struct User;
} // namespace ronde

// The open database of this tablet, the facility it serves, and who is signed in. Created
// once by main (or by a QML test) and handed to pages, which give it to their view models.
// Signing in checks the PIN offline with lockout (core); the session locks itself after a
// few idle minutes because tablets get left on a desk.
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY opened)
    Q_PROPERTY(QString facilityId READ facilityId NOTIFY opened)
    Q_PROPERTY(QString facilityName READ facilityName NOTIFY opened)
    // Amsterdam's date (R0.3): it turns at midnight, also on a tablet left on overnight.
    Q_PROPERTY(QDate today READ today NOTIFY todayChanged)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY opened)
    // Who may sign in here: [{id, name, role, roleLabel, recent, section}], those who signed in
    // on this tablet lately first (section "Recent op deze tablet"), then everyone by surname
    // (section: the surname's first letter).
    Q_PROPERTY(QVariantList staff READ staff NOTIFY staffChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY userChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString userRole READ userRole NOTIFY userChanged)
    Q_PROPERTY(QString userRoleLabel READ userRoleLabel NOTIFY userChanged)
    Q_PROPERTY(bool canRecordContact READ canRecordContact NOTIFY userChanged)
    // The contact kinds (stable names) the user may record (model/access.h).
    Q_PROPERTY(QStringList contactKinds READ contactKinds NOTIFY userChanged)
    Q_PROPERTY(bool canRecordReview READ canRecordReview NOTIFY userChanged)
    Q_PROPERTY(bool canDecide READ canDecide NOTIFY userChanged)
    Q_PROPERTY(bool canOfferQuestionnaire READ canOfferQuestionnaire NOTIFY userChanged) // R7.1
    // The facility's own staff (not an external visitor): links the tablet, reads what the
    // server refused (model/access.h isFacilityStaff).
    Q_PROPERTY(bool isFacilityStaff READ isFacilityStaff NOTIFY userChanged)
    // Sees only the detainees assigned to them (volunteers, care providers; model/access.h).
    Q_PROPERTY(bool seesOnlyAssigned READ seesOnlyAssigned NOTIFY userChanged)
    // Signed in with a PIN that must be changed first (four or five digits, or an old hash).
    Q_PROPERTY(bool mustChangePin READ mustChangePin NOTIFY userChanged)
    // Set by the shell: a page holds input not yet saved. Locking then keeps the pages behind
    // a lock screen instead of leaving them (paused), so that nothing is lost.
    Q_PROPERTY(bool holdsUnsavedWork READ holdsUnsavedWork WRITE setHoldsUnsavedWork NOTIFY
                   holdsUnsavedWorkChanged)
    // Locked with the user's pages kept: only their PIN (confirmPin) opens them again; another
    // user's sign-in (signIn while paused) throws them away.
    Q_PROPERTY(bool paused READ paused NOTIFY pausedChanged)
    // Idle time before the session locks itself (default three minutes).
    Q_PROPERTY(int idleLockSeconds READ idleLockSeconds WRITE setIdleLockSeconds NOTIFY
                   idleLockSecondsChanged)
    // The idle lock's last seconds: how many are left, for the shell's warning; 0 otherwise.
    Q_PROPERTY(int lockWarningSeconds READ lockWarningSeconds NOTIFY lockWarningChanged)

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Opens (and migrates) the database at path; with createDemo, fills an empty one with the
    // demo facility first. ":memory:" works too. Returns false and sets errorString on failure.
    Q_INVOKABLE bool open(const QString &path, bool createDemo);
    // The same for the tablet's encrypted database (SQLCipher; the key from the keystore).
    bool openEncrypted(const QString &path, const ronde::DatabaseKey &key, bool createDemo);
    // No database: `why` is shown where the pages would be (e.g. the key is missing).
    void refuse(const QString &why);
    // Returns "" when signed in, else a Dutch message for the user (wrong PIN, locked …).
    // Over a lock screen (paused) another user's sign-in throws the kept input away; the
    // paused user's own is confirmPin, which keeps it.
    Q_INVOKABLE QString signIn(const QString &userId, const QString &pin);
    // The signed-in user's PIN again (hand-back after the rating screen); counts toward lockout.
    // Returns "" when it is theirs, else the message sign-in would give (tries left, locked).
    Q_INVOKABLE QString confirmPin(const QString &pin);
    // A new PIN (6 to 8 digits) for the signed-in user: in force here at once, to the server
    // with the next sync. Returns "" or a Dutch message.
    Q_INVOKABLE QString changePin(const QString &newPin);
    // Signs out: the pages go, and the sign-in page follows.
    Q_INVOKABLE void lock();
    // The lock button and the idle clock: paused while a page holds unsaved input, else lock().
    Q_INVOKABLE void lockKeepingWork();
    // A form that holds unsaved input is kept in the tablet's database while it changes
    // (device_state "paused_draft", encrypted with the rest), so that a tablet whose app is
    // stopped behind the lock screen, or whose battery runs out, loses nothing: at the next
    // start the same lock screen asks the same user's PIN, and the form is as it was. The
    // shell hands over the topmost unsaved page's draft; an empty map drops it, and so does
    // lock(). False when the database was busy (a sync): the shell tries again.
    Q_INVOKABLE bool keepDraft(const QVariantMap &draft);
    // The draft the app started with (see keepDraft), for the shell to open again behind the
    // lock screen; given once, empty after.
    Q_INVOKABLE QVariantMap takeResumedDraft();
    // Drops the kept draft at once, inside the caller's transaction if there is one; throws
    // as the store does. A form saves its record and this in one transaction (RecordForm),
    // so that the two never both stay: a draft left behind would come back at the next start,
    // to be saved twice.
    void eraseKeptDraft();
    // Any touch or key (ActivityFilter): the idle clock starts again; while its warning shows,
    // just after the tap has been delivered (to the warning).
    Q_INVOKABLE void noteActivity();
    // After linking to a server and the first sync: the facility and staff again.
    Q_INVOKABLE void reloadRegistry();
    // After a language switch: labels made in C++ (roles) are made again.
    Q_INVOKABLE void refreshTexts();

    bool isOpen() const { return m_store != nullptr; }
    QString facilityId() const { return m_facilityId; }
    QString facilityName() const { return m_facilityName; }
    QDate today() const { return m_today; }
    int pendingChanges() const;
    QString errorString() const { return m_errorString; }
    QVariantList staff() const;
    bool signedIn() const { return m_user != nullptr; }
    QString userId() const;
    QString userName() const;
    QString userRole() const;
    QString userRoleLabel() const;
    bool canRecordContact() const;
    QStringList contactKinds() const;
    bool canRecordReview() const;
    bool canDecide() const;
    bool canOfferQuestionnaire() const;
    bool isFacilityStaff() const;
    bool seesOnlyAssigned() const;
    bool mustChangePin() const { return m_mustChangePin; }
    int idleLockSeconds() const { return m_idleClock.limit(); }
    void setIdleLockSeconds(int seconds);
    int lockWarningSeconds() const { return m_idleClock.warningSeconds(); }
    bool holdsUnsavedWork() const { return m_holdsUnsavedWork; }
    void setHoldsUnsavedWork(bool holds);
    bool paused() const { return m_paused; }

    // For view models (C++ only).
    ronde::Store *store() const { return m_store.get(); }
    // Where the open store lives, so that a worker can open a connection of its own (the
    // sync); none for a store in memory, which no second connection can reach.
    struct Location
    {
        std::string path;
        std::optional<ronde::DatabaseKey> key;
    };
    std::optional<Location> location() const;
    // The wall clock (a test turns the day with it); set before open().
    void setClock(ronde::Clock clock);
    // Reads the clock: a new day emits todayChanged. Called by a timer at midnight, and at every
    // touch as well, because a tablet that slept over midnight wakes with its timer late.
    void checkDay();
    // Evaluations of the facility made on the sync's worker after a big pull, for the rounds
    // list to take over instead of evaluating the facility again on the UI thread.
    void offerEvaluations(ronde::PreparedEvaluations prepared) { m_offered = std::move(prepared); }
    std::optional<ronde::PreparedEvaluations> takeEvaluations()
    {
        return std::exchange(m_offered, std::nullopt);
    }
    const ronde::User *user() const { return m_user.get(); }
    // A role (its stable name) as a title in the user's language (words/words.h).
    Q_INVOKABLE QString roleLabel(const QString &role) const;
    // A contact's topic ("work", …) as a label in the UI language ("Werk", …).
    Q_INVOKABLE QString topicLabel(const QString &topic) const;

signals:
    void opened();
    // Emitted when the store opens and when the day turns: whatever is counted in days (what is
    // due, "Vandaag gedaan", "Gisteren") is read again.
    void todayChanged();
    void staffChanged();
    // Something in the database changed (after commit).
    void changed();
    void userChanged();
    void idleLockSecondsChanged();
    void lockWarningChanged();
    void holdsUnsavedWorkChanged();
    void pausedChanged();
    // The store is about to go away: drop anything that refers to it.
    void closing();

private:
    // What a refused sign-in attempt says to the user; "" for an accepted one.
    static QString refusalOf(const ronde::SignInAttempt &attempt);
    // The last people who signed in here, most recent first (device_state
    // "recent_sign_ins", read with the registry, kept here for the sign-in list).
    static constexpr int kRecentSignIns = 5;
    void rememberSignIn(const std::string &userId);

    std::unique_ptr<ronde::Store> m_store;
    Location m_location;
    std::optional<ronde::PreparedEvaluations> m_offered;
    std::unique_ptr<ronde::SignInService> m_signIn;
    std::unique_ptr<ronde::User> m_user;
    bool m_mustChangePin = false;
    QString m_facilityId;
    QString m_facilityName;
    QString m_errorString;
    QVariantList m_staff;
    std::vector<std::string> m_recentSignIns;
    void loadRegistry();
    bool openStore(const QString &path, const std::optional<ronde::DatabaseKey> &key,
                   bool createDemo);

    IdleClock m_idleClock;
    ronde::Clock m_clock = ronde::systemClock();
    QDate m_today;
    QTimer m_dayTimer;
    bool m_holdsUnsavedWork = false;
    bool m_paused = false;
    void setPaused(bool paused);
    // At open: a draft kept for an active user of this facility pauses the session as that
    // user, behind the lock screen; any other is dropped (session_draft.cpp).
    void resumeKeptDraft();
    bool dropKeptDraft(); // false when the database was busy: m_dropRetry tries again
    QTimer m_dropRetry;
    QVariantMap m_resumedDraft;
};
