#include "sync_controller.h"

#include "client/http_client.h"
#include "store/store.h"
#include "util/local_time.h"

#include <QNetworkInformation>
#include <QSysInfo>

namespace {

constexpr int kRegularSeconds = 15 * 60; // docked tablets sync every quarter of an hour
constexpr int kFirstRetrySeconds = 30;
constexpr int kMaxRetrySeconds = 30 * 60;

} // namespace

SyncController::SyncController(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
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

void SyncController::networkReachable()
{
    // Queued: not inside the platform's signal, and never while a sync runs.
    QTimer::singleShot(0, this, [this] {
        if (!m_busy) {
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
    const std::string at = m_session->store()->deviceState().value("last_sync_ok");
    return at.empty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(std::stoll(at));
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
    if (!m_session || !m_session->store() || m_busy) {
        return false;
    }
    m_session->store()->outbox().resendRefused();
    return syncNow();
}

bool SyncController::syncNow()
{
    if (m_busy || !enrolled()) {
        return false; // never two at once
    }
    m_busy = true;
    emit stateChanged();
    ronde::Store &store = *m_session->store();
    const ronde::sync::SyncSummary summary = ronde::sync::HttpClient(store).syncOnce();
    m_busy = false;
    if (summary.ok) {
        store.deviceState().set("last_sync_ok", std::to_string(store.clock()()));
        m_lastError.clear();
    } else {
        m_lastError = summary.error;
    }
    schedule(!summary.ok);
    emit stateChanged();
    if (summary.wiped && m_session) {
        m_session->lock();
        m_session->refreshTexts();
    }
    return summary.ok;
}

void SyncController::schedule(bool failed)
{
    // After a failure: 30 s, then doubling up to 30 min. After success: the regular interval.
    m_retrySeconds = failed ? (m_retrySeconds == 0 ? kFirstRetrySeconds
                                                   : std::min(m_retrySeconds * 2, kMaxRetrySeconds))
                            : 0;
    m_timer.start((failed ? m_retrySeconds : kRegularSeconds) * 1000);
}

QString SyncController::enrol(const QString &serverUrl, const QString &code)
{
    if (!m_session || !m_session->store()) {
        return tr("Er is geen database geopend.");
    }
    const QString error = ronde::sync::HttpClient(*m_session->store())
                              .enrol(QUrl(serverUrl.trimmed()), code, QSysInfo::machineHostName());
    emit stateChanged();
    if (error.isEmpty()) {
        syncNow();
    }
    return error;
}
