#include "device_repository.h"

#include "database.h"

namespace ronde {

DeviceRepository::DeviceRepository(Database &db)
    : m_db(db)
{}

void DeviceRepository::addCode(const std::string &codeHash, const std::string &facilityId,
                               const std::string &deviceName, int64_t createdAtMs,
                               int64_t expiresAtMs)
{
    m_db.prepare("INSERT INTO enrolment_codes (code_hash, facility_id, name, created_at, "
                 "expires_at) VALUES (?, ?, ?, ?, ?)")
        .bind(1, codeHash)
        .bind(2, facilityId)
        .bind(3, deviceName)
        .bind(4, createdAtMs)
        .bind(5, expiresAtMs)
        .run();
}

bool DeviceRepository::withdrawCode(const std::string &codeHash)
{
    m_db.prepare("UPDATE enrolment_codes SET withdrawn = 1 WHERE code_hash = ? AND used_by IS NULL")
        .bind(1, codeHash)
        .run();
    return m_db.changes() > 0;
}

std::optional<EnrolmentCode> DeviceRepository::code(const std::string &codeHash)
{
    // A code made before codes expired has no expiry: it is taken as a day after it was made.
    Statement &row = m_db.prepare(
        "SELECT facility_id, name, used_by, COALESCE(expires_at, created_at + 86400000), "
        "withdrawn FROM enrolment_codes WHERE code_hash = ?");
    row.bind(1, codeHash);
    if (!row.step()) {
        return std::nullopt;
    }
    EnrolmentCode code{row.text(0), row.text(1), !row.isNull(2), row.int64(4) != 0, row.int64(3)};
    row.reset();
    return code;
}

void DeviceRepository::markCodeUsed(const std::string &codeHash, const std::string &deviceId)
{
    m_db.prepare("UPDATE enrolment_codes SET used_by = ? WHERE code_hash = ?")
        .bind(1, deviceId)
        .bind(2, codeHash)
        .run();
}

void DeviceRepository::add(const DeviceRecord &device)
{
    m_db.prepare("INSERT INTO devices (id, facility_id, name, secret_hash, revoked, enrolled_at, "
                 "pin_key) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, device.id)
        .bind(2, device.facilityId)
        .bind(3, device.name)
        .bind(4, device.secretHash)
        .bind(5, device.revoked)
        .bind(6, device.enrolledAtMs)
        .bind(7, device.pinKey)
        .run();
}

namespace {

constexpr const char *kDeviceColumns =
    "d.id, d.facility_id, d.name, d.secret_hash, d.revoked, d.enrolled_at, d.pin_key, f.name "
    "FROM devices d JOIN facilities f ON f.id = d.facility_id";

DeviceRecord deviceFrom(const Statement &row)
{
    return {row.text(0),       row.text(1),  row.text(2), row.text(3),
            row.int64(4) != 0, row.int64(5), row.text(6), row.text(7)};
}

} // namespace

std::optional<DeviceRecord> DeviceRepository::device(const std::string &id)
{
    Statement &row = m_db.prepare(std::string("SELECT ") + kDeviceColumns + " WHERE d.id = ?");
    row.bind(1, id);
    if (!row.step()) {
        return std::nullopt;
    }
    DeviceRecord found = deviceFrom(row);
    row.reset();
    return found;
}

bool DeviceRepository::revoke(const std::string &id)
{
    m_db.prepare("UPDATE devices SET revoked = 1 WHERE id = ?").bind(1, id).run();
    return m_db.changes() > 0;
}

std::vector<DeviceRecord> DeviceRepository::all()
{
    Statement &row =
        m_db.prepare(std::string("SELECT ") + kDeviceColumns + " ORDER BY f.name, d.name");
    std::vector<DeviceRecord> devices;
    while (row.step()) {
        devices.push_back(deviceFrom(row));
    }
    return devices;
}

} // namespace ronde
