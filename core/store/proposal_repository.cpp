#include "proposal_repository.h"

#include "database.h"

namespace ronde {

ProposalRepository::ProposalRepository(Database &db)
    : m_db(db)
{}

std::vector<std::string> ProposalRepository::unseenBy(const std::string &originDevice,
                                                      int64_t afterSeq,
                                                      const std::string &detaineeId,
                                                      const std::string &field,
                                                      const std::string &proposalId)
{
    Statement &row = m_db.prepare(
        "SELECT l.event_id FROM server_log l JOIN events e ON e.id = l.event_id "
        "JOIN proposals p ON p.event_id = e.id WHERE e.type = 'proposal' AND "
        "e.detainee_id = ? AND p.field = ? AND l.seq > ? AND l.origin <> ? AND l.event_id <> ?");
    row.bind(1, detaineeId)
        .bind(2, field)
        .bind(3, afterSeq)
        .bind(4, originDevice)
        .bind(5, proposalId);
    std::vector<std::string> ids;
    while (row.step()) {
        ids.push_back(row.text(0));
    }
    return ids;
}

void ProposalRepository::flagParallel(const std::string &a, const std::string &b, int64_t atMs)
{
    Statement &flag =
        m_db.prepare("INSERT INTO parallel_updates (proposal_id, parallel_to, detected_at) "
                     "VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    flag.bind(1, a).bind(2, b).bind(3, atMs).run();
    flag.bind(1, b).bind(2, a).bind(3, atMs).run();
}

std::vector<std::string> ProposalRepository::parallelTo(const std::string &proposalId)
{
    Statement &row = m_db.prepare(
        "SELECT parallel_to FROM parallel_updates WHERE proposal_id = ? ORDER BY parallel_to");
    row.bind(1, proposalId);
    std::vector<std::string> ids;
    while (row.step()) {
        ids.push_back(row.text(0));
    }
    return ids;
}

std::vector<ProposalListing> ProposalRepository::all(const std::string &facilityId)
{
    Statement &row = m_db.prepare(
        "SELECT e.id, e.occurred_at, d.number, d.name, p.field, "
        "CASE WHEN p.field = 'unit' THEN COALESCE((SELECT name FROM units WHERE id = "
        "p.value), p.value) ELSE p.value END, CASE WHEN p.field = 'unit' THEN COALESCE(("
        "SELECT name FROM units WHERE id = p.seen_value), p.seen_value) ELSE p.seen_value END, "
        "u.name FROM events e JOIN proposals p ON p.event_id = e.id "
        "JOIN detainees d ON d.id = e.detainee_id JOIN users u ON u.id = e.author_id "
        "WHERE e.type = 'proposal' AND (? = '' OR d.facility_id = ?) ORDER BY e.hlc");
    row.bind(1, facilityId).bind(2, facilityId);
    std::vector<ProposalListing> result;
    while (row.step()) {
        result.push_back({row.text(0), row.int64(1), row.text(2), row.text(3), row.text(4),
                          row.text(5), row.text(6), row.text(7)});
    }
    return result;
}

} // namespace ronde
