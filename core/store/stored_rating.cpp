#include "stored_rating.h"

#include "database.h"

namespace ronde {

StoredRating storedRating(Database &db, const Contact &contact, EventRepository::ImportedFrom from)
{
    const bool pulled = from == EventRepository::ImportedFrom::Server;
    StoredRating rating =
        pulled ? StoredRating{std::nullopt, contact.rated()} : StoredRating{contact.satisfaction};
    if (!contact.header.supersedes) {
        return rating;
    }
    Statement &corrected =
        db.prepare("SELECT satisfaction, rating_withheld FROM contacts WHERE event_id = ?");
    corrected.bind(1, *contact.header.supersedes);
    if (corrected.step()) {
        rating = {corrected.isNull(0) ? std::nullopt : std::optional(corrected.integer(0)),
                  corrected.int64(1) != 0};
    }
    corrected.reset();
    if (pulled) { // the mark only, of either
        rating = {std::nullopt, rating.value || rating.withheld || contact.rated()};
    }
    return rating;
}

} // namespace ronde
