#pragma once

#include "enums.h"
#include "util/date.h"

#include <optional>
#include <string>
#include <vector>

// Registry data: who and where. Owned by the server (roster import, office, decisions) and
// mirrored to tablets; never edited on a tablet directly (DESIGN "Sync").
namespace ronde {

struct Facility
{
    std::string id;
    std::string name;
    FacilityKind kind = FacilityKind::Prison;
    std::string profile = "dbt-2014"; // R0.1
};

struct Unit
{
    std::string id;
    std::string facilityId;
    std::string name;
};

struct User
{
    std::string id;
    std::string facilityId;
    std::string name;
    Role role = Role::Mentor;
    std::string organisation;   // e.g. "Gemeente Zwolle"; empty for facility staff
    bool reviewMandate = false; // R4.5: an MDO mandated to decide
    bool active = true;
    std::string pinHash; // util/pin.h; empty: cannot sign in on a tablet
};

struct Exclusion
{
    ExclusionGround ground = ExclusionGround::Isd;
    Date from;
    std::optional<Date> to; // R2.3: an exclusion can end
};

struct Detainee
{
    std::string id;
    std::string facilityId;
    std::string unitId;
    std::string number; // facility-issued, never a BSN
    std::string name;
    Date admittedOn;
    std::optional<Date> dischargedOn;
    bool selfReporter = false;        // R2.1
    bool transferredFromPlus = false; // R2.1
    std::vector<Exclusion> exclusions;
};

// One stay of a detainee in one facility (docs/ARCHITECTURE.md "Stays"): from its first day
// to its last, both included; open (no `to`) while the detainee is there. A transfer ends
// one stay and begins the next on the same day. An event belongs to the stay it happened in.
struct Stay
{
    enum class Arrival
    {
        Admission,
        Transfer
    };
    enum class Departure
    {
        Transfer,
        Discharge
    };
    std::string detaineeId;
    std::string facilityId;
    Date from;
    std::optional<Date> to;
    Arrival arrival = Arrival::Admission;
    std::optional<Departure> departure;

    bool contains(const Date &day) const { return from <= day && (!to || day <= *to); }
};

} // namespace ronde
