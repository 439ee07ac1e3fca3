#pragma once

// A tablet database with people in it, for the view model tests that open one as the app does.
#include "model/registry.h"
#include "store/store.h"

#include <QString>
#include <string>

// A mentor of facility "f" (made when missing) in the tablet database at `path`.
inline void addMentor(const QString &path, const std::string &id, const std::string &name,
                      const std::string &pinHash)
{
    ronde::Store store(path.toStdString());
    store.registry().upsert(
        ronde::Facility{"f", "PI Test", ronde::FacilityKind::Prison, "dbt-2014"});
    ronde::User mentor;
    mentor.id = id;
    mentor.facilityId = "f";
    mentor.name = name;
    mentor.role = ronde::Role::Mentor;
    mentor.pinHash = pinHash;
    store.registry().upsert(mentor);
}
