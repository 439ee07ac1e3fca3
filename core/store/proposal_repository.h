#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ronde {

class Database;

// One line of `ronde-server proposals`.
struct ProposalListing
{
    std::string eventId;
    int64_t occurredAtMs = 0;
    std::string detaineeNumber;
    std::string detaineeName;
    std::string field;     // its stable name (ProposalField)
    std::string value;     // a unit by its name, as the office knows it
    std::string seenValue; // what the proposer saw; a unit by its name
    std::string authorName;
};

// Registry proposals on the server: the ones that ran parallel (two devices proposed for the
// same detainee and field without seeing each other; table parallel_updates), for the office
// to decide between (DESIGN "Sync").
class ProposalRepository
{
public:
    explicit ProposalRepository(Database &db);

    // Other devices' proposals for the detainee's field, numbered after `afterSeq` (which the
    // proposing device had not pulled).
    std::vector<std::string> unseenBy(const std::string &originDevice, int64_t afterSeq,
                                      const std::string &detaineeId, const std::string &field,
                                      const std::string &proposalId);
    // Marks the two as parallel, both ways.
    void flagParallel(const std::string &a, const std::string &b, int64_t atMs);
    std::vector<std::string> parallelTo(const std::string &proposalId);
    // Every proposal, of one facility (or all when empty), in HLC order.
    std::vector<ProposalListing> all(const std::string &facilityId);

private:
    Database &m_db;
};

} // namespace ronde
