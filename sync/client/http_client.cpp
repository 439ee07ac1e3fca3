#include "http_client.h"

#include "protocol/wire.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrlQuery>
#include <algorithm>
#include <memory>

namespace ronde::sync {
namespace {

// Changes per request: the server's limit (SyncLimits), so that a backlog goes in few round
// trips (a request of 5,000 takes the server about 165 ms; docs/PERFORMANCE.md). A server
// with a lower limit answers 413, and the client halves the batch (syncOnce).
constexpr size_t kBatch = 5000;
constexpr int kMaxRounds = 10'000;

// Every user-facing text of this file is in SyncProblem::words(), and lupdate files those
// tr() calls under the class: that is the context (with "ronde::sync", the English catalogue
// was never found and sync errors stayed Dutch).
QString tr(const char *text)
{
    return QCoreApplication::translate("ronde::sync::SyncProblem", text);
}

SyncProblem statusProblem(int status, const QByteArray &body)
{
    const QString detail = QString::fromUtf8(body.left(300));
    switch (status) {
    case 401:
        return {SyncProblem::Kind::UnknownDevice, detail, status};
    case 413:
        return {SyncProblem::Kind::TooLarge, detail, status};
    case 426:
        return {SyncProblem::Kind::AppTooOld, detail, status};
    default:
        return {SyncProblem::Kind::ServerError, detail, status};
    }
}

// A failed sync, said.
SyncSummary failed(SyncSummary summary, SyncProblem problem)
{
    summary.ok = false;
    summary.error = problem.words();
    summary.problem = std::move(problem);
    return summary;
}

// One sync request on its way, its answer waited for later: the thread that sent it stores
// the last page meanwhile.
class RequestInFlight
{
public:
    RequestInFlight(SyncRequest request, HttpSession &session, const QUrl &url)
        : m_request(std::move(request))
        , m_exchange(session.send(url, encode(m_request)))
    {}
    RequestInFlight(const RequestInFlight &) = delete;
    RequestInFlight &operator=(const RequestInFlight &) = delete;
    // An answer no longer wanted is still waited for: a sync that ends leaves nothing of it
    // on its way to the server.
    ~RequestInFlight() { HttpSession::answer(*m_exchange); }

    const SyncRequest &request() const { return m_request; }
    HttpReply answer() { return HttpSession::answer(*m_exchange); }

private:
    SyncRequest m_request;
    std::shared_ptr<HttpSession::Exchange> m_exchange;
};

} // namespace

QString SyncProblem::words() const
{
    switch (kind) {
    case Kind::NotEnrolled:
        return tr("Dit apparaat is nog niet aangemeld bij een server.");
    case Kind::BadAddress:
        // An address QUrl cannot read at all has no text of its own to show.
        return detail.isEmpty()
                   ? tr("Ongeldig serveradres. Een adres begint met https://, bijvoorbeeld "
                        "https://ronde.example:8443.")
                   : tr("Ongeldig serveradres: “%1”. Een adres begint met https://, bijvoorbeeld "
                        "https://ronde.example:8443.")
                         .arg(detail);
    case Kind::BadCertificateFile:
        return tr("Het servercertificaat is geen geldige PEM.");
    case Kind::NoConnection:
        // The common cases in the user's words; Qt's own (English) otherwise.
        switch (QNetworkReply::NetworkError(networkErrorCode)) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("Geen verbinding met de server: hij neemt niet op (staat hij aan, en "
                      "klopt het adres met de poort?)");
        case QNetworkReply::HostNotFoundError:
            return tr("Geen verbinding met de server: het serveradres is niet gevonden (is er "
                      "netwerk, en klopt de naam?)");
        case QNetworkReply::RemoteHostClosedError:
            return tr("De server verbrak de verbinding.");
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the request's own time limit
            return tr("De server antwoordde niet op tijd.");
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            return tr("Geen verbinding met de server: er is geen netwerk.");
        default:
            return tr("Geen verbinding met de server: %1").arg(detail);
        }
    case Kind::CertificateMismatch:
        return tr("Geen verbinding met de server: het certificaat van de server klopt niet (%1)")
            .arg(detail);
    case Kind::UnknownDevice:
        return tr("De server herkent dit apparaat niet (%1).").arg(detail);
    case Kind::TooLarge:
        return tr("De server weigert een te groot bericht.");
    case Kind::AppTooOld:
        return tr("Deze app is te oud voor de server: werk de app bij.");
    case Kind::ServerError:
        // A server without words of its own (404 from a wrong address): the status, and where
        // to look.
        return detail.trimmed().isEmpty()
                   ? tr("De server antwoordde met fout %1. Klopt het serveradres?").arg(status)
                   : tr("De server antwoordde met fout %1: %2").arg(status).arg(detail);
    case Kind::Revoked:
        return tr("Dit apparaat is ingetrokken door het centrale kantoor; de gegevens zijn "
                  "gewist.");
    case Kind::UnexpectedAnswer:
        return tr("Onverwacht antwoord van de server: %1").arg(detail);
    case Kind::AnswerNotApplied:
        return tr("Het antwoord van de server kon niet worden verwerkt: %1").arg(detail);
    case Kind::DatabaseUnavailable:
        return tr("De database van deze tablet kon niet worden geopend: %1").arg(detail);
    case Kind::NoEnd:
        break;
    }
    return tr("De synchronisatie kwam niet tot een einde.");
}

HttpClient::HttpClient(Store &store)
    : m_store(store)
    , m_tablet(store)
{}

SyncProblem HttpClient::connectionProblem(const Reply &reply)
{
    return {reply.certificateMismatch ? SyncProblem::Kind::CertificateMismatch
                                      : SyncProblem::Kind::NoConnection,
            reply.networkError, 0, reply.networkErrorCode};
}

QString HttpClient::enrol(const QUrl &server, const QString &code, const QString &deviceName,
                          const QByteArray &serverCertificatePem)
{
    if (!serverCertificatePem.isEmpty() &&
        QSslCertificate::fromData(serverCertificatePem, QSsl::Pem).isEmpty()) {
        return SyncProblem{SyncProblem::Kind::BadCertificateFile, {}, 0}.words();
    }
    if (const QString problem = serverAddressProblem(server); !problem.isEmpty()) {
        return problem;
    }
    const Reply reply = postMessage(
        server.resolved(QUrl("/v1/enrol")),
        encode(m_tablet.enrolRequest(code.trimmed().toStdString(), deviceName.toStdString())),
        serverCertificatePem);
    if (reply.status == 0) {
        return connectionProblem(reply).words();
    }
    if (reply.status != 200) {
        return statusProblem(reply.status, reply.body).words();
    }
    EnrolResponse response;
    try {
        decode(std::string_view(reply.body.constData(), size_t(reply.body.size())), response);
    } catch (const WireError &e) {
        return SyncProblem{SyncProblem::Kind::UnexpectedAnswer, QString::fromUtf8(e.what()), 0}
            .words();
    }
    m_tablet.saveEnrolment({server.toString().toStdString(), response.deviceId, response.secret,
                            response.facilityId, serverCertificatePem.toStdString(),
                            response.pinPublicKey});
    return {};
}

std::optional<SyncProblem> HttpClient::addressProblem(const QUrl &server)
{
    // Plain http only to this machine itself (tests, a relay on the loopback): records of
    // detainees never cross a network unencrypted.
    const QString host = server.host();
    const bool loopback =
        host.compare("localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
    if (!server.isValid() ||
        (server.scheme() != "https" && !(server.scheme() == "http" && loopback))) {
        return SyncProblem{SyncProblem::Kind::BadAddress, server.toString(), 0};
    }
    return std::nullopt;
}

QString HttpClient::serverAddressProblem(const QUrl &server)
{
    const std::optional<SyncProblem> problem = addressProblem(server);
    return problem ? problem->words() : QString();
}

QUrl HttpClient::syncAddress(const QUrl &server, const std::string &facilityId)
{
    QUrl address = server.resolved(QUrl("/v1/sync"));
    QUrlQuery query;
    query.addQueryItem("facility", QString::fromStdString(facilityId));
    address.setQuery(query);
    return address;
}

SyncSummary HttpClient::syncOnce(const std::function<void(int, int, int)> &progress)
{
    SyncSummary summary;
    const auto enrolment = m_tablet.enrolment();
    if (!enrolment) {
        return failed(summary, {SyncProblem::Kind::NotEnrolled, {}, 0});
    }
    const QUrl server(QString::fromStdString(enrolment->serverUrl));
    // Checked at every sync, not only when linking: a link made before plain http was refused
    // sends nothing unencrypted either.
    if (const auto problem = addressProblem(server)) {
        return failed(summary, *problem);
    }
    const QUrl url = syncAddress(server, enrolment->facilityId);
    // A server whose limits are lower than ours (413) gets half as much, until it takes it.
    size_t changesPerRequest = kBatch;
    size_t auditPerRequest = TabletSync::kAuditPerRequest;
    constexpr size_t kSmallestRequest = 50;
    // Every request of this sync over the same connection (a TLS handshake is not free).
    HttpSession session(QByteArray::fromStdString(enrolment->serverCertificatePem));
    // A request already sent while the last answer was being stored (canAskAhead).
    std::unique_ptr<RequestInFlight> ahead;
    // What the next request sends, read from the outbox while the server stored the last.
    std::optional<TabletSync::Sendable> readAhead;
    for (summary.rounds = 1; summary.rounds <= kMaxRounds; ++summary.rounds) {
        std::unique_ptr<RequestInFlight> inFlight = std::move(ahead);
        if (!inFlight) {
            inFlight = std::make_unique<RequestInFlight>(
                readAhead && !readAhead->empty()
                    ? m_tablet.requestWith(std::move(*readAhead), auditPerRequest)
                    : m_tablet.nextRequest(changesPerRequest, auditPerRequest),
                session, url);
        }
        readAhead.reset();
        const SyncRequest &request = inFlight->request();
        if (!request.changes.empty() || !request.audit.empty()) {
            readAhead = m_tablet.sendableAfter(request, changesPerRequest, auditPerRequest);
        }
        const Reply reply = inFlight->answer();
        if (reply.status == 0) {
            return failed(summary, connectionProblem(reply));
        }
        if (reply.status == 413 &&
            (changesPerRequest > kSmallestRequest || auditPerRequest > kSmallestRequest)) {
            changesPerRequest = std::max(kSmallestRequest, changesPerRequest / 2);
            auditPerRequest = std::max(kSmallestRequest, auditPerRequest / 2);
            readAhead.reset(); // read after records the server did not take
            continue; // nothing was stored: the same records go again, in a smaller request
        }
        if (reply.status == 403 && reply.body == QByteArray(kWipe)) {
            m_tablet.wipe();
            summary.wiped = true;
            return failed(summary, {SyncProblem::Kind::Revoked, {}, reply.status});
        }
        if (reply.status != 200) {
            return failed(summary, statusProblem(reply.status, reply.body));
        }
        SyncResponse response;
        try {
            decode(std::string_view(reply.body.constData(), size_t(reply.body.size())), response);
        } catch (const WireError &e) {
            return failed(summary,
                          {SyncProblem::Kind::UnexpectedAnswer, QString::fromUtf8(e.what()), 0});
        }
        // The server reads the next page, or stores the next push, while this answer is
        // stored. Should storing it fail, the answer ahead is thrown away, and a next sync
        // does it all again: the cursor it came from was never stored, and what it sent is
        // still waiting here and goes again (requestAfter).
        if (TabletSync::canAskAhead(request, response)) {
            ahead =
                std::make_unique<RequestInFlight>(m_tablet.requestAfter(response), session, url);
        } else if (readAhead && TabletSync::canPushAhead(request, response, *readAhead)) {
            ahead = std::make_unique<RequestInFlight>(
                m_tablet.requestAfter(response, std::move(*readAhead)), session, url);
            readAhead.reset();
        }
        try {
            summary.pulled += int(m_tablet.apply(request, response));
        } catch (const std::exception &e) {
            // apply() is one transaction: nothing of this answer stayed, and the same request
            // goes again next time. Said, not thrown: a sync runs from the app's event loop.
            return failed(summary,
                          {SyncProblem::Kind::AnswerNotApplied, QString::fromUtf8(e.what()), 0});
        }
        for (const Ack &ack : response.acks) {
            summary.pushed += ack.accepted ? 1 : 0;
        }
        summary.refused = int(m_tablet.refused());
        if (progress) {
            progress(summary.rounds, summary.pushed, summary.pulled);
        }
        // Audit entries read ahead that no request carries yet (written by this sync's rounds
        // while the next push was on its way) take one round more.
        const bool auditWaits = readAhead && !readAhead->audit.empty();
        if (m_tablet.finished(request, response, auditPerRequest) && !auditWaits) {
            summary.ok = true;
            return summary;
        }
        if (!request.changes.empty() && response.acks.empty() && !response.more) {
            break; // the server answers none of what it was sent: it would loop forever
        }
        // Otherwise a round follows: more to pull, the rest of the outbox or of the audit log,
        // a record saved while this round was under way, or a refusal put back in line by a
        // new registry.
    }
    return failed(summary, {SyncProblem::Kind::NoEnd, {}, 0});
}

} // namespace ronde::sync
