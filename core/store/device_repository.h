#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ronde {

class Database;

// A one-time enrolment code as the server keeps it (by its SHA-256 hash only).
struct EnrolmentCode
{
    std::string facilityId;
    std::string deviceName;
    bool used = false;
    bool withdrawn = false;
    int64_t expiresAtMs = 0;
};

// An enrolled device as the server knows it.
struct DeviceRecord
{
    std::string id;
    std::string facilityId;
    std::string name;
    std::string secretHash; // SHA-256 of the device secret
    bool revoked = false;
    int64_t enrolledAtMs = 0;
    std::string pinKey;       // shared for sealed PIN hashes; "" for a device enrolled before
    std::string facilityName; // filled in by all()
};

// The server's devices and enrolment codes (tables devices, enrolment_codes).
class DeviceRepository
{
public:
    explicit DeviceRepository(Database &db);

    void addCode(const std::string &codeHash, const std::string &facilityId,
                 const std::string &deviceName, int64_t createdAtMs, int64_t expiresAtMs);
    // False when there is no such code or it was used already.
    bool withdrawCode(const std::string &codeHash);
    std::optional<EnrolmentCode> code(const std::string &codeHash);
    void markCodeUsed(const std::string &codeHash, const std::string &deviceId);

    void add(const DeviceRecord &device);
    std::optional<DeviceRecord> device(const std::string &id);
    // False when there is no such device.
    bool revoke(const std::string &id);
    // Every device, by facility name and device name.
    std::vector<DeviceRecord> all();

private:
    Database &m_db;
};

} // namespace ronde
