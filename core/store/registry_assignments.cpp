// Who is assigned to whom (RegistryRepository): a volunteer's or care provider's clients
// (need to know), a mentor's caseload ("Mijn werk"). Apart from the rest of the registry's
// reads and writes, which fill a file of their own.
#include "change_notifier.h"
#include "database.h"
#include "model/problem.h"
#include "registry_repository.h"

namespace ronde {

void RegistryRepository::clearAssignments()
{
    m_db.exec("DELETE FROM assignments");
}

void RegistryRepository::assign(const std::string &userId, const std::string &detaineeId)
{
    if (!user(userId)) {
        throw ValidationError({ProblemCode::UnknownUser, "userId", userId});
    }
    if (!detainee(detaineeId)) {
        throw ValidationError({ProblemCode::UnknownDetainee, "detaineeId", detaineeId});
    }
    m_db.prepare("INSERT INTO assignments (user_id, detainee_id) VALUES (?, ?) "
                 "ON CONFLICT DO NOTHING")
        .bind(1, userId)
        .bind(2, detaineeId)
        .run();
    m_notifier.notify({Change::Kind::Registry, userId, detaineeId});
}

void RegistryRepository::assignMentor(const std::string &mentorId, const std::string &detaineeId)
{
    const std::optional<User> mentor = user(mentorId);
    if (!mentor || mentor->role != Role::Mentor) {
        throw ValidationError({ProblemCode::UnknownUser, "mentor", mentorId});
    }
    // One mentor per detainee: another mentor's assignment goes.
    m_db.prepare("DELETE FROM assignments WHERE detainee_id = ? AND user_id <> ? AND user_id IN "
                 "(SELECT id FROM users WHERE role = 'mentor')")
        .bind(1, detaineeId)
        .bind(2, mentorId)
        .run();
    assign(mentorId, detaineeId);
}

std::vector<std::string> RegistryRepository::assignedDetaineeIds(const std::string &userId)
{
    Statement &row = m_db.prepare("SELECT detainee_id FROM assignments WHERE user_id = ?");
    row.bind(1, userId);
    std::vector<std::string> result;
    while (row.step()) {
        result.push_back(row.text(0));
    }
    return result;
}

std::vector<std::pair<std::string, std::string>>
RegistryRepository::assignmentsOf(const std::string &facilityId)
{
    Statement &row = m_db.prepare("SELECT a.user_id, a.detainee_id FROM assignments a JOIN users u "
                                  "ON u.id = a.user_id WHERE u.facility_id = ? "
                                  "ORDER BY a.user_id, a.detainee_id");
    row.bind(1, facilityId);
    std::vector<std::pair<std::string, std::string>> result;
    while (row.step()) {
        result.emplace_back(row.text(0), row.text(1));
    }
    row.reset();
    return result;
}

} // namespace ronde
