#include "secret_backend.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace {

constexpr auto kService = "nl.ronde.Ronde";

// Runs a qtkeychain job to its end: the jobs are asynchronous, start-up is not.
void runToEnd(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

class QtKeychainBackend final : public SecretBackend
{
public:
    ReadResult read(const QString &entry) override
    {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(entry);
        runToEnd(job);
        switch (job.error()) {
        case QKeychain::NoError:
            return {Status::Found, job.binaryData(), {}};
        case QKeychain::EntryNotFound:
            return {Status::NotFound, {}, job.errorString()};
        default:
            return {Status::Unavailable, {}, job.errorString()};
        }
    }

    bool write(const QString &entry, const QByteArray &secret, QString *detail) override
    {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(entry);
        job.setBinaryData(secret);
        runToEnd(job);
        if (detail) {
            *detail = job.errorString();
        }
        return job.error() == QKeychain::NoError;
    }
};

} // namespace

std::unique_ptr<SecretBackend> platformKeystore()
{
    return std::make_unique<QtKeychainBackend>();
}
