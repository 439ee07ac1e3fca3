#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

// A place for small secrets that outlives the app: the platform keystore (Android Keystore,
// iOS Keychain, the desktop's Secret Service or KWallet) through qtkeychain. An interface, so
// that tests can stand in a keystore that works, or one that is missing.
class SecretBackend
{
public:
    enum class Status
    {
        Found,
        NotFound,   // the keystore works, and has no such entry
        Unavailable // no keystore on this system, or it refused
    };
    struct ReadResult
    {
        Status status = Status::Unavailable;
        QByteArray secret;
        QString detail; // the keystore's own words, for the log
    };

    virtual ~SecretBackend() = default;
    virtual ReadResult read(const QString &entry) = 0;
    // True when stored.
    virtual bool write(const QString &entry, const QByteArray &secret, QString *detail) = 0;
};

// The platform keystore through qtkeychain (service "nl.ronde.Ronde"). Blocks until the
// keystore answers; it is asked once, at start.
std::unique_ptr<SecretBackend> platformKeystore();
