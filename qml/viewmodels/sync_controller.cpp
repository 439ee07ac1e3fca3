#include "sync_controller.h"

#include "client/http_client.h"
#include "conversions.h"
#include "store/facility_evaluations.h"
#include "store/store.h"
#include "util/local_time.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkInformation>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <set>

namespace {

constexpr int kRegularSeconds = 15 * 60; // docked tablets sync every quarter of an hour
constexpr int kFirstRetrySeconds = 30;
constexpr int kMaxRetrySeconds = 30 * 60;
// Up to this many changed detainees, the view models re-read each; beyond, everything once.
constexpr size_t kFewChanges = 50;

// Every controller of the app (the status bar's, the sync page's), and whether one of them
// has a sync running: one at a time for the whole app. Touched on the UI thread only.
std::set<SyncController *> &liveControllers()
{
    static std::set<SyncController *> controllers;
    return controllers;
}
bool g_syncRunning = false;
// The last sync's error, whichever controller started it ("" after a good one).
// The last sync's trouble, kept as what went wrong, not as words: it is worded when shown,
// so that it follows a change of language. A problem of the sync itself, or one of ours.
std::optional<ronde::sync::SyncProblem> g_lastProblem;
const char *g_lastLocalProblem = nullptr; // untranslated source text

void setSyncRunning(bool running)
{
    g_syncRunning = running;
    for (SyncController *controller : liveControllers()) {
        emit controller->stateChanged();
    }
}

} // namespace

struct SyncController::Outcome
{
    ronde::sync::SyncSummary summary;
    QString enrolError; // an enrolment that failed; then there was no sync
    // What the worker wrote, for the UI's view models: one change per detainee, and every
    // other registry change.
    std::vector<ronde::Change> changes;
    ronde::HlcStamp clock; // the worker's clock after the sync, for the UI's to catch up
    // After a big pull: the facility evaluated on the worker, for the rounds list.
    std::optional<ronde::PreparedEvaluations> evaluations;
};

namespace {

SyncController::Outcome
syncOnOwnConnection(const Session::Location &where,
                    const std::optional<std::pair<QUrl, QString>> &enrolment);

} // namespace

SyncController::SyncController(QObject *parent)
    : QObject(parent)
{
    liveControllers().insert(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!syncNow() && enrolled()) {
            schedule(false); // another controller's sync runs: try again at the next tick
        }
    });
    // Where the platform tells (NetworkManager on Linux, the OS on Android/iOS), sync as soon
    // as the tablet is docked; elsewhere the timer still does.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online) {
                        networkReachable();
                    }
                });
    }
}

SyncController::~SyncController()
{
    liveControllers().erase(this);
}

bool SyncController::busy() const
{
    return g_syncRunning;
}

QString SyncController::lastError() const
{
    return g_lastProblem        ? g_lastProblem->words()
           : g_lastLocalProblem ? tr(g_lastLocalProblem)
                                : QString();
}

void SyncController::networkReachable()
{
    // Queued: not inside the platform's signal, and never while a sync runs.
    QTimer::singleShot(0, this, [this] {
        if (!busy()) {
            syncNow();
        }
    });
}

void SyncController::setSession(Session *session)
{
    if (m_session == session) {
        return;
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::opened, this, &SyncController::stateChanged);
        connect(m_session, &Session::closing, this, [this] { m_timer.stop(); });
    }
    emit sessionChanged();
    emit stateChanged();
    if (enrolled()) {
        schedule(false);
    }
}

bool SyncController::enrolled() const
{
    return m_session && m_session->store() &&
           ronde::sync::TabletSync(*m_session->store()).enrolment().has_value();
}

QString SyncController::serverUrl() const
{
    if (!enrolled()) {
        return {};
    }
    return QString::fromStdString(
        ronde::sync::TabletSync(*m_session->store()).enrolment()->serverUrl);
}

QDateTime SyncController::lastSuccess() const
{
    if (!m_session || !m_session->store()) {
        return {};
    }
    const int64_t at = ronde::sync::TabletSync(*m_session->store()).lastSuccessMs();
    return at == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(at);
}

QString SyncController::lastSuccessText() const
{
    const QDateTime at = lastSuccess();
    return at.isValid() ? amsterdamText(at.toMSecsSinceEpoch(), "d MMM HH:mm") : QString();
}

int SyncController::refusedCount() const
{
    if (!m_session || !m_session->store()) {
        return 0;
    }
    return int(m_session->store()->outbox().refusedCount());
}

QString SyncController::describe(const QString &type, const std::string &detaineeId,
                                 int64_t occurredAtMs, const std::string &reason) const
{
    const auto detainee = m_session->store()->registry().detainee(detaineeId);
    const QString who =
        detainee ? QString::fromStdString(detainee->name) : QString::fromStdString(detaineeId);
    if (occurredAtMs == 0) {
        return tr("%1 over %2: %3").arg(eventTypeLabel(type), who, QString::fromStdString(reason));
    }
    const ronde::Date day = ronde::amsterdamFromUtc(occurredAtMs).date;
    const QDate date(day.year(), day.month(), day.day());
    return tr("%1 met %2, %3: %4")
        .arg(eventTypeLabel(type), who, QLocale().toString(date, QStringLiteral("d MMMM yyyy")),
             QString::fromStdString(reason));
}

QStringList SyncController::refusedChanges() const
{
    QStringList lines;
    if (!m_session || !m_session->store()) {
        return lines;
    }
    for (const ronde::RefusedChange &change : m_session->store()->outbox().refused()) {
        lines << describe(QString::fromStdString(change.eventType), change.detaineeId,
                          change.occurredAtMs, change.reason);
    }
    return lines;
}

QStringList SyncController::setAside() const
{
    QStringList lines;
    if (!m_session || !m_session->store()) {
        return lines;
    }
    ronde::sync::TabletSync tablet(*m_session->store());
    for (const ronde::sync::SetAsideEvent &event : tablet.setAsideEvents()) {
        lines << describe(QString::fromStdString(event.type), event.detaineeId, 0, event.reason);
    }
    return lines;
}

QString SyncController::eventTypeLabel(const QString &type)
{
    if (type == QLatin1String("contact")) {
        return tr("Contact");
    }
    if (type == QLatin1String("review")) {
        return tr("MDO-bespreking");
    }
    if (type == QLatin1String("plan")) {
        return tr("D&R-plan");
    }
    if (type == QLatin1String("decision")) {
        return tr("Besluit");
    }
    if (type == QLatin1String("complaint")) {
        return tr("Klacht");
    }
    return tr("Registratievoorstel");
}

bool SyncController::resendRefused()
{
    if (!m_session || !m_session->store() || busy()) {
        return false;
    }
    m_session->store()->outbox().resendRefused();
    return syncNow();
}

bool SyncController::syncNow()
{
    return enrolled() && start(std::nullopt);
}

bool SyncController::start(std::optional<std::pair<QUrl, QString>> enrolment)
{
    if (busy() || !m_session) {
        return false; // never two at once
    }
    const std::optional<Session::Location> where = m_session->location();
    if (!where) {
        g_lastProblem.reset();
        g_lastLocalProblem =
            QT_TR_NOOP("Synchroniseren kan alleen met een database op dit apparaat.");
        emit stateChanged();
        return false;
    }
    setSyncRunning(true);
    const bool enrolling = enrolment.has_value();
    // The watcher belongs to the application, not to this controller: a page that started a
    // sync may close before it ends (Back, the idle lock), and the sync must still end well.
    auto *watcher = new QFutureWatcher<Outcome>(QCoreApplication::instance());
    connect(watcher, &QFutureWatcher<Outcome>::finished, watcher,
            [self = QPointer<SyncController>(this), session = m_session, watcher, enrolling] {
                Outcome outcome = watcher->future().takeResult();
                watcher->deleteLater();
                applyToSession(session, outcome);
                setSyncRunning(false);
                if (self) {
                    self->finish(std::move(outcome), enrolling);
                }
            });
    watcher->setFuture(QtConcurrent::run(syncOnOwnConnection, *where, std::move(enrolment)));
    return true;
}

void SyncController::applyToSession(Session *session, Outcome &outcome)
{
    const ronde::sync::SyncSummary &summary = outcome.summary;
    if (outcome.enrolError.isEmpty()) {
        // A failure always says something: one without a named problem did not end.
        g_lastProblem = summary.ok
                            ? std::nullopt
                            : std::optional(summary.problem.value_or(ronde::sync::SyncProblem{
                                  ronde::sync::SyncProblem::Kind::NoEnd, {}, 0}));
        g_lastLocalProblem = nullptr;
    }
    if (ronde::Store *store = session ? session->store() : nullptr) {
        // The UI's connection learns what the worker's wrote: its caches go, its clock
        // catches up, and the view models re-read what changed.
        store->events().forgetCachedRegistry();
        store->events().clock().receive(outcome.clock);
        if (outcome.changes.size() <= kFewChanges) {
            for (const ronde::Change &change : outcome.changes) {
                store->changes().notify(change);
            }
        } else {
            // A big pull: the whole list once, with the facility evaluated on the worker
            // (or, without those, one re-read of everything), never thousands of single rows.
            if (outcome.evaluations) {
                session->offerEvaluations(std::move(*outcome.evaluations));
            } else {
                store->changes().notify({ronde::Change::Kind::Everything, {}, {}});
            }
            session->reloadRegistry(); // the rounds list takes the evaluations here
            // No list took them (nobody signed in): they would grow stale; a list made later
            // reads the facility itself.
            session->takeEvaluations();
            emit session->changed(); // an open detainee page, the count of waiting records
        }
    }
    if (summary.wiped && session) {
        session->lock();
        session->reloadRegistry();
    }
}

void SyncController::finish(Outcome outcome, bool enrolling)
{
    if (enrolling) {
        emit enrolFinished(outcome.enrolError);
        if (!outcome.enrolError.isEmpty()) {
            emit stateChanged();
            return;
        }
    }
    const ronde::sync::SyncSummary &summary = outcome.summary;
    schedule(!summary.ok);
    emit stateChanged();
    emit syncFinished(summary.ok);
}

void SyncController::schedule(bool failed)
{
    // After a failure: 30 s, then doubling up to 30 min. After success: the regular interval.
    m_retrySeconds = failed ? (m_retrySeconds == 0 ? kFirstRetrySeconds
                                                   : std::min(m_retrySeconds * 2, kMaxRetrySeconds))
                            : 0;
    m_timer.start((failed ? m_retrySeconds : kRegularSeconds) * 1000);
}

bool SyncController::enrol(const QString &serverUrl, const QString &code)
{
    if (!m_session || !m_session->store()) {
        return false;
    }
    // A tablet that holds a facility (its staff, perhaps records not yet sent) is linked by a
    // signed-in member of the facility's staff, never by whoever finds it locked nor by a
    // visitor: the link decides where its records go. A new tablet has neither, and is linked
    // before anyone can sign in.
    if (!m_session->facilityId().isEmpty() && !m_session->isFacilityStaff()) {
        g_lastProblem.reset();
        g_lastLocalProblem =
            QT_TR_NOOP("Alleen een medewerker van de inrichting kan deze tablet koppelen: meld u "
                       "aan als medewerker.");
        emit stateChanged();
        return false;
    }
    const QUrl server(serverUrl.trimmed());
    // A wrong address is said at once, without a worker or a network.
    if (const auto problem = ronde::sync::HttpClient::addressProblem(server)) {
        g_lastProblem = problem;
        g_lastLocalProblem = nullptr;
        emit stateChanged();
        return false;
    }
    return start(std::make_pair(server, code));
}

namespace {

// On the worker: a connection of its own to the tablet's database, and the whole sync on it.
SyncController::Outcome
syncOnOwnConnection(const Session::Location &where,
                    const std::optional<std::pair<QUrl, QString>> &enrolment)
{
    SyncController::Outcome outcome;
    try {
        ronde::Store store(where.path, ronde::systemClock(), where.key, ronde::StoreRole::Tablet);
        // One change per detainee (re-reading one takes in all of theirs), and every other
        // registry change (staff, units).
        std::set<std::string> detainees;
        store.changes().subscribe([&](const ronde::Change &change) {
            if (change.detaineeId.empty() || detainees.insert(change.detaineeId).second) {
                outcome.changes.push_back(change);
            }
        });
        ronde::sync::HttpClient client(store);
        if (enrolment) {
            outcome.enrolError =
                client.enrol(enrolment->first, enrolment->second, QSysInfo::machineHostName());
            if (!outcome.enrolError.isEmpty()) {
                return outcome;
            }
        }
        outcome.summary = client.syncOnce();
        if (outcome.summary.ok) {
            ronde::sync::TabletSync(store).noteSuccess();
        }
        outcome.clock = store.events().clock().last();
        // Many detainees changed: evaluate the facility here, not on the UI thread.
        if (outcome.changes.size() > kFewChanges) {
            if (const auto linked = ronde::sync::TabletSync(store).enrolment()) {
                outcome.evaluations =
                    ronde::FacilityEvaluations(store, linked->facilityId, ronde::todayInAmsterdam())
                        .release();
            }
        }
    } catch (const std::exception &e) {
        // Kept as a problem like any other, so that the status bar says it (and rewords it).
        const ronde::sync::SyncProblem problem{ronde::sync::SyncProblem::Kind::DatabaseUnavailable,
                                               QString::fromUtf8(e.what()), 0};
        outcome.summary.ok = false;
        outcome.summary.problem = problem;
        outcome.summary.error = problem.words();
        if (enrolment) {
            outcome.enrolError = outcome.summary.error;
        }
    }
    return outcome;
}

} // namespace
