#pragma once

#include "policy/evaluation.h"

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace ronde {

class Store;

// Every evaluation of one facility on one day, made elsewhere (the sync's worker, on a
// connection of its own) for a FacilityEvaluations to take over instead of reading the
// facility again on the UI thread.
struct PreparedEvaluations
{
    std::string facilityId;
    Date asOf;
    std::map<std::string, Evaluation> evaluations;
    // What the rounds list shows beside them (EventRepository::lastContactDays).
    std::map<std::string, Date> lastContactDays;
};

// The policy evaluation of every detainee of one facility, kept current as events arrive.
// The facility is read once; after a change only that detainee is read and evaluated again
// (the rounds list must not re-read 1,000 detainees after one recorded contact).
class FacilityEvaluations
{
public:
    // With `prepared` for this facility and day, takes those over; otherwise reads the facility.
    FacilityEvaluations(Store &store, std::string facilityId, Date asOf,
                        std::optional<PreparedEvaluations> prepared = std::nullopt);
    ~FacilityEvaluations();
    FacilityEvaluations(const FacilityEvaluations &) = delete;
    FacilityEvaluations &operator=(const FacilityEvaluations &) = delete;

    // Nothing for a detainee not in the facility.
    const Evaluation *of(const std::string &detaineeId) const;
    const std::string &facilityId() const { return m_facilityId; }
    const std::map<std::string, Evaluation> &all() const { return m_evaluations; }
    // Reads and evaluates one detainee again (also called on every store change).
    void refresh(const std::string &detaineeId);
    // Told the id of each detainee after it was evaluated again (or dropped), so that a view
    // can update that one row; it runs after the evaluation, whatever the listener order.
    void setListener(std::function<void(const std::string &)> listener)
    {
        m_listener = std::move(listener);
    }
    // Reads and evaluates the whole facility again.
    void reloadAll() { loadAll(); }
    // Moves the as-of date (a new day) and evaluates everyone again.
    void setAsOf(Date asOf);
    // Takes over evaluations made elsewhere for this facility and day; false, with nothing
    // changed, for another facility or day.
    bool adopt(PreparedEvaluations &&prepared);
    // The evaluations, moved out for another FacilityEvaluations to adopt.
    PreparedEvaluations release();

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
