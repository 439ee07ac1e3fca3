#include "database_key_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <unistd.h>

namespace {

QString keystoreEntry(const QString &databasePath)
{
    return "database-key:" + QFileInfo(databasePath).absoluteFilePath();
}

QString keyFileWarning(const QString &keyFile)
{
    return QCoreApplication::translate("keystore",
                                       "Er is geen sleutelbos op dit systeem: de sleutel van de "
                                       "database staat in %1, alleen leesbaar voor deze gebruiker.")
        .arg(keyFile);
}

// The key file, created with mode 0600 from the start (never briefly readable by others),
// and never over an existing one.
bool writeKeyFile(const QString &path, const ronde::DatabaseKey &key)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return false;
    }
    const std::string text = key.hex() + "\n";
    const bool written =
        ::write(fd, text.data(), text.size()) == ssize_t(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        ::unlink(name.constData());
    }
    return written;
}

DatabaseKeyLookup readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt,
                {},
                QCoreApplication::translate("keystore",
                                            "Het sleutelbestand %1 kan niet worden gelezen.")
                    .arg(path)};
    }
    const auto key = ronde::DatabaseKey::fromHex(file.readAll().trimmed().toStdString());
    if (!key) {
        return {
            std::nullopt,
            {},
            QCoreApplication::translate(
                "keystore", "Het sleutelbestand %1 is beschadigd. De database is niet gewijzigd.")
                .arg(path)};
    }
    QString warning = keyFileWarning(path);
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                        QFileDevice::WriteOther;
    if (file.permissions() & others) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        warning +=
            " " + QCoreApplication::translate(
                      "keystore", "Het bestand was ook voor anderen leesbaar; dat is hersteld.");
    }
    return {key, warning, {}};
}

} // namespace

QString keyFilePath(const QString &databasePath)
{
    return databasePath + ".key";
}

DatabaseKeyLookup databaseKeyFor(const QString &databasePath, SecretBackend &keystore)
{
    const QString keyFile = keyFilePath(databasePath);
    if (QFileInfo::exists(keyFile)) {
        return readKeyFile(keyFile);
    }
    const SecretBackend::ReadResult stored = keystore.read(keystoreEntry(databasePath));
    if (stored.status == SecretBackend::Status::Found) {
        if (const auto key = ronde::DatabaseKey::fromHex(stored.secret.toStdString())) {
            return {key, {}, {}};
        }
        return {std::nullopt,
                {},
                QCoreApplication::translate(
                    "keystore",
                    "De sleutel in de sleutelbos is beschadigd. De database is niet gewijzigd.")};
    }
    if (ronde::sqliteFileKind(databasePath.toStdString()) == ronde::SqliteFileKind::Encrypted) {
        return {std::nullopt,
                {},
                QCoreApplication::translate(
                    "keystore",
                    "De sleutel van de versleutelde database %1 is niet gevonden (niet in de "
                    "sleutelbos en niet in %2). De database is niet gewijzigd.")
                    .arg(databasePath, keyFile)};
    }

    const ronde::DatabaseKey fresh = ronde::DatabaseKey::generate();
    QString detail;
    if (stored.status == SecretBackend::Status::NotFound &&
        keystore.write(keystoreEntry(databasePath), QByteArray::fromStdString(fresh.hex()),
                       &detail)) {
        return {fresh, {}, {}};
    }
    if (!writeKeyFile(keyFile, fresh)) {
        return {std::nullopt,
                {},
                QCoreApplication::translate(
                    "keystore",
                    "Er is geen sleutelbos en het sleutelbestand %1 kan niet worden gemaakt.")
                    .arg(keyFile)};
    }
    return {fresh, keyFileWarning(keyFile), {}};
}
