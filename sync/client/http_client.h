#pragma once

#include "http_session.h"
#include "tablet_sync.h"

#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace ronde {
class Store;
}

namespace ronde::sync {

// Why a sync or a link did not complete: a value; words() says it in the user's language
// (context "ronde::sync", in the app's catalogue).
struct SyncProblem
{
    enum class Kind
    {
        NotEnrolled,
        BadAddress,
        BadCertificateFile,
        NoConnection,
        CertificateMismatch,
        UnknownDevice, // 401
        TooLarge,      // 413
        AppTooOld,     // 426
        ServerError,   // any other status
        Revoked,       // 403 wipe: the data is gone
        UnexpectedAnswer,
        AnswerNotApplied,
        DatabaseUnavailable, // this tablet's own database could not be opened or read
        NoEnd
    };
    Kind kind = Kind::NoEnd;
    QString detail; // the server's or the network's own words, or the status
    int status = 0;
    int networkErrorCode = 0; // QNetworkReply::NetworkError, for NoConnection
    QString words() const;
};

struct SyncSummary
{
    bool ok = false;
    std::optional<SyncProblem> problem; // when !ok
    QString error;                      // problem->words(), for the user
    int rounds = 0;
    int pushed = 0;
    int pulled = 0;
    bool wiped = false; // the server revoked this device; its data is gone
    // Changes the server refused, kept on this device with its reasons (Outbox::refused).
    // A sync can complete (ok) and still leave refusals: it never counts them as sent.
    int refused = 0;
};

// Talks to ronde-server over HTTP(S) with Qt Network. Blocking (it runs its own event loop),
// for `ronde --enrol` / `--sync-once` and the app's sync button, which calls it from the UI
// thread between frames.
class HttpClient
{
public:
    explicit HttpClient(Store &store);

    // Trades a one-time code for a device identity and saves it. With a certificate (PEM),
    // the tablet trusts that certificate only, now and for every later sync (pinning).
    // Returns "" or a Dutch error.
    QString enrol(const QUrl &server, const QString &code, const QString &deviceName,
                  const QByteArray &serverCertificatePem = {});
    // "" for an address a tablet can enrol with (http or https), else the Dutch reason.
    static QString serverAddressProblem(const QUrl &server);
    // The same, kept as a problem, to be worded again in another language.
    static std::optional<SyncProblem> addressProblem(const QUrl &server);
    // Where a tablet of `facilityId` syncs: /v1/sync on the server, with its facility as a
    // hint for a balancer in front (docs/DEPLOYMENT.md: nginx sends a facility's tablets to
    // one process, where its log and events are held already). The server never reads it:
    // a device's facility is the one it was enrolled in.
    static QUrl syncAddress(const QUrl &server, const std::string &facilityId);
    // Pushes the outbox and pulls until both directions are drained; never reports success
    // for a sync that did not complete. progress: (rounds, pushed, pulled) after each round.
    SyncSummary syncOnce(const std::function<void(int, int, int)> &progress = {});

private:
    using Reply = HttpReply;
    static SyncProblem connectionProblem(const Reply &reply);

    Store &m_store;
    TabletSync m_tablet;
};

} // namespace ronde::sync
