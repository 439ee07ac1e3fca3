#include "registry_repository.h"

#include "change_notifier.h"
#include "database.h"
#include "model/problem.h"
#include "model/validation.h"
#include "server_log.h"
#include "util/local_time.h"

#include <unordered_map>

namespace ronde {
namespace {

std::optional<Date> optionalDate(const Statement &row, int column)
{
    if (row.isNull(column)) {
        return std::nullopt;
    }
    return Date::parseIso(row.text(column));
}

std::optional<std::string> optionalIso(const std::optional<Date> &date)
{
    return date ? std::optional(date->iso()) : std::nullopt;
}

constexpr const char *kDetaineeColumns =
    "SELECT id, facility_id, COALESCE(unit_id, ''), number, name, admitted_on, discharged_on, "
    "self_reporter, transferred_from_plus FROM detainees ";

Detainee detaineeFromRow(const Statement &row)
{
    Detainee d;
    d.id = row.text(0);
    d.facilityId = row.text(1);
    d.unitId = row.text(2);
    d.number = row.text(3);
    d.name = row.text(4);
    d.admittedOn = Date::parseIso(row.text(5)).value_or(Date{});
    d.dischargedOn = optionalDate(row, 6);
    d.selfReporter = row.int64(7) != 0;
    d.transferredFromPlus = row.int64(8) != 0;
    return d;
}

Facility facilityFromRow(const Statement &row)
{
    return {row.text(0), row.text(1), enumColumn<FacilityKind>(row, 2), row.text(3)};
}

[[noreturn]] void refuse(ProblemCode code, std::string field, std::string value)
{
    throw ValidationError(Problem{code, std::move(field), std::move(value)});
}

} // namespace

RegistryRepository::RegistryRepository(Database &db, ChangeNotifier &notifier, Clock clock)
    : m_db(db)
    , m_notifier(notifier)
    , m_clock(std::move(clock))
{}

void RegistryRepository::upsert(const Facility &facility)
{
    if (facility.id.empty()) {
        refuse(ProblemCode::Missing, "id", {});
    }
    m_db.prepare("INSERT INTO facilities (id, name, kind, profile) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                 "profile = excluded.profile")
        .bind(1, facility.id)
        .bind(2, facility.name)
        .bind(3, nameOf(facility.kind))
        .bind(4, facility.profile)
        .run();
    m_notifier.notify({Change::Kind::Registry, facility.id, {}});
}

void RegistryRepository::upsert(const Unit &unit)
{
    if (!facility(unit.facilityId)) {
        refuse(ProblemCode::UnknownFacility, "facilityId", unit.facilityId);
    }
    m_db.prepare("INSERT INTO units (id, facility_id, name) VALUES (?, ?, ?) "
                 "ON CONFLICT (id) DO UPDATE SET facility_id = excluded.facility_id, "
                 "name = excluded.name")
        .bind(1, unit.id)
        .bind(2, unit.facilityId)
        .bind(3, unit.name)
        .run();
    m_notifier.notify({Change::Kind::Registry, unit.id, {}});
}

void RegistryRepository::holdNames(const std::string &facilityId)
{
    m_db.lockExclusively(lockNamed("names:" + facilityId));
}

void RegistryRepository::upsert(const Detainee &detainee)
{
    Transaction tx(m_db);
    upsertInTransaction(detainee);
    tx.commit();
    m_notifier.notify({Change::Kind::Registry, detainee.id, detainee.id});
}

void RegistryRepository::transfer(const std::string &detaineeId, const std::string &facilityId,
                                  const std::string &unitId, const Date &day)
{
    Transaction tx(m_db);
    // The locks first, then the reads: a transfer of the same detainee that committed while
    // this one waited is then seen, and this one starts from where that one left the detainee.
    ServerLog(m_db).holdSequenceLocksFor({detaineeId}, facilityId);
    std::optional<Detainee> d = detainee(detaineeId);
    if (!d) {
        refuse(ProblemCode::UnknownDetainee, "detainee", detaineeId);
    }
    const std::vector<Stay> known = stays(detaineeId);
    if (d->facilityId == facilityId || d->dischargedOn) {
        refuse(ProblemCode::Invalid, "facility", facilityId);
    }
    if ((!known.empty() && day < known.back().from) || day > amsterdamFromUtc(m_clock()).date) {
        refuse(ProblemCode::Invalid, "day", day.iso());
    }
    d->facilityId = facilityId;
    d->unitId = unitId; // detainee() brought the exclusions, which upsert keeps
    upsertInTransaction(*d, day);
    tx.commit();
    m_notifier.notify({Change::Kind::Registry, detaineeId, detaineeId});
}

void RegistryRepository::upsertInTransaction(const Detainee &detainee,
                                             std::optional<Date> transferDay)
{
    validate(detainee);
    if (!facility(detainee.facilityId)) {
        refuse(ProblemCode::UnknownFacility, "facilityId", detainee.facilityId);
    }
    if (!detainee.unitId.empty()) {
        Statement &unit = m_db.prepare("SELECT facility_id FROM units WHERE id = ?");
        unit.bind(1, detainee.unitId);
        const bool known = unit.step() && unit.text(0) == detainee.facilityId;
        unit.reset();
        if (!known) {
            refuse(ProblemCode::UnknownUnit, "unitId", detainee.unitId);
        }
    }
    Statement &sameNumber =
        m_db.prepare("SELECT id FROM detainees WHERE facility_id = ? AND number = ? AND id <> ?");
    sameNumber.bind(1, detainee.facilityId).bind(2, detainee.number).bind(3, detainee.id);
    const bool taken = sameNumber.step();
    sameNumber.reset();
    if (taken) {
        refuse(ProblemCode::Duplicate, "number", detainee.number);
    }
    auto current = stays(detainee.id);
    bool transfer = !current.empty() && current.back().facilityId != detainee.facilityId;
    if (transfer) {
        // Both facilities' sequence locks before the detainee's row, in the order a sync
        // takes them: the other way round, PostgreSQL would deadlock a transfer with a sync.
        // Then the stays again: another transfer of this detainee may have committed while
        // this one waited, and the stay to close is the one it opened (a caller that holds
        // the locks already, as transfer() and a roster import do, reads nothing new).
        ServerLog(m_db).holdSequenceLocksFor({detainee.id}, detainee.facilityId);
        current = stays(detainee.id);
        transfer = !current.empty() && current.back().facilityId != detainee.facilityId;
    }

    m_db.prepare("INSERT INTO detainees (id, facility_id, unit_id, number, name, admitted_on, "
                 "discharged_on, self_reporter, transferred_from_plus) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                 "facility_id = excluded.facility_id, unit_id = excluded.unit_id, "
                 "number = excluded.number, name = excluded.name, "
                 "admitted_on = excluded.admitted_on, discharged_on = excluded.discharged_on, "
                 "self_reporter = excluded.self_reporter, "
                 "transferred_from_plus = excluded.transferred_from_plus")
        .bind(1, detainee.id)
        .bind(2, detainee.facilityId)
        .bind(3, detainee.unitId.empty() ? std::optional<std::string>() : detainee.unitId)
        .bind(4, detainee.number)
        .bind(5, detainee.name)
        .bind(6, detainee.admittedOn.iso())
        .bind(7, optionalIso(detainee.dischargedOn))
        .bind(8, detainee.selfReporter)
        .bind(9, detainee.transferredFromPlus)
        .run();
    keepStays(detainee, current, transferDay);
    if (transfer) {
        moveHistory(detainee.id, detainee.facilityId);
    }
    m_db.prepare("DELETE FROM exclusions WHERE detainee_id = ?").bind(1, detainee.id).run();
    for (const Exclusion &e : detainee.exclusions) {
        m_db.prepare("INSERT INTO exclusions (detainee_id, ground, from_on, to_on) "
                     "VALUES (?, ?, ?, ?)")
            .bind(1, detainee.id)
            .bind(2, nameOf(e.ground))
            .bind(3, e.from.iso())
            .bind(4, optionalIso(e.to))
            .run();
    }
}

std::optional<Facility> RegistryRepository::facility(const std::string &id)
{
    Statement &row = m_db.prepare("SELECT id, name, kind, profile FROM facilities WHERE id = ?");
    row.bind(1, id);
    if (!row.step()) {
        return std::nullopt;
    }
    Facility f = facilityFromRow(row);
    row.reset();
    return f;
}

std::optional<Facility> RegistryRepository::findFacility(const std::string &idOrName)
{
    if (auto byId = facility(idOrName)) {
        return byId;
    }
    Statement &row =
        m_db.prepare("SELECT id, name, kind, profile FROM facilities WHERE name = ? ORDER BY id");
    row.bind(1, idOrName);
    if (!row.step()) {
        return std::nullopt;
    }
    Facility f = facilityFromRow(row);
    row.reset();
    return f;
}

std::optional<Unit> RegistryRepository::findUnit(const std::string &facilityId,
                                                 const std::string &idOrName)
{
    Statement &row =
        m_db.prepare("SELECT id, facility_id, name FROM units WHERE (?1 = '' OR facility_id = ?1) "
                     "AND (id = ?2 OR name = ?2) ORDER BY id = ?2 DESC, id");
    row.bind(1, facilityId).bind(2, idOrName);
    if (!row.step()) {
        return std::nullopt;
    }
    Unit u{row.text(0), row.text(1), row.text(2)};
    row.reset();
    return u;
}

std::vector<Facility> RegistryRepository::facilities()
{
    Statement &row = m_db.prepare("SELECT id, name, kind, profile FROM facilities ORDER BY name");
    std::vector<Facility> result;
    while (row.step()) {
        result.push_back(facilityFromRow(row));
    }
    return result;
}

std::vector<Unit> RegistryRepository::units(const std::string &facilityId)
{
    Statement &row =
        m_db.prepare("SELECT id, facility_id, name FROM units WHERE facility_id = ? ORDER BY name");
    row.bind(1, facilityId);
    std::vector<Unit> result;
    while (row.step()) {
        result.push_back({row.text(0), row.text(1), row.text(2)});
    }
    return result;
}

std::optional<Detainee> RegistryRepository::detainee(const std::string &id)
{
    Statement &row = m_db.prepare(std::string(kDetaineeColumns) + "WHERE id = ?");
    row.bind(1, id);
    if (!row.step()) {
        return std::nullopt;
    }
    Detainee d = detaineeFromRow(row);
    row.reset();
    d.exclusions = exclusionsOf(d.id);
    return d;
}

bool RegistryRepository::hasDetainee(const std::string &id)
{
    Statement &row = m_db.prepare("SELECT 1 FROM detainees WHERE id = ?");
    row.bind(1, id);
    const bool found = row.step();
    row.reset();
    return found;
}

std::vector<std::string> RegistryRepository::detaineeIdsNumbered(const std::string &number,
                                                                 const std::string &facility,
                                                                 bool present)
{
    Statement &row =
        m_db.prepare("SELECT d.id FROM detainees d JOIN facilities f ON f.id = d.facility_id "
                     "WHERE d.number = ?1 AND (?2 = '' OR f.id = ?2 OR f.name = ?2) "
                     "AND (?3 = 0 OR d.discharged_on IS NULL) ORDER BY f.name, d.id");
    row.bind(1, number).bind(2, facility).bind(3, present);
    std::vector<std::string> ids;
    while (row.step()) {
        ids.push_back(row.text(0));
    }
    return ids;
}

std::vector<Detainee> RegistryRepository::detainees(const std::string &facilityId,
                                                    const std::string &unitId)
{
    Statement &row =
        m_db.prepare(std::string(kDetaineeColumns) +
                     "WHERE facility_id = ?1 AND (?2 = '' OR unit_id = ?2) ORDER BY name, number");
    row.bind(1, facilityId).bind(2, unitId);
    std::vector<Detainee> result;
    while (row.step()) {
        result.push_back(detaineeFromRow(row));
    }
    row.reset();
    // Their exclusions in one query, not one per detainee (a facility has hundreds).
    Statement &exclusions =
        m_db.prepare("SELECT x.detainee_id, x.ground, x.from_on, x.to_on FROM exclusions x "
                     "JOIN detainees d ON d.id = x.detainee_id "
                     "WHERE d.facility_id = ?1 AND (?2 = '' OR d.unit_id = ?2) ORDER BY x.from_on");
    exclusions.bind(1, facilityId).bind(2, unitId);
    addExclusions(result, exclusions);
    return result;
}

std::vector<Detainee> RegistryRepository::detaineesById(const std::vector<std::string> &ids)
{
    const std::string idList = jsonTextArray(ids);
    Statement &row =
        m_db.prepare(std::string(kDetaineeColumns) + "WHERE " + m_db.inJsonArray("id", 1));
    row.bind(1, idList);
    std::vector<Detainee> result;
    while (row.step()) {
        result.push_back(detaineeFromRow(row));
    }
    row.reset();
    Statement &exclusions =
        m_db.prepare("SELECT detainee_id, ground, from_on, to_on FROM exclusions WHERE " +
                     m_db.inJsonArray("detainee_id", 1) + " ORDER BY from_on");
    exclusions.bind(1, idList);
    addExclusions(result, exclusions);
    return result;
}

void RegistryRepository::addExclusions(std::vector<Detainee> &detainees, Statement &exclusions)
{
    std::unordered_map<std::string, Detainee *> byId;
    for (Detainee &d : detainees) {
        byId.emplace(d.id, &d);
    }
    while (exclusions.step()) {
        if (const auto found = byId.find(exclusions.text(0)); found != byId.end()) {
            found->second->exclusions.push_back(
                {enumColumn<ExclusionGround>(exclusions, 1),
                 Date::parseIso(exclusions.text(2)).value_or(Date{}), optionalDate(exclusions, 3)});
        }
    }
}

namespace {
constexpr const char *kStayColumns =
    "SELECT detainee_id, facility_id, from_on, to_on, arrival, departure FROM stays WHERE ";
constexpr const char *kStayOrder = " ORDER BY detainee_id, from_on, to_on IS NULL, to_on";

Stay stayFromRow(Statement &row)
{
    Stay s;
    s.detaineeId = row.text(0);
    s.facilityId = row.text(1);
    s.from = Date::parseIso(row.text(2)).value_or(Date{});
    s.to = optionalDate(row, 3);
    s.arrival = row.view(4) == "transfer" ? Stay::Arrival::Transfer : Stay::Arrival::Admission;
    if (!row.isNull(5)) {
        s.departure =
            row.view(5) == "transfer" ? Stay::Departure::Transfer : Stay::Departure::Discharge;
    }
    return s;
}

} // namespace

std::vector<Stay> RegistryRepository::stays(const std::string &detaineeId)
{
    Statement &row = m_db.prepare(std::string(kStayColumns) + "detainee_id = ?" + kStayOrder);
    row.bind(1, detaineeId);
    std::vector<Stay> result;
    while (row.step()) {
        result.push_back(stayFromRow(row));
    }
    return result;
}

std::map<std::string, std::vector<Stay>>
RegistryRepository::staysOf(const std::vector<std::string> &detaineeIds)
{
    Statement &row =
        m_db.prepare(std::string(kStayColumns) + m_db.inJsonArray("detainee_id", 1) + kStayOrder);
    row.bind(1, jsonTextArray(detaineeIds));
    std::map<std::string, std::vector<Stay>> result;
    while (row.step()) {
        Stay stay = stayFromRow(row);
        result[stay.detaineeId].push_back(std::move(stay));
    }
    return result;
}

void RegistryRepository::insertStay(const Stay &stay)
{
    // The same facility and first day again (moved out and back on one day): one stay,
    // as the latest move left it.
    m_db.prepare("INSERT INTO stays (detainee_id, facility_id, from_on, to_on, arrival, "
                 "departure) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (detainee_id, facility_id, "
                 "from_on) DO UPDATE SET to_on = excluded.to_on, departure = excluded.departure")
        .bind(1, stay.detaineeId)
        .bind(2, stay.facilityId)
        .bind(3, stay.from.iso())
        .bind(4, optionalIso(stay.to))
        .bind(5, stay.arrival == Stay::Arrival::Transfer ? "transfer" : "admission")
        .bind(6, stay.departure
                     ? std::optional<std::string>(
                           *stay.departure == Stay::Departure::Transfer ? "transfer" : "discharge")
                     : std::nullopt)
        .run();
}

void RegistryRepository::keepStays(const Detainee &d, const std::vector<Stay> &known,
                                   std::optional<Date> transferDay)
{
    const auto departure = [&d]() {
        return d.dischargedOn ? std::optional(Stay::Departure::Discharge) : std::nullopt;
    };
    if (known.empty()) {
        insertStay({d.id, d.facilityId, d.admittedOn, d.dischargedOn, Stay::Arrival::Admission,
                    departure()});
        return;
    }
    const Stay &last = known.back();
    if (last.facilityId == d.facilityId && last.to &&
        last.departure == Stay::Departure::Discharge && d.admittedOn > *last.to) {
        // Discharged, and admitted to the same facility again later: a stay of its own.
        insertStay({d.id, d.facilityId, d.admittedOn, d.dischargedOn, Stay::Arrival::Admission,
                    departure()});
        return;
    }
    if (last.facilityId == d.facilityId) {
        // The same stay: its last day is the registry's departure date; a stay that began
        // with an admission also takes a corrected date of admission, unless that day would
        // put it at or before the start of an earlier stay (it stays the last one).
        const bool earlierFrom = known.size() > 1 && d.admittedOn <= known[known.size() - 2].from;
        const Date from =
            last.arrival == Stay::Arrival::Admission && !earlierFrom ? d.admittedOn : last.from;
        m_db.prepare("UPDATE stays SET from_on = ?, to_on = ?, departure = ? WHERE "
                     "detainee_id = ? AND facility_id = ? AND from_on = ?")
            .bind(1, from.iso())
            .bind(2, optionalIso(d.dischargedOn))
            .bind(3, d.dischargedOn ? std::optional<std::string>("discharge") : std::nullopt)
            .bind(4, d.id)
            .bind(5, last.facilityId)
            .bind(6, last.from.iso())
            .run();
        return;
    }
    if (last.to && last.departure == Stay::Departure::Discharge && *last.to < d.admittedOn) {
        // Left, and admitted again elsewhere later: a new admission, not a transfer.
        insertStay({d.id, d.facilityId, d.admittedOn, d.dischargedOn, Stay::Arrival::Admission,
                    departure()});
        return;
    }
    // A transfer: on the day given, else on the day of the new admission when the registry
    // gives a later one than the stay it ends, else today (a roster that kept the first date
    // of admission). Both facilities may record on that day.
    const Date today = amsterdamFromUtc(m_clock()).date;
    const Date day = transferDay
                         ? std::max(last.from, *transferDay)
                         : std::max(last.from, d.admittedOn > last.from ? d.admittedOn : today);
    m_db.prepare("UPDATE stays SET to_on = ?, departure = 'transfer' WHERE detainee_id = ? AND "
                 "facility_id = ? AND from_on = ?")
        .bind(1, day.iso())
        .bind(2, d.id)
        .bind(3, last.facilityId)
        .bind(4, last.from.iso())
        .run();
    insertStay({d.id, d.facilityId, day, d.dischargedOn, Stay::Arrival::Transfer, departure()});
}

void RegistryRepository::moveHistory(const std::string &detaineeId, const std::string &facilityId)
{
    // The history follows the detainee (R2.4): the detainee's numbered events go to the end
    // of the new facility's stream, in their old order, from no device in particular, so
    // that every tablet there pulls them after its cursor. The old facility's tablets purge
    // the detainee anyway. Only the server has rows here.
    lockSequences(m_db, {facilityId});
    Statement &logged =
        m_db.prepare("SELECT l.event_id FROM server_log l JOIN events e ON e.id = l.event_id "
                     "WHERE e.detainee_id = ? ORDER BY l.seq");
    logged.bind(1, detaineeId);
    std::vector<std::string> ids;
    while (logged.step()) {
        ids.push_back(logged.text(0));
    }
    logged.reset();
    if (ids.empty()) {
        return;
    }
    ServerLog(m_db).refile(ids, facilityId);
}

std::vector<Exclusion> RegistryRepository::exclusionsOf(const std::string &detaineeId)
{
    Statement &row = m_db.prepare(
        "SELECT ground, from_on, to_on FROM exclusions WHERE detainee_id = ? ORDER BY from_on");
    row.bind(1, detaineeId);
    std::vector<Exclusion> result;
    while (row.step()) {
        result.push_back({enumColumn<ExclusionGround>(row, 0),
                          Date::parseIso(row.text(1)).value_or(Date{}), optionalDate(row, 2)});
    }
    return result;
}

} // namespace ronde
