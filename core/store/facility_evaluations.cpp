#include "facility_evaluations.h"

#include "store.h"

namespace ronde {

FacilityEvaluations::FacilityEvaluations(Store &store, std::string facilityId, Date asOf,
                                         std::optional<PreparedEvaluations> prepared)
    : m_store(store)
    , m_facilityId(std::move(facilityId))
    , m_asOf(asOf)
{
    const auto facility = m_store.registry().facility(m_facilityId);
    m_kind = facility ? facility->kind : FacilityKind::Other;
    m_profile = facility ? findProfile(facility->profile) : nullptr;
    if (!m_profile) {
        m_profile = &defaultProfile();
    }
    if (!prepared || !adopt(std::move(*prepared))) {
        loadAll();
    }
    m_subscription = m_store.changes().subscribe([this](const Change &change) {
        if (change.kind == Change::Kind::Everything) {
            loadAll(); // one read of the facility, not one per detainee
        } else if (!change.detaineeId.empty()) {
            refresh(change.detaineeId);
        }
    });
}

FacilityEvaluations::~FacilityEvaluations()
{
    m_store.changes().unsubscribe(m_subscription);
}

const Evaluation *FacilityEvaluations::of(const std::string &detaineeId) const
{
    const auto found = m_evaluations.find(detaineeId);
    return found == m_evaluations.end() ? nullptr : &found->second;
}

void FacilityEvaluations::loadAll()
{
    ++m_facilityReads;
    m_evaluations.clear();
    auto events = m_store.events().allOfFacility(m_facilityId);
    for (const Detainee &d : m_store.registry().detainees(m_facilityId)) {
        m_evaluations[d.id] = evaluate(*m_profile, m_kind, d, events[d.id], m_asOf);
    }
}

void FacilityEvaluations::refresh(const std::string &detaineeId)
{
    ++m_detaineeReads;
    const auto detainee = m_store.registry().detainee(detaineeId);
    if (!detainee || detainee->facilityId != m_facilityId) {
        m_evaluations.erase(detaineeId); // transferred out, or purged
    } else {
        m_evaluations[detaineeId] =
            evaluate(*m_profile, m_kind, *detainee, m_store.events().allOf(detaineeId), m_asOf);
    }
    if (m_listener) {
        m_listener(detaineeId);
    }
}

bool FacilityEvaluations::adopt(PreparedEvaluations &&prepared)
{
    if (prepared.facilityId != m_facilityId || prepared.asOf != m_asOf) {
        return false;
    }
    m_evaluations = std::move(prepared.evaluations);
    return true;
}

PreparedEvaluations FacilityEvaluations::release()
{
    return {m_facilityId, m_asOf, std::move(m_evaluations),
            m_store.events().lastContactDays(m_facilityId)};
}

void FacilityEvaluations::setAsOf(Date asOf)
{
    if (asOf != m_asOf) {
        m_asOf = asOf;
        loadAll();
    }
}

} // namespace ronde
