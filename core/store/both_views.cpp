// R7.5: contact according to the records and according to the detainees, side by side.
#include "database.h"
#include "report_sql.h"

#include <map>
#include <optional>
#include <set>

namespace ronde {
namespace {

// The questionnaires offered in the period to the detainees present, with what the records
// hold for the same detainee and weeks: the roles of their contacts in the four weeks up to
// the questionnaire (the weeks it asks about, within the stay), and whether they had help
// with the D&R-plan by then (R5.3's help, since admission). The answers are on the server
// only; a completed questionnaire without them is not counted as a response.
std::string questionnairesSql()
{
    return populationSql() + R"sql(
, q AS (
    SELECT p.id AS id, p.admitted AS admitted, e.id AS qid, e.occurred_on AS qday,
           e.occurred_at AS qat, e.hlc AS qhlc, b.completed AS completed
    FROM pop p JOIN events e ON e.detainee_id = p.id AND e.type = 'questionnaire'
         AND e.occurred_on >= p.wstart AND e.occurred_on <= p.wend
         JOIN questionnaires b ON b.event_id = e.id
)
)sql";
}

std::string answersSql(const Database &db)
{
    return questionnairesSql() +
           "SELECT q.id, q.qid, q.completed, a.contact_yes, a.contact_no, a.plan_help, "
           "(SELECT COALESCE(bit_or(f.roles), 0) FROM report_facts f WHERE f.detainee_id = q.id "
           "AND f.type = 'contact' AND f.occurred_on >= " +
           db.plusDays("q.qday", -27) +
           " AND f.occurred_on >= q.admitted AND f.occurred_on <= q.qday) AS seen, "
           "CASE WHEN EXISTS (SELECT 1 FROM report_facts h WHERE h.detainee_id = q.id AND "
           "h.plan_help = 1 AND h.occurred_on >= q.admitted AND h.occurred_on <= q.qday) "
           "THEN 1 ELSE 0 END AS helped "
           "FROM q LEFT JOIN questionnaire_answers a ON a.event_id = q.qid "
           "ORDER BY q.id, q.qat, q.qhlc"; // the latest last: by its moment, then its stamp
}

struct Response
{
    std::string questionnaireId;
    RoleSet yes;
    RoleSet no;
    std::optional<Answer> planHelp;
    RoleSet seen;
    bool helped = false;
};

} // namespace

BothViews computeBothViews(Database &db, const ReportScope &scope)
{
    BothViews views;
    // Per detainee their latest completed questionnaire of the period (rows come in date
    // order), and whether they were offered one at all.
    std::set<std::string> offered;
    std::map<std::string, Response> latest;
    Statement &row = db.prepare(answersSql(db));
    bindScope(row, scope, "");
    while (row.step()) {
        const std::string detainee = row.text(0);
        offered.insert(detainee);
        if (row.int64(2) == 0 || row.isNull(3)) {
            continue; // declined, stopped, or its answers are not in this database
        }
        Response &r = latest[detainee];
        r.questionnaireId = row.text(1);
        r.yes = RoleSet::fromBits(uint32_t(row.int64(3)));
        r.no = RoleSet::fromBits(uint32_t(row.int64(4)));
        r.planHelp = parseEnum<Answer>(row.text(5));
        r.seen = RoleSet::fromBits(uint32_t(row.int64(6)));
        r.helped = row.int64(7) != 0;
    }
    row.reset();
    views.offered = int64_t(offered.size());
    views.respondents = int64_t(latest.size());

    std::map<std::string, const Response *> byQuestionnaire;
    for (const auto &[detainee, r] : latest) {
        byQuestionnaire.emplace(r.questionnaireId, &r);
    }
    for (const Role role : kProfessionalRoles) {
        RoleViews v;
        v.role = role;
        for (const auto &[detainee, r] : latest) {
            if (!r.yes.contains(role) && !r.no.contains(role)) {
                continue; // "weet ik niet": not in either view
            }
            const bool records = r.seen.contains(role);
            const bool detaineeSays = r.yes.contains(role);
            ++v.answered;
            v.byRecords += records ? 1 : 0;
            v.byDetainees += detaineeSays ? 1 : 0;
            v.registeredNotExperienced += records && !detaineeSays ? 1 : 0;
            v.experiencedNotRegistered += !records && detaineeSays ? 1 : 0;
        }
        views.roles.push_back(v);
    }
    // The questionnaire's ratings of the same questionnaires.
    Statement &rating =
        db.prepare(questionnairesSql() + "SELECT r.event_id, r.role, r.rating FROM q JOIN "
                                         "questionnaire_ratings r ON r.event_id = q.qid");
    bindScope(rating, scope, "");
    while (rating.step()) {
        const auto role = parseEnum<Role>(rating.text(1));
        const int64_t value = rating.int64(2);
        if (!byQuestionnaire.contains(rating.text(0)) || !role || value < 1 || value > 5) {
            continue;
        }
        for (RoleViews &v : views.roles) {
            if (v.role == *role) {
                v.ratings[size_t(value - 1)] += 1;
            }
        }
    }
    rating.reset();

    const RoleSet all = flagsOf(kProfessionalRoles);
    int64_t planAnswered = 0;
    for (const auto &[detainee, r] : latest) {
        views.noContactByRecords.count += (r.seen.bits() & all.bits()) == 0 ? 1 : 0;
        views.noContactByDetainees.count += (r.yes.bits() & all.bits()) == 0 ? 1 : 0;
        if (r.planHelp == Answer::Yes || r.planHelp == Answer::No) {
            ++planAnswered;
            views.planHelpByRecords.count += r.helped ? 1 : 0;
            views.planHelpByDetainees.count += r.planHelp == Answer::Yes ? 1 : 0;
        }
    }
    views.noContactByRecords.total = views.noContactByDetainees.total = views.respondents;
    views.planHelpByRecords.total = views.planHelpByDetainees.total = planAnswered;

    // R5.5's minimum group size, for every figure: a small group keeps only its size.
    const int64_t minimum = scope.minimumGroup;
    for (RoleViews &v : views.roles) {
        v.ratingsSuppressed = v.ratingCount() < minimum;
        if (v.ratingsSuppressed) {
            v.ratings = {};
        }
        v.suppressed = v.answered < minimum;
        if (v.suppressed) {
            v.byRecords = v.byDetainees = 0;
            v.registeredNotExperienced = v.experiencedNotRegistered = 0;
        }
    }
    views.noContactSuppressed = views.respondents < minimum;
    if (views.noContactSuppressed) {
        views.noContactByRecords.count = views.noContactByDetainees.count = 0;
    }
    views.planHelpSuppressed = planAnswered < minimum;
    if (views.planHelpSuppressed) {
        views.planHelpByRecords.count = views.planHelpByDetainees.count = 0;
    }
    return views;
}

} // namespace ronde
