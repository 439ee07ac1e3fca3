#pragma once

#include "model/registry.h"
#include "util/clock.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ronde {

class Database;
class Statement;
class ChangeNotifier;

// Facilities, units, staff, detainees and volunteer assignments. Written by the roster
// import, the office and sync; read everywhere. Upserts are idempotent on the id.
class RegistryRepository
{
public:
    RegistryRepository(Database &db, ChangeNotifier &notifier, Clock clock);

    void upsert(const Facility &facility);
    void upsert(const Unit &unit);
    void upsert(const User &user);
    // One field of a user, for the office's `user disable`, `enable` and `organisation`: the
    // rest of a user read a moment before is not written back, so a PIN a tablet's sync
    // changed meanwhile stays, and so does another office command's change.
    void setActive(const std::string &userId, bool active);
    void setOrganisation(const std::string &userId, const std::string &organisation);
    // Inside a write transaction: holds a set of names until it ends, so that a check that a
    // name is free and the write that takes it stay together with another process doing the
    // same (PostgreSQL; SQLite's write transactions are exclusive already). The names of one
    // facility's staff and units, or, without a facility, the facilities' own names. Held
    // from the next statement on (PostgreSQL sends it with that one): call it before the check.
    void holdNames(const std::string &facilityId = {});
    // Replaces the detainee's exclusions with the given ones. A number already used by
    // another detainee of the facility is refused. Keeps the detainee's stays: a new
    // facility is a transfer (the open stay ends and the next begins on the day of the new
    // admission, or today when the registry gives no later day), a departure date ends the
    // stay as a discharge. On the server a transfer also moves the detainee's history to the
    // end of the new facility's sync stream, so its tablets pull it (server_log).
    void upsert(const Detainee &detainee);
    // The office's transfer: the detainee leaves their facility at the end of `day` and is in
    // `facilityId` from that day on (both may record on it), as one action. Refused for a
    // detainee who is there already or has left, or a day before the current stay or after
    // today.
    void transfer(const std::string &detaineeId, const std::string &facilityId,
                  const std::string &unitId, const Date &day);
    void assign(const std::string &userId, const std::string &detaineeId);
    // The detainee's mentor (R1.2's caseload, "Mijn werk"): this one, and no other mentor.
    void assignMentor(const std::string &mentorId, const std::string &detaineeId);
    // Every assignment goes (a tablet replaces them with the registry's).
    void clearAssignments();
    void setPinHash(const std::string &userId, const std::string &pinHash);
    // Removes a detainee with everything recorded about them (a tablet's purge when they
    // left its scope; docs/RULES.md "Privacy"). The server never does this: on PostgreSQL,
    // the server's engine only, it throws a DatabaseError (registry_removal.cpp).
    void remove(const std::string &detaineeId);

    std::optional<Facility> facility(const std::string &id);
    // Changes with every change of what the facility's registry holds: its name, units,
    // staff, detainees, their exclusions and assignments (set by the schema's triggers, in
    // the changing transaction). Equal numbers, equal registry. 0 for no such facility.
    int64_t generation(const std::string &facilityId);
    // What people type on a command line or in a roster: a facility's id or its name.
    std::optional<Facility> findFacility(const std::string &idOrName);
    // A unit by id or name, of one facility (or of any when facilityId is empty).
    std::optional<Unit> findUnit(const std::string &facilityId, const std::string &idOrName);
    std::vector<Facility> facilities();
    std::vector<Unit> units(const std::string &facilityId);
    std::optional<User> user(const std::string &id);
    std::vector<User> users(const std::string &facilityId);
    std::optional<Detainee> detainee(const std::string &id);
    bool hasDetainee(const std::string &id);
    // The detainees with a number (numbers are a facility's), of one facility when
    // `facility` (its id or name) is given, by facility name; `present`: only who has not left.
    std::vector<std::string> detaineeIdsNumbered(const std::string &number,
                                                 const std::string &facility = {},
                                                 bool present = false);
    // Ordered by name. An empty unitId means the whole facility.
    std::vector<Detainee> detainees(const std::string &facilityId, const std::string &unitId = {});
    std::vector<std::string> assignedDetaineeIds(const std::string &userId);
    // Every assignment of a facility's staff, (user, detainee), in that order: one query,
    // for the registry a sync sends.
    std::vector<std::pair<std::string, std::string>> assignmentsOf(const std::string &facilityId);
    // Every stay of the detainee, oldest first.
    std::vector<Stay> stays(const std::string &detaineeId);
    // Many detainees at once, with their exclusions, and their stays (oldest first): two and
    // one queries for a push's detainees, not three per detainee. Unknown ids are left out.
    std::vector<Detainee> detaineesById(const std::vector<std::string> &ids);
    std::map<std::string, std::vector<Stay>> staysOf(const std::vector<std::string> &detaineeIds);

private:
    void upsertInTransaction(const Detainee &detainee, std::optional<Date> transferDay = {});
    std::vector<Exclusion> exclusionsOf(const std::string &detaineeId);
    // Adds the rows of `exclusions` (detainee_id, ground, from_on, to_on) to their detainees.
    void addExclusions(std::vector<Detainee> &detainees, Statement &exclusions);
    // `known`: the detainee's stays before this upsert.
    void keepStays(const Detainee &detainee, const std::vector<Stay> &known,
                   std::optional<Date> transferDay);
    void insertStay(const Stay &stay);
    void moveHistory(const std::string &detaineeId, const std::string &facilityId);

    Database &m_db;
    ChangeNotifier &m_notifier;
    Clock m_clock;
};

} // namespace ronde
