// A facility's staff and visitors in the registry (RegistryRepository): their accounts,
// standing and PIN hashes. Apart from the rest of the registry's reads and writes, which
// fill a file of their own.
#include "change_notifier.h"
#include "database.h"
#include "model/problem.h"
#include "model/validation.h"
#include "registry_repository.h"

namespace ronde {
namespace {

constexpr const char *kUserColumns =
    "SELECT id, COALESCE(facility_id, ''), name, role, organisation, review_mandate, active, "
    "pin_hash FROM users ";

User userFromRow(const Statement &row)
{
    User u;
    u.id = row.text(0);
    u.facilityId = row.text(1);
    u.name = row.text(2);
    u.role = enumColumn<Role>(row, 3);
    u.organisation = row.text(4);
    u.reviewMandate = row.int64(5) != 0;
    u.active = row.int64(6) != 0;
    u.pinHash = row.text(7);
    return u;
}

} // namespace

void RegistryRepository::upsert(const User &user)
{
    validate(user);
    if (!user.facilityId.empty() && !facility(user.facilityId)) {
        throw ValidationError({ProblemCode::UnknownFacility, "facilityId", user.facilityId});
    }
    m_db.prepare("INSERT INTO users (id, facility_id, name, role, organisation, review_mandate, "
                 "active, pin_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                 "facility_id = excluded.facility_id, name = excluded.name, role = excluded.role, "
                 "organisation = excluded.organisation, review_mandate = excluded.review_mandate, "
                 "active = excluded.active, pin_hash = excluded.pin_hash")
        .bind(1, user.id)
        .bind(2, user.facilityId.empty() ? std::optional<std::string>() : user.facilityId)
        .bind(3, user.name)
        .bind(4, nameOf(user.role))
        .bind(5, user.organisation)
        .bind(6, user.reviewMandate)
        .bind(7, user.active)
        .bind(8, user.pinHash)
        .run();
    m_notifier.notify({Change::Kind::Registry, user.id, {}});
}

void RegistryRepository::setActive(const std::string &userId, bool active)
{
    m_db.prepare("UPDATE users SET active = ? WHERE id = ?").bind(1, active).bind(2, userId).run();
    m_notifier.notify({Change::Kind::Registry, userId, {}});
}

void RegistryRepository::setOrganisation(const std::string &userId, const std::string &organisation)
{
    m_db.prepare("UPDATE users SET organisation = ? WHERE id = ?")
        .bind(1, organisation)
        .bind(2, userId)
        .run();
    m_notifier.notify({Change::Kind::Registry, userId, {}});
}

void RegistryRepository::setPinHash(const std::string &userId, const std::string &pinHash)
{
    m_db.prepare("UPDATE users SET pin_hash = ? WHERE id = ?")
        .bind(1, pinHash)
        .bind(2, userId)
        .run();
}

std::optional<User> RegistryRepository::user(const std::string &id)
{
    Statement &row = m_db.prepare(std::string(kUserColumns) + "WHERE id = ?");
    row.bind(1, id);
    if (!row.step()) {
        return std::nullopt;
    }
    User u = userFromRow(row);
    row.reset();
    return u;
}

std::vector<User> RegistryRepository::users(const std::string &facilityId)
{
    Statement &row =
        m_db.prepare(std::string(kUserColumns) + "WHERE facility_id = ? ORDER BY name");
    row.bind(1, facilityId);
    std::vector<User> result;
    while (row.step()) {
        result.push_back(userFromRow(row));
    }
    return result;
}

} // namespace ronde
