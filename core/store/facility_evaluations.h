#pragma once

#include "policy/evaluation.h"

#include <functional>
#include <map>
#include <string>

namespace ronde {

class Store;

// The policy evaluation of every detainee of one facility, kept current as events arrive.
// The facility is read once; after a change only that detainee is read and evaluated again
// (the rounds list must not re-read 1,000 detainees after one recorded contact).
class FacilityEvaluations
{
public:
    FacilityEvaluations(Store &store, std::string facilityId, Date asOf);
    ~FacilityEvaluations();
    FacilityEvaluations(const FacilityEvaluations &) = delete;
    FacilityEvaluations &operator=(const FacilityEvaluations &) = delete;

    // Nothing for a detainee not in the facility.
    const Evaluation *of(const std::string &detaineeId) const;
    const std::map<std::string, Evaluation> &all() const { return m_evaluations; }
    // Reads and evaluates one detainee again (also called on every store change).
    void refresh(const std::string &detaineeId);
    // Told the id of each detainee after it was evaluated again (or dropped), so that a view
    // can update that one row; it runs after the evaluation, whatever the listener order.
    void setListener(std::function<void(const std::string &)> listener)
    {
        m_listener = std::move(listener);
    }
    // Moves the as-of date (a new day) and evaluates everyone again.
    void setAsOf(Date asOf);

    // How often the whole facility was read: once, unless the date moves.
    int facilityReads() const { return m_facilityReads; }
    int detaineeReads() const { return m_detaineeReads; }

private:
    void loadAll();

    Store &m_store;
    std::string m_facilityId;
    Date m_asOf;
    FacilityKind m_kind = FacilityKind::Prison;
    const Profile *m_profile = nullptr;
    std::map<std::string, Evaluation> m_evaluations;
    int m_subscription = 0;
    std::function<void(const std::string &)> m_listener;
    int m_facilityReads = 0;
    int m_detaineeReads = 0;
};

} // namespace ronde
