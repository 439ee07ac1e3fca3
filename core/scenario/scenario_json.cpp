#include "scenario_json.h"

#include "model/problem.h"
#include "util/local_time.h"

#include <nlohmann/json.hpp>
#include <set>

namespace ronde {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

[[noreturn]] void refuse(ProblemCode code, const std::string &field, std::string value = {})
{
    throw ValidationError(Problem{code, field, std::move(value)});
}

// Reads one JSON object, remembering the path for messages and refusing unknown keys.
class Fields
{
public:
    Fields(const Json &object, std::string path, std::set<std::string> allowed)
        : m_object(object)
        , m_path(std::move(path))
    {
        if (!object.is_object()) {
            refuse(ProblemCode::WrongType, m_path.empty() ? "(root)" : m_path, "een object");
        }
        for (const auto &[key, value] : object.items()) {
            if (!allowed.contains(key)) {
                refuse(ProblemCode::UnknownField, at(key));
            }
        }
    }

    std::string at(const std::string &key) const
    {
        return m_path.empty() ? key : m_path + "." + key;
    }
    bool has(const std::string &key) const
    {
        return m_object.contains(key) && !m_object.at(key).is_null();
    }
    const Json &raw(const std::string &key) const
    {
        if (!has(key)) {
            refuse(ProblemCode::Missing, at(key));
        }
        return m_object.at(key);
    }
    std::string text(const std::string &key) const
    {
        const Json &v = raw(key);
        if (!v.is_string()) {
            refuse(ProblemCode::WrongType, at(key), "tekst");
        }
        return v.get<std::string>();
    }
    Date date(const std::string &key) const
    {
        const std::string value = text(key);
        const auto parsed = Date::parseIso(value);
        if (!parsed) {
            refuse(ProblemCode::Invalid, at(key), value);
        }
        return *parsed;
    }
    std::optional<Date> optionalDate(const std::string &key) const
    {
        return has(key) ? std::optional(date(key)) : std::nullopt;
    }
    bool flag(const std::string &key) const
    {
        if (!has(key)) {
            return false;
        }
        const Json &v = raw(key);
        if (!v.is_boolean()) {
            refuse(ProblemCode::WrongType, at(key), "true of false");
        }
        return v.get<bool>();
    }
    template <typename E>
    E choice(const std::string &key, ProblemCode unknown = ProblemCode::Invalid) const
    {
        const std::string value = text(key);
        const auto parsed = parseEnum<E>(value);
        if (!parsed) {
            refuse(unknown, at(key), value);
        }
        return *parsed;
    }

private:
    const Json &m_object;
    std::string m_path;
};

Role professionalRole(const std::string &key, const Json &value)
{
    if (!value.is_string()) {
        refuse(ProblemCode::WrongType, key, "tekst");
    }
    const auto role = parseEnum<Role>(value.get<std::string>());
    if (!role || !isProfessionalRole(*role)) {
        refuse(ProblemCode::UnknownRole, key, value.get<std::string>());
    }
    return *role;
}

EventHeader headerAt(Date day)
{
    EventHeader h;
    h.occurredAtMs = utcFromAmsterdam({day, 12 * 60});
    return h;
}

void parseEvent(const Json &json, const std::string &path, Scenario &s)
{
    if (!json.is_object()) {
        refuse(ProblemCode::WrongType, path, "een object");
    }
    if (!json.contains("type") || !json.at("type").is_string()) {
        refuse(ProblemCode::Missing, path + ".type");
    }
    const std::string type = json.at("type").get<std::string>();
    static const std::map<std::string, std::set<std::string>> allowed{
        {"contact", {"type", "date", "role", "roles", "kind", "mode", "satisfaction", "note"}},
        {"review", {"type", "date", "lights", "exception", "behaviours", "note"}},
        {"plan", {"type", "date", "stage"}},
        {"decision", {"type", "date", "decision"}},
        {"complaint", {"type", "date", "stage"}},
    };
    const auto found = allowed.find(type);
    if (found == allowed.end()) {
        refuse(ProblemCode::Invalid, path + ".type", type);
    }
    const Fields f(json, path, found->second);
    const Date day = f.date("date");
    // R1.5: nothing before admission or after discharge.
    if (day < s.detainee.admittedOn) {
        refuse(ProblemCode::BeforeAdmission, f.at("date"), day.iso());
    }
    if (s.detainee.dischargedOn && day > *s.detainee.dischargedOn) {
        refuse(ProblemCode::AfterDischarge, f.at("date"), day.iso());
    }

    if (type == "contact") {
        Contact c;
        c.header = headerAt(day);
        if (f.has("role") == f.has("roles")) {
            refuse(f.has("role") ? ProblemCode::Invalid : ProblemCode::Missing, f.at("role"),
                   "role/roles");
        }
        if (f.has("role")) {
            c.roles.insert(professionalRole(f.at("role"), f.raw("role")));
        } else {
            const Json &roles = f.raw("roles");
            if (!roles.is_array()) {
                refuse(ProblemCode::WrongType, f.at("roles"), "een lijst");
            }
            for (size_t i = 0; i < roles.size(); ++i) {
                c.roles.insert(
                    professionalRole(f.at("roles") + "[" + std::to_string(i) + "]", roles[i]));
            }
        }
        c.kind = f.choice<ContactKind>("kind");
        if (c.kind == ContactKind::PlanTalk && c.roles.empty()) {
            refuse(ProblemCode::PlanTalkWithoutRole, f.at("roles"));
        }
        if (f.has("mode")) {
            c.mode = f.choice<ContactMode>("mode");
        }
        if (f.has("satisfaction")) {
            const Json &v = f.raw("satisfaction");
            if (!v.is_number_integer()) {
                refuse(ProblemCode::WrongType, f.at("satisfaction"), "een geheel getal");
            }
            const int64_t rating = v.get<int64_t>();
            if (rating < 1 || rating > 5) {
                refuse(ProblemCode::SatisfactionOutOfRange, f.at("satisfaction"),
                       std::to_string(rating));
            }
            c.satisfaction = int(rating);
        }
        s.events.contacts.push_back(std::move(c));
    } else if (type == "review") {
        CaseReview r;
        r.header = headerAt(day);
        const Json &lights = f.raw("lights");
        const Fields lightFields(
            lights, f.at("lights"),
            {s.profile->reviewDomains.begin(), s.profile->reviewDomains.end()});
        for (const std::string &domain : s.profile->reviewDomains) {
            r.lights[domain] = lightFields.choice<Light>(domain);
        }
        if (f.has("exception")) {
            r.exceptionJustification = f.text("exception");
            if (r.exceptionJustification.empty()) {
                refuse(ProblemCode::JustificationRequired, f.at("exception"));
            }
        }
        s.events.reviews.push_back(std::move(r));
    } else if (type == "plan") {
        s.events.plans.push_back({headerAt(day), f.choice<PlanStage>("stage")});
    } else if (type == "complaint") {
        Complaint c;
        c.header = headerAt(day);
        c.stage = f.choice<ComplaintStage>("stage");
        s.events.complaints.push_back(std::move(c));
    } else {
        ProgramDecision d;
        d.header = headerAt(day);
        d.decision = f.choice<DecisionKind>("decision");
        s.events.decisions.push_back(std::move(d));
    }
}

std::string isoOrEmpty(const std::optional<Date> &d)
{
    return d ? d->iso() : std::string();
}

} // namespace

Scenario parseScenario(std::string_view text)
{
    Json root;
    try {
        root = Json::parse(text);
    } catch (const Json::parse_error &e) {
        refuse(ProblemCode::MalformedJson, "json", std::to_string(e.byte));
    } catch (const Json::exception &e) {
        // Valid JSON syntax that cannot be held, e.g. a number too large ("555e2372"; found
        // by fuzzing: tests/fuzz/regressions/evaluate).
        refuse(ProblemCode::MalformedJson, "json", e.what());
    }
    const Fields top(root, "", {"profile", "asOf", "facility", "detainee", "events"});
    Scenario s;
    const std::string profileName = top.has("profile") ? top.text("profile") : "dbt-2014";
    s.profile = findProfile(profileName);
    if (!s.profile) {
        refuse(ProblemCode::Invalid, "profile", profileName);
    }
    s.asOf = top.date("asOf");
    if (top.has("facility")) {
        s.facility = Fields(top.raw("facility"), "facility", {"kind"}).choice<FacilityKind>("kind");
    }

    const Fields d(top.raw("detainee"), "detainee",
                   {"admitted", "selfReporter", "transferredFromPlus", "discharged", "exclusions"});
    s.detainee.id = "scenario";
    s.detainee.admittedOn = d.date("admitted");
    s.detainee.selfReporter = d.flag("selfReporter");
    s.detainee.transferredFromPlus = d.flag("transferredFromPlus");
    s.detainee.dischargedOn = d.optionalDate("discharged");
    if (s.detainee.dischargedOn && *s.detainee.dischargedOn < s.detainee.admittedOn) {
        refuse(ProblemCode::DischargeBeforeAdmission, "detainee.discharged",
               s.detainee.dischargedOn->iso());
    }
    if (d.has("exclusions")) {
        const Json &list = d.raw("exclusions");
        if (!list.is_array()) {
            refuse(ProblemCode::WrongType, "detainee.exclusions", "een lijst");
        }
        for (size_t i = 0; i < list.size(); ++i) {
            const Fields e(list[i], "detainee.exclusions[" + std::to_string(i) + "]",
                           {"ground", "from", "to"});
            Exclusion exclusion{e.choice<ExclusionGround>("ground"), e.date("from"),
                                e.optionalDate("to")};
            if (exclusion.to && *exclusion.to < exclusion.from) {
                refuse(ProblemCode::Invalid, e.at("to"), exclusion.to->iso());
            }
            s.detainee.exclusions.push_back(exclusion);
        }
    }

    if (top.has("events")) {
        const Json &events = top.raw("events");
        if (!events.is_array()) {
            refuse(ProblemCode::WrongType, "events", "een lijst");
        }
        for (size_t i = 0; i < events.size(); ++i) {
            parseEvent(events[i], "events[" + std::to_string(i) + "]", s);
        }
    }
    return s;
}

std::string evaluationToJson(const Evaluation &e)
{
    OrderedJson out;
    out["program"] = nameOf(e.program);
    out["eligibleForPromotion"] = e.eligibleForPromotion;
    out["eligibleSince"] = e.eligibleSince ? OrderedJson(e.eligibleSince->iso()) : OrderedJson();
    out["excluded"] = e.excluded;
    out["obligations"] = OrderedJson::array();
    for (const Obligation &o : e.obligations) {
        OrderedJson item;
        item["rule"] = nameOf(o.rule);
        item["status"] = nameOf(o.status);
        item["due"] = isoOrEmpty(o.due);
        item["metOn"] = o.metOn ? OrderedJson(o.metOn->iso()) : OrderedJson();
        item["daysOverdue"] = o.daysOverdue;
        if (isRecurring(o.rule)) {
            item["lateIntervals"] = o.lateIntervals;
        }
        if (o.rule == Rule::R1_3) {
            item["missingRoles"] = OrderedJson::array();
            for (const auto &[role, name] : EnumNames<Role>::table) {
                if (o.missingRoles.contains(role)) {
                    item["missingRoles"].push_back(name);
                }
            }
        }
        item["reason"] = o.reason.dutch;
        item["reasonEnglish"] = o.reason.english;
        out["obligations"].push_back(std::move(item));
    }
    out["decisionsDue"] = OrderedJson::array();
    for (const DecisionDue &d : e.decisionsDue) {
        out["decisionsDue"].push_back({{"rule", nameOf(d.rule)},
                                       {"due", d.due.iso()},
                                       {"decision", nameOf(d.suggested)},
                                       {"reason", d.reason.dutch},
                                       {"reasonEnglish", d.reason.english}});
    }
    out["complaintDeadlines"] = OrderedJson::array();
    for (const ComplaintDeadline &c : e.complaintDeadlines) {
        out["complaintDeadlines"].push_back(
            {{"decisionDate", c.decisionDate.iso()}, {"lodgeBy", c.lodgeBy.iso()}});
    }
    out["appealDeadlines"] = OrderedJson::array();
    for (const AppealDeadline &a : e.appealDeadlines) {
        out["appealDeadlines"].push_back(
            {{"rulingDate", a.rulingDate.iso()}, {"appealBy", a.appealBy.iso()}});
    }
    return out.dump(2);
}

} // namespace ronde
