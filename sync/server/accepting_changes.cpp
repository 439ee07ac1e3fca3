// What a change a tablet pushes must pass before it is stored (its scope here, the rules in
// EventRepository), and what its acceptance writes beside it: the refusal the office sees,
// the sequence numbers, flags on parallel registry proposals. The rest of SyncService is in
// sync_service.cpp.
#include "model/problem.h"
#include "model/validation.h"
#include "policy/wording.h"
#include "store/store.h"
#include "sync_service.h"
#include "util/local_time.h"
#include "util/uuid.h"

#include <algorithm>

namespace ronde::sync {

std::optional<Ack>
SyncService::refusedForScope(const AnyEvent &event, const Device &device,
                             const std::unordered_map<std::string, std::string> &sent)
{
    const EventHeader &header = headerOf(event);
    const auto refused = [&](const std::string &reason) {
        noteRefusal(device, header, reason);
        return Ack{header.id, false, reason};
    };
    // Scope: a device writes only for a stay in its own facility, judged on the day the
    // event happened, so a record made before a transfer still counts where it was made.
    // The rest of the batch still applies. (An unknown detainee is refused by import, with
    // its own reason.)
    if (!isUuid(header.id)) {
        return Ack{header.id.substr(0, 40), false, "ongeldig id"}; // noted nowhere: not an event
    }
    // A device's clock moves only its own records, and only so far (kDeviceClockSkewMs).
    const int64_t latest = m_store.clock()() + kDeviceClockSkewMs;
    if (HlcStamp::unpack(header.hlc).wallMs > latest || header.occurredAtMs > latest) {
        return refused("de klok van dit apparaat loopt meer dan een week voor op de server");
    }
    const Date day = amsterdamFromUtc(header.occurredAtMs).date;
    const std::vector<Stay> &stays = m_store.events().cachedStays(header.detaineeId);
    const bool inOwnStay = std::any_of(stays.begin(), stays.end(), [&](const Stay &stay) {
        return stay.facilityId == device.facilityId && stay.contains(day);
    });
    const bool ownFacility = std::any_of(stays.begin(), stays.end(), [&](const Stay &stay) {
        return stay.facilityId == device.facilityId;
    });
    if (!stays.empty() && !ownFacility) {
        return refused("gedetineerde hoort bij een andere inrichting");
    }
    if (!stays.empty() && !inOwnStay) {
        return refused("volgens het register was de gedetineerde op " +
                       wording::dutchDate(day, Date{}) + " niet in deze inrichting");
    }
    // The author is staff of the device's facility: a tablet writes for its own people only
    // (the role's permissions are checked by import, with the same predicates as on the
    // tablet: model/access.h). An unknown author is refused by import.
    const std::optional<User> &author = m_store.events().cachedUser(header.authorId);
    if (author && author->facilityId != device.facilityId) {
        return refused("de auteur is geen medewerker van de inrichting van dit apparaat");
    }
    // A correction replaces what its own facility's staff wrote, never another facility's
    // (a detainee who moved back and forth: their earlier records are on both sides). And
    // who wrote a record answers for it: it is corrected by its author only, as the tablet
    // offers (model/access.h: canCorrectContactBy, canCorrectReviewBy).
    if (header.supersedes) {
        auto original = m_store.events().authorOfEvent(*header.supersedes);
        if (const auto with = sent.find(*header.supersedes); !original && with != sent.end()) {
            // Sent with it, not stored yet: its author must pass this same scope (a record
            // of another facility's staff is refused on its own).
            original = EventRepository::EventAuthor{with->second, device.facilityId};
        }
        if (original && original->facilityId != device.facilityId) {
            return refused("een correctie van een registratie van een andere inrichting");
        }
        if (original && original->userId != header.authorId) {
            return refused("een correctie van een registratie van iemand anders");
        }
    }
    return std::nullopt;
}

std::vector<Ack> SyncService::acceptAll(const std::vector<AnyEvent> &changes, const Device &device,
                                        int64_t cursor, std::vector<bool> &newHere)
{
    // Each change is checked against the device's scope on its own; the contacts among what
    // passes (nearly everything a tablet sends) go in together, a few statements for all of
    // them, and the rest one by one. The answers keep the order sent.
    std::vector<std::optional<Ack>> acks(changes.size());
    newHere.assign(changes.size(), false);
    std::vector<Contact> contacts;
    std::vector<size_t> contactAt;
    // id → author of every change of the request, for a correction of a record sent with it,
    // before or after it (the corrections are stored after the new contacts whatever their
    // order); kept only when the request corrects anything (a push of 5,000 rarely does).
    std::unordered_map<std::string, std::string> sent;
    if (std::any_of(changes.begin(), changes.end(),
                    [](const AnyEvent &e) { return headerOf(e).supersedes.has_value(); })) {
        for (const AnyEvent &e : changes) {
            sent.emplace(headerOf(e).id, headerOf(e).authorId);
        }
    }
    for (size_t i = 0; i < changes.size(); ++i) {
        acks[i] = refusedForScope(changes[i], device, sent);
        if (!acks[i]) {
            if (const auto *contact = std::get_if<Contact>(&changes[i])) {
                contacts.push_back(*contact);
                contactAt.push_back(i);
            }
        }
    }
    // import refuses before it writes; a database error aborts the whole batch. The report's
    // rows of new contacts are left for later: logAccepted numbers every one in this
    // transaction, and the server builds them once pushes calm down (ReportFactsKeeper).
    const EventRepository::BatchImport imported = m_store.events().importContacts(
        contacts, EventRepository::ImportedFrom::Device, EventRepository::NewFacts::Later);
    const std::vector<std::optional<std::string>> &refusals = imported.refusals;
    for (size_t k = 0; k < contacts.size(); ++k) {
        const EventHeader &header = contacts[k].header;
        newHere[contactAt[k]] = imported.newHere[k];
        if (refusals[k]) {
            noteRefusal(device, header, *refusals[k]);
            acks[contactAt[k]] = Ack{header.id, false, *refusals[k]};
        } else {
            acks[contactAt[k]] = Ack{header.id, true, {}};
        }
    }
    for (size_t i = 0; i < changes.size(); ++i) {
        if (acks[i]) {
            continue;
        }
        const AnyEvent &event = changes[i];
        const EventHeader &header = headerOf(event);
        try {
            newHere[i] =
                std::visit([&](const auto &e) { return m_store.events().import(e); }, event);
        } catch (const ValidationError &e) {
            noteRefusal(device, header, e.what());
            acks[i] = Ack{header.id, false, e.what()};
            continue;
        }
        if (const auto *proposal = std::get_if<RegistryProposal>(&event)) {
            flagParallelProposals(*proposal, device, cursor);
        }
        acks[i] = Ack{header.id, true, {}};
    }
    std::vector<Ack> answered;
    for (std::optional<Ack> &ack : acks) {
        answered.push_back(std::move(*ack));
    }
    return answered;
}

void SyncService::noteRefusal(const Device &device, const EventHeader &header,
                              const std::string &reason)
{
    log("apparaat " + escapedForLog(device.id) + ": registratie " + escapedForLog(header.id) +
        " geweigerd: " + escapedForLog(reason));
    // For the office (`ronde-server refusals`): which device holds which refused change and
    // why. Nothing of the change itself is kept.
    m_store.refusals().note(device.id, header.id, header.detaineeId, reason, m_store.clock()());
}

void SyncService::logAccepted(const std::vector<AnyEvent> &changes, const std::vector<Ack> &acks,
                              const std::vector<bool> &newHere, const Device &device)
{
    // Their sequence numbers in the order the device sent them (a correction after what it
    // corrects), all together: on PostgreSQL one statement, where one per event was a round
    // trip each.
    // Each is filed under the facility the detainee is in now, so a record made before a
    // transfer and sent after it reaches the new facility's tablets.
    std::vector<std::string> accepted;
    std::vector<ServerLog::NewEntry> entries;
    bool allNew = true;
    for (size_t i = 0; i < changes.size(); ++i) {
        if (!acks[i].accepted) {
            continue;
        }
        accepted.push_back(acks[i].eventId);
        // Remembered once the sequence locks were held (sync()), so where they are now. (An
        // accepted change names a detainee the registry knows; should one not, append()
        // refuses it.)
        const std::optional<Detainee> &detainee =
            m_store.events().cachedDetainee(headerOf(changes[i]).detaineeId);
        allNew = allNew && newHere[i] && detainee;
        if (allNew) {
            entries.push_back({acks[i].eventId, detainee->facilityId});
        }
    }
    if (accepted.empty()) {
        return;
    }
    if (allNew) {
        // Nothing to look up: the facilities are known, and nothing has a number yet (on
        // PostgreSQL the look-up and the conflict check took half a second of a push of 100k).
        m_store.serverLog().appendNew(entries, device.id);
    } else {
        // A copy (sent again after a lost answer, or twice in one request) keeps the number it
        // has; an event the server stored without one (an import) gets one.
        m_store.serverLog().append(accepted, device.id);
    }
    // A change refused before and accepted now leaves the refusals.
    m_store.refusals().clear(device.id, accepted);
}

void SyncService::flagParallelProposals(const RegistryProposal &proposal, const Device &device,
                                        int64_t cursor)
{
    // Another device's proposal for the same detainee and field that this device had not
    // pulled yet (sequence after its cursor): neither saw the other, so both stand and the
    // office decides. Never one silently over the other (DESIGN "Sync").
    ProposalRepository &proposals = m_store.proposals();
    for (const std::string &other :
         proposals.unseenBy(device.id, cursor, proposal.header.detaineeId,
                            std::string(nameOf(proposal.field)), proposal.header.id)) {
        proposals.flagParallel(proposal.header.id, other, m_store.clock()());
    }
}

} // namespace ronde::sync
