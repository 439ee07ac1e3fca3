#pragma once

#include "event_repository.h"

#include <optional>

namespace ronde {

// What a contact's row holds of its rating (DOMAIN "Privacy", R5.5): the value, or only the
// mark that there is one (`rating_withheld`), or neither.
struct StoredRating
{
    std::optional<int> value;
    bool withheld = false;
};

// Pulled by a tablet: the mark only, whatever the server sends (one from before sent the
// value). From a device or recorded here: the value; only a correction may come rated without
// its value (validate refuses a new contact so). R5.5: the rating is of the talk, given once,
// so a correction keeps the one of the contact it corrects, whatever it carries itself: its
// device may no longer hold the value, or never have held it. `db` is read for that only.
StoredRating storedRating(Database &db, const Contact &contact, EventRepository::ImportedFrom from);

} // namespace ronde
