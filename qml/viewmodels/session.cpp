#include "session.h"

#include "conversions.h"
#include "demo/demo.h"
#include "model/access.h"
#include "model/problem.h"
#include "store/sign_in.h"
#include "store/store.h"
#include "util/local_time.h"
#include "util/text.h"
#include "words/words.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <tuple>

Session::Session(QObject *parent)
    : QObject(parent)
{
    connect(this, &Session::opened, this, &Session::staffChanged);
    connect(&m_idleClock, &IdleClock::expired, this, &Session::lockKeepingWork);
    connect(&m_idleClock, &IdleClock::warningChanged, this, &Session::lockWarningChanged);
    connect(this, &Session::opened, this, &Session::todayChanged);
    m_dayTimer.setSingleShot(true);
    m_dayTimer.setTimerType(Qt::VeryCoarseTimer); // to the second is enough
    connect(&m_dayTimer, &QTimer::timeout, this, &Session::checkDay);
    m_dropRetry.setSingleShot(true);
    m_dropRetry.setInterval(1000);
    connect(&m_dropRetry, &QTimer::timeout, this, [this] { dropKeptDraft(); });
    m_today = toQDate(ronde::amsterdamFromUtc(m_clock()).date);
}

Session::~Session()
{
    emit closing(); // before m_store dies: view models holding on to it let go
}

bool Session::open(const QString &path, bool createDemo)
{
    return openStore(path, std::nullopt, createDemo);
}

bool Session::openEncrypted(const QString &path, const ronde::DatabaseKey &key, bool createDemo)
{
    return openStore(path, key, createDemo);
}

std::optional<Session::Location> Session::location() const
{
    if (!m_store || m_location.path.empty() || m_location.path == ":memory:") {
        return std::nullopt;
    }
    return m_location;
}

void Session::refuse(const QString &why)
{
    m_errorString = why;
    emit opened();
}

bool Session::openStore(const QString &path, const std::optional<ronde::DatabaseKey> &key,
                        bool createDemo)
{
    try {
        auto store = std::make_unique<ronde::Store>(path.toStdString(), m_clock, key,
                                                    ronde::StoreRole::Tablet);
        checkDay();
        if (createDemo && store->registry().facilities().empty()) {
            ronde::DemoOptions options;
            options.today = fromQDate(m_today);
            ronde::generateDemo(*store, options);
        }
        store->changes().subscribe([this](const ronde::Change &) { emit changed(); });
        m_signIn = std::make_unique<ronde::SignInService>(*store);
        m_store = std::move(store);
        m_location = {path.toStdString(), key};
        loadRegistry();
        resumeKeptDraft();
        m_errorString.clear();
    } catch (const ronde::WrongKeyError &) {
        m_errorString = tr("De database van deze tablet kan niet worden ontsleuteld met de "
                           "sleutel van deze tablet. Er is niets gewist of overschreven; neem "
                           "contact op met de beheerder.");
        emit opened();
        return false;
    } catch (const std::exception &e) {
        m_errorString =
            tr("De database kon niet worden geopend: %1").arg(QString::fromUtf8(e.what()));
        emit opened();
        return false;
    }
    emit opened();
    if (m_user) { // a kept draft: its user's lock screen
        emit userChanged();
        emit pausedChanged();
    }
    return true;
}

void Session::loadRegistry()
{
    // A tablet serves one facility (DESIGN "Sync"): the first in its database.
    m_staff.clear();
    m_facilityId.clear();
    m_facilityName.clear();
    m_recentSignIns.clear();
    for (const QString &id :
         QString::fromStdString(m_store->deviceState().value("recent_sign_ins")).split(',')) {
        if (!id.isEmpty()) {
            m_recentSignIns.push_back(id.toStdString());
        }
    }
    const auto facilities = m_store->registry().facilities();
    if (facilities.empty()) {
        return;
    }
    m_facilityId = QString::fromStdString(facilities.front().id);
    m_facilityName = QString::fromStdString(facilities.front().name);
    // By surname (each key made once), then by the whole name.
    std::vector<std::pair<std::string, ronde::User>> users;
    for (ronde::User &u : m_store->registry().users(facilities.front().id)) {
        users.emplace_back(ronde::surnameSortKey(u.name), std::move(u));
    }
    std::sort(users.begin(), users.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first, a.second.name) < std::tie(b.first, b.second.name);
    });
    for (const auto &[key, u] : users) {
        if (u.active && !u.pinHash.empty()) {
            m_staff.append(QVariantMap{{"id", QString::fromStdString(u.id)},
                                       {"name", QString::fromStdString(u.name)},
                                       {"role", qtName(nameOf(u.role))},
                                       {"organisation", QString::fromStdString(u.organisation)},
                                       {"section", QString::fromStdString(key).left(1).toUpper()}});
        }
    }
}

void Session::rememberSignIn(const std::string &userId)
{
    std::vector<std::string> ids = m_recentSignIns;
    std::erase(ids, userId);
    ids.insert(ids.begin(), userId);
    ids.resize(std::min(ids.size(), size_t(kRecentSignIns)));
    std::string joined;
    for (const std::string &id : ids) {
        joined += (joined.empty() ? "" : ",") + id;
    }
    try {
        m_store->deviceState().set("recent_sign_ins", joined);
    } catch (const std::exception &) {
        // Busy with a sync: the order of the list is a convenience, the sign-in stands.
        return;
    }
    m_recentSignIns = std::move(ids);
    emit staffChanged();
}

void Session::reloadRegistry()
{
    if (m_store) {
        loadRegistry();
        emit opened();
    }
}

QString Session::signIn(const QString &userId, const QString &pin)
{
    if (!m_signIn) {
        return tr("Er is geen database geopend.");
    }
    if (m_paused && m_user && m_user->id == userId.toStdString()) {
        // Their own name chosen over their lock screen: their PIN opens what they kept, as
        // the lock screen's own keypad does; it is not thrown away as another's sign-in would.
        return confirmPin(pin);
    }
    ronde::SignInAttempt attempt;
    try {
        attempt = m_signIn->attempt(userId.toStdString(), pin.toStdString());
    } catch (const std::exception &) {
        // The lockout count is written before anyone signs in; a sync writing on its own
        // connection can hold the database longer than the busy timeout. Nothing changed.
        return tr("De tablet is even bezig; probeer het zo opnieuw.");
    }
    if (attempt.result == ronde::SignInResult::Accepted) {
        rememberSignIn(attempt.user->id);
        if (m_paused) { // over another's lock screen: what they kept is thrown away (lock())
            dropKeptDraft();
        }
        // The new user first, then the lock screen goes: nothing kept opens in their name.
        m_user = std::make_unique<ronde::User>(*attempt.user);
        m_mustChangePin = attempt.mustChangePin;
        m_idleClock.restart();
        emit userChanged();
        setPaused(false);
    }
    return refusalOf(attempt);
}

QString Session::refusalOf(const ronde::SignInAttempt &attempt)
{
    switch (attempt.result) {
    case ronde::SignInResult::Accepted:
        return {};
    case ronde::SignInResult::WrongPin:
        return tr("Onjuiste pincode. Nog %n poging(en).", "", attempt.attemptsLeft);
    case ronde::SignInResult::Locked:
        // The first whole minute at which a PIN is taken again, not the one before it.
        return tr("Te vaak een onjuiste pincode. Probeer het opnieuw om %1.")
            .arg(amsterdamText((attempt.lockedUntilMs + ronde::kMsPerMinute - 1) /
                               ronde::kMsPerMinute * ronde::kMsPerMinute));
    case ronde::SignInResult::NoPin:
        return tr("Voor deze medewerker is nog geen pincode ingesteld.");
    case ronde::SignInResult::UnknownUser:
        break;
    }
    return tr("Kies eerst uw naam.");
}

QString Session::changePin(const QString &newPin)
{
    if (!m_user || !m_signIn) {
        return tr("Meld u eerst aan.");
    }
    try {
        m_signIn->changePin(m_user->id, newPin.toStdString());
    } catch (const ronde::ValidationError &) {
        return tr("De nieuwe pincode moet 6 tot 8 cijfers zijn.");
    } catch (const std::exception &) {
        return tr("De tablet is even bezig; probeer het zo opnieuw.");
    }
    m_mustChangePin = false;
    m_idleClock.restart();
    emit userChanged();
    emit changed();
    return {};
}

QString Session::confirmPin(const QString &pin)
{
    // Only a check: the same user stays signed in, the pages stay where they are.
    if (!m_user || !m_signIn) {
        return tr("Meld u eerst aan.");
    }
    ronde::SignInAttempt attempt;
    try {
        attempt = m_signIn->attempt(m_user->id, pin.toStdString());
    } catch (const std::exception &) {
        return tr("De tablet is even bezig; probeer het zo opnieuw.");
    }
    if (attempt.result == ronde::SignInResult::Accepted) {
        setPaused(false); // their PIN opens their pages again
        m_idleClock.restart();
    }
    // As at sign-in: the tries left, or until when the account is locked.
    return refusalOf(attempt);
}

void Session::lock()
{
    dropKeptDraft(); // signed out, or thrown away for another user
    // The user goes before the lock screen does: nothing kept for them opens on the way out.
    const bool hadUser = m_user != nullptr;
    m_user.reset();
    m_mustChangePin = false;
    m_idleClock.stop();
    setPaused(false);
    if (hadUser) {
        emit userChanged();
    }
}

QVariantList Session::staff() const
{
    QVariantList recent;
    QVariantList everyone;
    for (const QVariant &entry : m_staff) {
        QVariantMap person = entry.toMap();
        person.insert("roleLabel", roleLabel(person.value("role").toString()));
        person.insert("recent", false);
        everyone.append(person);
    }
    for (const std::string &id : m_recentSignIns) {
        for (const QVariant &entry : everyone) {
            QVariantMap person = entry.toMap();
            if (person.value("id").toString().toStdString() == id) {
                person.insert("recent", true);
                person.insert("section", tr("Recent op deze tablet"));
                recent.append(person);
            }
        }
    }
    return recent + everyone;
}

void Session::refreshTexts()
{
    // Not userChanged: that would send the user back to the start page.
    emit opened();
    emit changed();
}

void Session::lockKeepingWork()
{
    if (m_user && m_holdsUnsavedWork) {
        m_idleClock.stop();
        setPaused(true);
    } else {
        lock();
    }
}

void Session::setPaused(bool paused)
{
    if (paused != m_paused) {
        m_paused = paused;
        emit pausedChanged();
    }
}

void Session::setHoldsUnsavedWork(bool holds)
{
    if (holds != m_holdsUnsavedWork) {
        m_holdsUnsavedWork = holds;
        emit holdsUnsavedWorkChanged();
    }
}

void Session::noteActivity()
{
    checkDay();
    if (!m_user || m_paused) { // paused, only the PIN opens it again
        return;
    }
    if (m_idleClock.warningSeconds() > 0) {
        // The tap is seen here before it is delivered: restarted at once, the warning would go
        // before the tap reaches it, and the tap would press what lies under it instead.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_user && !m_paused) {
                    m_idleClock.restart();
                }
            },
            Qt::QueuedConnection);
        return;
    }
    m_idleClock.restart();
}

void Session::setIdleLockSeconds(int seconds)
{
    if (seconds > 0 && seconds != m_idleClock.limit()) {
        m_idleClock.setLimit(seconds); // a running clock starts again with it
        emit idleLockSecondsChanged();
    }
}

void Session::setClock(ronde::Clock clock)
{
    m_clock = std::move(clock);
    checkDay();
}

void Session::checkDay()
{
    const int64_t now = m_clock();
    const QDate today = toQDate(ronde::amsterdamFromUtc(now).date);
    const bool turned = today != m_today;
    if (turned || !m_dayTimer.isActive()) {
        // A second after midnight: a coarse timer may fire a little early.
        m_dayTimer.start(std::chrono::milliseconds(ronde::msUntilNextAmsterdamDay(now) + 1000));
    }
    if (turned) {
        m_today = today;
        emit todayChanged();
    }
}

int Session::pendingChanges() const
{
    return m_store ? int(m_store->outbox().size()) : 0;
}

QString Session::userId() const
{
    return m_user ? QString::fromStdString(m_user->id) : QString();
}

QString Session::userName() const
{
    return m_user ? QString::fromStdString(m_user->name) : QString();
}

QString Session::userRole() const
{
    if (!m_user) {
        return {};
    }
    return qtName(nameOf(m_user->role));
}

QString Session::userRoleLabel() const
{
    return roleLabel(userRole());
}

bool Session::canRecordContact() const
{
    return m_user && ronde::canRecordContact(*m_user);
}

QStringList Session::contactKinds() const
{
    QStringList kinds;
    for (const ronde::ContactKind kind :
         {ronde::ContactKind::Intake, ronde::ContactKind::MentorTalk, ronde::ContactKind::PlanTalk,
          ronde::ContactKind::Other}) {
        if (m_user && ronde::canRecordContactKind(*m_user, kind)) {
            kinds << QString::fromLatin1(ronde::nameOf(kind));
        }
    }
    return kinds;
}

bool Session::canRecordReview() const
{
    return m_user && ronde::canRecordReview(*m_user);
}

bool Session::canDecide() const
{
    return m_user && ronde::canDecide(*m_user);
}

bool Session::isFacilityStaff() const
{
    return m_user && ronde::isFacilityStaff(*m_user);
}

bool Session::seesOnlyAssigned() const
{
    return m_user && ronde::seesOnlyAssigned(*m_user);
}

bool Session::canOfferQuestionnaire() const
{
    return m_user && ronde::canOfferQuestionnaire(*m_user);
}

QString Session::roleLabel(const QString &role) const
{
    const auto parsed = ronde::parseEnum<ronde::Role>(role.toStdString());
    return parsed ? ronde::words::roleName(*parsed) : role;
}

QString Session::topicLabel(const QString &topic) const
{
    const auto parsed = ronde::parseEnum<ronde::Topic>(topic.toStdString());
    return parsed ? ronde::words::topicName(*parsed) : topic;
}
